#pragma once
// Whether one target is met by a value: every kind the plans write (>=, >, <=, <, ==,
// increase/decrease on a baseline, improve, a rating level, a deliverable).
#include <optional>
#include <string>

#include "state/metric_history.hpp"
#include "model/model.hpp"

namespace cchc {

// waiting: not met, and its task waits for an event ("chờ sự kiện"): not at risk, not late.
enum class TargetStatus { met, not_met, at_risk, waiting, no_data };
const char* target_status_name(TargetStatus s);  // "met", "not_met", "at_risk", "waiting", "no_data"

struct Attainment {
    std::optional<bool> met;       // nullopt: cannot tell (no value, no baseline)
    std::optional<double> ratio;   // progress: 0.99 = 99% of the way; never from a division by zero
    std::string missing;           // why it cannot tell: "value", "baseline", "kind"
};

// `baseline` is used by increase/decrease/improve. `metric` may be null (unknown metric).
Attainment evaluate_target(const Target& t, const Metric* metric, const std::optional<MetricValue>& value,
                           const std::optional<double>& baseline);

// met / not met → status, given the target's deadline: a target not met whose deadline
// falls within [as_of, as_of + window] is at risk.
TargetStatus status_of(const Attainment& a, const std::optional<Date>& deadline, Date as_of, int window);

// ">= 87", "≥ Tốt", "tăng ≥ 2", "cải thiện", "hoàn thành" … in the language of the report.
std::string target_requirement(const Target& t, const Metric* metric, bool vi);

}  // namespace cchc
