#pragma once
// Reading an agency.yaml (units, groups, metrics) into the model.
// Problems become diagnostics; nothing here throws on bad input.
#include "load/map_reader.hpp"
#include "model/model.hpp"

namespace cchc {

void load_agency(const LoadContext& ctx, const YNode& root, Agency& out);

}  // namespace cchc
