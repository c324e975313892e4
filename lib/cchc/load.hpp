#pragma once
// Loading each kind of file of a plan repository into the model. Problems become
// diagnostics; nothing here throws on bad input.
#include <optional>

#include "cchc/map_reader.hpp"
#include "cchc/model.hpp"

namespace cchc {

// The plan years accepted: CCHC plans as a programme began in the 1990s; anything outside
// is a typo (invalid-value, "year-range").
inline constexpr int kMinPlanYear = 1990;
inline constexpr int kMaxPlanYear = 2100;

// A structured `due:` (see docs/format.md); nullopt after reporting when malformed.
std::optional<Deadline> read_due(const LoadContext& ctx, const YNode& node, int plan_year);

// Targets list of a task or goal.
std::vector<Target> read_targets(const LoadContext& ctx, const YNode& list);

void load_agency(const LoadContext& ctx, const YNode& root, Agency& out);
void load_plan(const LoadContext& ctx, const YNode& root, Plan& out);
void load_journal(const LoadContext& ctx, const YNode& root, Journal& out);
void load_settings(const LoadContext& ctx, const YNode& root, Settings& out);

}  // namespace cchc
