#pragma once
// The checks `cchc check` runs, each a small function registered with a stable code.
// Codes checked while files are read (yaml-syntax, unknown-key …) are listed too, with
// no function: the loader reports them.
#include <string_view>
#include <vector>

#include "yaml/diagnostic.hpp"
#include "model/model.hpp"

namespace cchc {

using RuleFn = void (*)(const Repository&, Diagnostics&);
// A rule that looks at one plan (and its agency) at a time: run on slices of the plans side by side.
using PlanRuleFn = void (*)(const Plan&, Diagnostics&);

struct Rule {
    const char* code;
    Severity severity;
    const char* summary_vi;
    const char* summary_en;
    RuleFn fn;  // nullptr: reported by the loader, or plan_fn
    PlanRuleFn plan_fn = nullptr;
};

const std::vector<Rule>& all_rules();
const Rule* find_rule(std::string_view code);

class PlanRuleCache;
// Runs every rule with a function over the loaded repository, on all cores. With `cache`, a
// plan whose per-plan rule results are kept for the same inputs takes them from it, and the
// results of the others are kept.
void run_rules(const Repository& repo, Diagnostics& diags, PlanRuleCache* cache = nullptr);

// A diagnostic at a model position.
Diagnostic diagnostic_at(const Pos& pos, Severity sev, const char* code, Message msg);

// The rule functions (one file per family: rules_ids.cpp, rules_units.cpp …). A rule that
// looks at one plan has a Plan overload (run per plan, its results cached per plan: see
// plan_rule_cache.hpp); the Repository overload runs it on every plan, and a part of the
// rule about the agencies has its own function.
void check_duplicate_ids(const Repository&, Diagnostics&);
void check_duplicate_ids(const Plan&, Diagnostics&);
void check_duplicate_group_ids(const Repository&, Diagnostics&);
void check_duplicate_stt(const Repository&, Diagnostics&);
void check_duplicate_stt(const Plan&, Diagnostics&);
void check_unknown_units(const Repository&, Diagnostics&);
void check_unknown_units(const Plan&, Diagnostics&);
void check_unknown_group_members(const Repository&, Diagnostics&);
void check_unit_parents(const Repository&, Diagnostics&);
void check_empty_lead(const Repository&, Diagnostics&);
void check_empty_lead(const Plan&, Diagnostics&);
void check_unit_not_assigned(const Repository&, Diagnostics&);
void check_unit_not_assigned(const Plan&, Diagnostics&);
void check_unknown_metrics(const Repository&, Diagnostics&);
void check_unknown_metrics(const Plan&, Diagnostics&);
void check_unknown_events(const Repository&, Diagnostics&);
void check_unknown_events(const Plan&, Diagnostics&);
void check_journal_tasks(const Repository&, Diagnostics&);
void check_journal_occurrences(const Repository&, Diagnostics&);
void check_journal_units(const Repository&, Diagnostics&);
void check_import_units(const Repository&, Diagnostics&);
void check_journal_metrics(const Repository&, Diagnostics&);
void check_journal_events(const Repository&, Diagnostics&);
void check_timing_unparsed(const Repository&, Diagnostics&);
void check_timing_unparsed(const Plan&, Diagnostics&);
void check_timing_mismatch(const Repository&, Diagnostics&);
void check_timing_mismatch(const Plan&, Diagnostics&);
void check_deadline_year(const Repository&, Diagnostics&);
void check_deadline_year(const Plan&, Diagnostics&);
void check_ongoing_kind(const Plan&, Diagnostics&);
void check_target_mismatch(const Repository&, Diagnostics&);
void check_target_mismatch(const Plan&, Diagnostics&);
void check_metric_kind(const Repository&, Diagnostics&);
void check_metric_kind(const Plan&, Diagnostics&);
void check_journal_values(const Repository&, Diagnostics&);
void check_journal_plans(const Repository&, Diagnostics&);
void check_closed_plan_tasks(const Repository&, Diagnostics&);
void check_plan_period(const Repository&, Diagnostics&);
void check_plan_period(const Plan&, Diagnostics&);
void check_plan_start(const Repository&, Diagnostics&);
void check_plan_start(const Plan&, Diagnostics&);
void check_ended_plan_open(const Repository&, Diagnostics&);
void check_id_characters(const Repository&, Diagnostics&);
void check_id_characters(const Plan&, Diagnostics&);
void check_journal_year(const Repository&, Diagnostics&);

}  // namespace cchc
