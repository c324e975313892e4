#pragma once
// Reading an agency.yaml (units, groups, metrics) into the model.
// Problems become diagnostics; nothing here throws on bad input.
#include "cchc/map_reader.hpp"
#include "cchc/model.hpp"

namespace cchc {

void load_agency(const LoadContext& ctx, const YNode& root, Agency& out);

}  // namespace cchc
