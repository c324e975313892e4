#pragma once
// Reading the repository's cchc.yaml (lang, plans directory, windows, holidays).
// Problems become diagnostics; nothing here throws on bad input.
#include "load/map_reader.hpp"
#include "model/model.hpp"

namespace cchc {

void load_settings(const LoadContext& ctx, const YNode& root, Settings& out);

}  // namespace cchc
