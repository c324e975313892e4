#pragma once
// Every target of the selected plans with its attainment at a date, rolled up by plan,
// section, index and lead unit: the engine behind `cchc score` and the report.
#include <optional>
#include <string>
#include <vector>

#include "state/attainment.hpp"
#include "state/computed_metrics.hpp"
#include "state/journal_index.hpp"
#include "track/scope.hpp"
#include "track/unit_filter.hpp"

namespace cchc {

struct TargetResult {
    const Plan* plan = nullptr;
    const Task* task = nullptr;  // null for a plan-level goal
    const Goal* goal = nullptr;  // set for a plan-level goal
    const Target* target = nullptr;
    const Metric* metric = nullptr;
    TargetStatus status = TargetStatus::no_data;
    Attainment attainment;
    Period period;                      // what the target is judged on: the plan's year
    std::optional<MetricValue> value;   // the value for `period` known at as_of
    std::optional<MetricValue> earlier; // the latest value of an earlier period: shown as the baseline
    std::optional<ComputedValue> computed;  // a computed value: what it counts ("4/12 nhiệm vụ đến hạn của …")
    std::optional<double> baseline;     // what increase/decrease/improve are measured from
    std::optional<Date> deadline;
    std::string section, index;     // section id and index (PAR_INDEX, SIPAS …)
    std::vector<std::string> units; // lead units (groups expanded)
};

struct Rollup {
    std::string key, label;
    int met = 0, not_met = 0, at_risk = 0, waiting = 0, no_data = 0;
    int total() const { return met + not_met + at_risk + waiting + no_data; }
    int with_data() const { return met + not_met + at_risk; }  // what a rate is taken over
    void add(TargetStatus s);
};

struct ScoreQuery : Scope {};

struct ScoreReport {
    Date as_of;
    int window = 30;
    std::vector<TargetResult> targets;
    std::vector<Rollup> by_plan, by_section, by_index, by_unit;
    Rollup total;
};

// Every plan in the repository compute_score() reads must have its body loaded.
ScoreReport compute_score(const Repository& repo, const ScoreQuery& query);

// The plans whose bodies compute_score() reads: those scored, and the plans their agencies'
// computed metrics count over (Metric::of). Decided from the plans' headers and the journals.
std::vector<const Plan*> score_inputs(const Repository& repo, const ScoreQuery& query);

// The plans scored at `journal.as_of()`: those in force (all with include_closed), and those
// ended (not closed) until 30 June of the next year: a year's results (PAR INDEX, SIPAS) are
// announced in the first months of the next, and its targets are judged on them then.
std::vector<const Plan*> scored_plans(const Repository& repo, const std::vector<const Plan*>& plans,
                                      const JournalIndex& journal, bool include_closed);

}  // namespace cchc
