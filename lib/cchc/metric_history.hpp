#pragma once
// The values journals record for each metric of each agency, in date order, so a target
// can take the latest value on or before a date, and last year's value as its baseline.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "cchc/model.hpp"

namespace cchc {

struct MetricValue {
    std::optional<double> number;  // numeric metrics
    std::string level;             // rating metrics ("Tốt")
    Date date;                     // when it was recorded
    std::string period;            // what it measures (2024-Q2 …), may be empty
    std::string source;
};

class MetricHistory {
public:
    explicit MetricHistory(const Repository& repo);
    // Latest value recorded on or before `as_of`.
    std::optional<MetricValue> latest(const Agency& a, std::string_view metric, Date as_of) const;
    // Latest value measuring `year` (by its period, else its date), for baselines.
    std::optional<MetricValue> of_year(const Agency& a, std::string_view metric, int year, Date as_of) const;

private:
    std::map<std::pair<const Agency*, std::string>, std::vector<MetricValue>> values_;
};

}  // namespace cchc
