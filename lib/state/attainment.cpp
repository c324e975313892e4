#include "state/attainment.hpp"

#include <algorithm>
#include <cmath>

#include "base/number_format.hpp"
#include "yaml/messages.hpp"

namespace cchc {

const char* target_status_name(TargetStatus s) {
    switch (s) {
        case TargetStatus::met: return "met";
        case TargetStatus::not_met: return "not_met";
        case TargetStatus::at_risk: return "at_risk";
        case TargetStatus::waiting: return "waiting";
        case TargetStatus::no_data: return "no_data";
    }
    return "?";
}

namespace {

constexpr double kEpsilon = 1e-9;

std::optional<double> safe_ratio(double num, double den) {
    if (std::fabs(den) < kEpsilon) return std::nullopt;
    return num / den;
}

Attainment compare_numbers(const std::string& op, double v, double t) {
    Attainment a;
    if (op == ">=") a.met = v >= t - kEpsilon, a.ratio = safe_ratio(v, t);
    else if (op == ">") a.met = v > t + kEpsilon, a.ratio = safe_ratio(v, t);
    // Lower is better: progress is target ÷ value (5 days against "<= 4" is 80%).
    else if (op == "<=") a.met = v <= t + kEpsilon, a.ratio = safe_ratio(t, v);
    else if (op == "<") a.met = v < t - kEpsilon, a.ratio = safe_ratio(t, v);
    else if (op == "==") a.met = std::fabs(v - t) < kEpsilon;  // met or not: no ratio
    return a;
}

int level_index(const Metric& m, const std::string& level) {
    auto it = std::find(m.scale.begin(), m.scale.end(), level);
    return it == m.scale.end() ? -1 : static_cast<int>(it - m.scale.begin());
}

Attainment compare_levels(const Target& t, const Metric& m, const MetricValue& v) {
    Attainment a;
    const std::string* want = std::get_if<std::string>(&t.value.value);
    const int have = level_index(m, v.level), need = want ? level_index(m, *want) : -1;
    if (have < 0 || need < 0) {
        a.missing = "kind";
        return a;
    }
    const std::string& op = t.op.value;
    if (op == "improve") return a;  // needs a baseline level: handled by the caller as no baseline
    a = compare_numbers(op, have, need);
    a.ratio.reset();  // a level is not a quantity
    return a;
}

Attainment against_baseline(const std::string& op, double v, double step, const std::optional<double>& baseline) {
    Attainment a;
    if (!baseline) {
        a.missing = "baseline";
        return a;
    }
    const double delta = op == "decrease" ? *baseline - v : v - *baseline;
    if (op == "improve") {
        a.met = delta > kEpsilon;
        return a;
    }
    a.met = delta >= step - kEpsilon;
    a.ratio = safe_ratio(delta, step);
    return a;
}

}  // namespace

Attainment evaluate_target(const Target& t, const Metric* metric, const std::optional<MetricValue>& value,
                           const std::optional<double>& baseline) {
    Attainment a;
    if (!value) {
        a.missing = "value";
        return a;
    }
    if (!metric) {
        a.missing = "kind";
        return a;
    }
    if (metric->is_rating()) return value->level.empty() ? Attainment{std::nullopt, std::nullopt, "kind"} : compare_levels(t, *metric, *value);
    if (!value->number) {
        a.missing = "kind";
        return a;
    }
    const std::string& op = t.op.value;
    if (op == "increase" || op == "decrease" || op == "improve") {
        const double* step = std::get_if<double>(&t.value.value);
        return against_baseline(op, *value->number, step ? *step : 0.0, baseline);
    }
    const double* target = std::get_if<double>(&t.value.value);
    if (!target) {
        a.missing = "kind";
        return a;
    }
    return compare_numbers(op, *value->number, *target);
}

TargetStatus status_of(const Attainment& a, const std::optional<Date>& deadline, Date as_of, int window) {
    if (!a.met) return TargetStatus::no_data;
    if (*a.met) return TargetStatus::met;
    if (deadline && !(*deadline < as_of) && days_between(as_of, *deadline) <= window) return TargetStatus::at_risk;
    return TargetStatus::not_met;
}

std::string target_requirement(const Target& t, const Metric* metric, bool vi) {
    if (!t.deliverable.empty()) {  // a deliverable is required done: the status's words
        const StatusWords& done = status_words(Status::done);
        return std::string(vi ? done.vi : done.en);
    }
    const std::string& op = t.op.value;
    std::string value;
    if (const double* d = std::get_if<double>(&t.value.value)) value = format_number(*d, vi);
    else if (const std::string* s = std::get_if<std::string>(&t.value.value)) value = *s;
    const std::string unit = metric && metric->unit == "%" ? "%" : "";
    const Lang lang = vi ? Lang::vi : Lang::en;
    if (op == "improve") return tr("target-improve", lang);
    if (op == "increase") return render({"target-increase", {value + unit}}, lang);
    if (op == "decrease") return render({"target-decrease", {value + unit}}, lang);
    const std::string sym = op == ">=" ? "≥" : op == "<=" ? "≤" : op == "==" ? "=" : op;
    return sym + " " + value + unit;
}

}  // namespace cchc
