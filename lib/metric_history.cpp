#include "cchc/metric_history.hpp"

#include <algorithm>

namespace cchc {

MetricHistory::MetricHistory(const Repository& repo) {
    for (const auto& j : repo.journals) {
        if (!j.agency) continue;
        for (const auto& e : j.entries) {
            if (e.kind != JournalEntry::Kind::metric || !e.date.pos.file) continue;
            MetricValue v;
            if (const double* d = std::get_if<double>(&e.value.value)) v.number = *d;
            else if (const std::string* s = std::get_if<std::string>(&e.value.value)) v.level = *s;
            else continue;
            v.date = e.date.value;
            v.period = e.period.value;
            v.source = e.source.value;
            values_[{j.agency, e.metric.value}].push_back(std::move(v));
        }
    }
    for (auto& [key, list] : values_)
        std::stable_sort(list.begin(), list.end(), [](const MetricValue& a, const MetricValue& b) { return a.date < b.date; });
}

std::optional<MetricValue> MetricHistory::latest(const Agency& a, std::string_view metric, Date as_of) const {
    auto it = values_.find({&a, std::string(metric)});
    if (it == values_.end()) return std::nullopt;
    std::optional<MetricValue> out;
    for (const auto& v : it->second)
        if (!(as_of < v.date)) out = v;
    return out;
}

std::optional<MetricValue> MetricHistory::of_year(const Agency& a, std::string_view metric, int year, Date as_of) const {
    auto it = values_.find({&a, std::string(metric)});
    if (it == values_.end()) return std::nullopt;
    std::optional<MetricValue> out;
    for (const auto& v : it->second) {
        if (as_of < v.date) continue;
        auto p = parse_period(v.period);
        const int measured = p ? p->year : v.date.year;
        if (measured == year) out = v;
    }
    return out;
}

}  // namespace cchc
