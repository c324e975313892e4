#pragma once
// Reading a structured `due:` (see docs/format.md).
// Problems become diagnostics; nothing here throws on bad input.
#include <optional>

#include "load/map_reader.hpp"
#include "model/model.hpp"

namespace cchc {

// nullopt after reporting when malformed.
std::optional<Deadline> read_due(const LoadContext& ctx, const YNode& node, int plan_year);

}  // namespace cchc
