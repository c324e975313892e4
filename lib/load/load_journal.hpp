#pragma once
// Reading a journal (journal/<year>.yaml) into the model.
// Problems become diagnostics; nothing here throws on bad input.
#include "load/map_reader.hpp"
#include "model/model.hpp"

namespace cchc {

void load_journal(const LoadContext& ctx, const YNode& root, Journal& out);

}  // namespace cchc
