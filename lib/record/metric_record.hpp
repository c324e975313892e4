#pragma once
// `record metric`: a value for a metric of an agency's catalogue, checked against the
// metric's kind (number or rating level), its range and the period it measures.
#include <optional>
#include <string>

#include "yaml/diagnostic.hpp"
#include "model/model.hpp"

namespace cchc {

struct MetricRecord {
    Date date;
    std::string metric;
    std::optional<double> number;  // numeric metrics
    std::string level;             // rating metrics
    std::string period, source, note;
};

// Reads what the user typed as the value for `m`: "86,4" or "86.4" for numbers, a level of
// the scale for ratings. A Message says why it does not fit.
std::optional<Message> read_metric_value(const Metric& m, const std::string& typed, MetricRecord& out);
std::optional<Message> check_metric_record(const Metric& m, const MetricRecord& r);
std::string metric_entry(const MetricRecord& r);

// <directory of agency.yaml>/journal/<year>.yaml
std::string agency_journal_path(const Repository& repo, const Agency& agency, int year);

}  // namespace cchc
