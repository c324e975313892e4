#pragma once
// Reading a plan file (sections, tasks, goals, events, signer) into the model.
// Problems become diagnostics; nothing here throws on bad input.
#include "load/map_reader.hpp"
#include "model/model.hpp"

namespace cchc {

// The plan years accepted: CCHC plans as a programme began in the 1990s; anything outside
// is a typo (invalid-value, "year-range").
inline constexpr int kMinPlanYear = 1990;
inline constexpr int kMaxPlanYear = 2100;

void load_plan(const LoadContext& ctx, const YNode& root, Plan& out);

}  // namespace cchc
