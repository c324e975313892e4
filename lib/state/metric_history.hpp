#pragma once
// The values journals record for each metric of each agency. A value measures a period (a
// year, half, quarter, month, or — without `period:` — the day it was recorded); a target is
// judged on a period, and takes the value of that period known on a date, whatever day it was
// recorded: SIPAS and PAR INDEX results come out after their year has ended.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/model.hpp"

namespace cchc {

struct MetricValue {
    std::optional<double> number;  // numeric metrics
    std::string level;             // rating metrics ("Tốt")
    Date date;                     // when it was recorded
    std::string period;            // what it measures as written (2024-Q2 …), may be empty
    Period measured;               // what it measures: `period`, else the day it was recorded
    std::string source;
};

// The period a value measures: its `period:`, else the day it was recorded.
Period measured_period(const std::string& period, Date recorded);

// Whether period `inner` lies within `outer` (2024-Q2 within 2024; 2024 within 2024).
bool period_within(const Period& inner, const Period& outer);

class MetricHistory {
public:
    explicit MetricHistory(const Repository& repo);
    // The value for `period` on `as_of`: of the values whose period lies within `period` and
    // that were recorded on or before `as_of` or measure a period ended by then (a result
    // recorded after its period counts for it), the one whose period ends last (the whole
    // year before a quarter), then one recorded by `as_of` before one recorded later, then
    // the latest recorded (a correction replaces the first figure).
    std::optional<MetricValue> for_period(const Agency& a, std::string_view metric, const Period& period,
                                          Date as_of) const;
    // The latest value of a period that ended before `period` began, counted as above: the
    // baseline shown beside a target ("năm 2023: 89,12%"), never its current standing.
    std::optional<MetricValue> before_period(const Agency& a, std::string_view metric, const Period& period,
                                             Date as_of) const;

private:
    std::map<std::pair<const Agency*, std::string>, std::vector<MetricValue>> values_;
};

}  // namespace cchc
