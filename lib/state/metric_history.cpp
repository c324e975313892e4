#include "state/metric_history.hpp"

#include <algorithm>

namespace cchc {

Period measured_period(const std::string& period, Date recorded) {
    if (auto p = parse_period(period)) return *p;
    Period day;
    day.kind = Period::Kind::day;
    day.year = recorded.year;
    day.index = recorded.month;
    day.day = recorded.day;
    return day;
}

bool period_within(const Period& inner, const Period& outer) {
    return !(inner.first_day() < outer.first_day()) && !(outer.last_day() < inner.last_day());
}

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
            v.measured = measured_period(v.period, v.date);
            v.source = e.source.value;
            values_[{j.agency, e.metric.value}].push_back(std::move(v));
        }
    }
    for (auto& [key, list] : values_)
        std::stable_sort(list.begin(), list.end(), [](const MetricValue& a, const MetricValue& b) { return a.date < b.date; });
}

namespace {

// Whether a value counts on `as_of`: recorded by then, or measuring a period that had ended by
// then. Results are published after their period (SIPAS, PAR INDEX the next year): a value
// recorded late still belongs to its period, and a report of that period shows it.
bool counts_on(const MetricValue& v, Date as_of) { return !(as_of < v.date) || !(as_of < v.measured.last_day()); }

// The better of two candidates: the period ending last (the whole year before a quarter
// ending with it); for the same end, what had been recorded by `as_of` before what was
// recorded later; then the latest recorded (values are visited in recording order, so a
// correction replaces the first figure).
void keep_latest(std::optional<MetricValue>& out, const MetricValue& v, Date as_of) {
    if (out) {
        if (v.measured.last_day() < out->measured.last_day()) return;
        const bool same_end = !(out->measured.last_day() < v.measured.last_day());
        if (same_end && !(as_of < out->date) && as_of < v.date) return;
    }
    out = v;
}

}  // namespace

std::optional<MetricValue> MetricHistory::for_period(const Agency& a, std::string_view metric, const Period& period,
                                                     Date as_of) const {
    auto it = values_.find({&a, std::string(metric)});
    if (it == values_.end()) return std::nullopt;
    std::optional<MetricValue> out;
    for (const auto& v : it->second)
        if (counts_on(v, as_of) && period_within(v.measured, period)) keep_latest(out, v, as_of);
    return out;
}

std::optional<MetricValue> MetricHistory::before_period(const Agency& a, std::string_view metric, const Period& period,
                                                        Date as_of) const {
    auto it = values_.find({&a, std::string(metric)});
    if (it == values_.end()) return std::nullopt;
    std::optional<MetricValue> out;
    for (const auto& v : it->second)
        if (counts_on(v, as_of) && v.measured.last_day() < period.first_day()) keep_latest(out, v, as_of);
    return out;
}

}  // namespace cchc
