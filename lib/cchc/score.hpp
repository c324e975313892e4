#pragma once
// Every target of the selected plans with its attainment at a date, rolled up by plan,
// section, index and lead unit: the engine behind `cchc score` and the report.
#include <optional>
#include <string>
#include <vector>

#include "cchc/attainment.hpp"
#include "cchc/unit_filter.hpp"

namespace cchc {

struct TargetResult {
    const Plan* plan = nullptr;
    const Task* task = nullptr;  // null for a plan-level goal
    const Goal* goal = nullptr;  // set for a plan-level goal
    const Target* target = nullptr;
    const Metric* metric = nullptr;
    TargetStatus status = TargetStatus::no_data;
    Attainment attainment;
    std::optional<MetricValue> value;
    std::optional<double> baseline;
    std::optional<Date> deadline;
    std::string section, index;     // section id and index (PAR_INDEX, SIPAS …)
    std::vector<std::string> units; // lead units (groups expanded)
};

struct Rollup {
    std::string key, label;
    int met = 0, not_met = 0, at_risk = 0, no_data = 0;
    int total() const { return met + not_met + at_risk + no_data; }
    void add(TargetStatus s);
};

struct ScoreQuery {
    Date as_of;
    int window = 30;
    const UnitFilter* units = nullptr;
    std::vector<const Plan*> plans;  // empty = every plan
    bool include_closed = false;     // also plans not in force at as_of (plan_lifecycle.hpp)
};

struct ScoreReport {
    Date as_of;
    int window = 30;
    std::vector<TargetResult> targets;
    std::vector<Rollup> by_plan, by_section, by_index, by_unit;
    Rollup total;
};

ScoreReport compute_score(const Repository& repo, const ScoreQuery& query);

}  // namespace cchc
