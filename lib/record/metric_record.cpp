#include "record/metric_record.hpp"

#include <algorithm>
#include <charconv>
#include <filesystem>

#include "base/control_chars.hpp"
#include "record/journal_append.hpp"
#include "base/number_format.hpp"

namespace cchc {

std::optional<Message> read_metric_value(const Metric& m, const std::string& typed, MetricRecord& out) {
    if (m.is_rating()) {
        if (std::find(m.scale.begin(), m.scale.end(), typed) == m.scale.end()) {
            std::string levels;
            for (const auto& l : m.scale) levels += (levels.empty() ? "" : ", ") + l;
            return Message{"record-metric-level", {typed, m.id, levels}};
        }
        out.level = typed;
        return std::nullopt;
    }
    std::string s = typed;
    std::replace(s.begin(), s.end(), ',', '.');  // 86,4 as Vietnamese write it
    double v = 0;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (s.empty() || ec != std::errc{} || p != s.data() + s.size()) return Message{"record-metric-number", {typed, m.id}};
    out.number = v;
    return std::nullopt;
}

std::optional<Message> check_metric_record(const Metric& m, const MetricRecord& r) {
    if (r.number && ((m.min && *r.number < *m.min) || (m.max && *r.number > *m.max)))
        return Message{"journal-value-range", {format_number(*r.number, false), m.id,
                                               format_number(m.min.value_or(-1e300), false),
                                               format_number(m.max.value_or(1e300), false)}};
    if (!r.period.empty() && !parse_period(r.period)) return Message{"record-invalid-occurrence", {r.period}};
    if (!m.computed.empty()) return Message{"record-metric-computed", {m.id}};
    for (const auto& [name, value] : {std::pair{"--source", &r.source}, std::pair{"--note", &r.note}})
        if (auto c = first_control(*value)) return Message{"record-control-text", {name, code_point_name(c->cp)}};
    return std::nullopt;
}

std::string metric_entry(const MetricRecord& r) {
    EntryLine e(r.date);
    e.code("metric", r.metric);
    if (r.number) e.number("value", *r.number);
    else e.text("value", r.level);
    return e.code("period", r.period).text("source", r.source).text("note", r.note).str();
}

std::string agency_journal_path(const Repository& repo, const Agency& agency, int year) {
    namespace fs = std::filesystem;
    const fs::path file = agency.file ? fs::path(repo.root) / agency.file->path
                                      : fs::path(repo.root) / repo.settings.plans_dir / agency.id / "agency.yaml";
    return (file.parent_path() / "journal" / (std::to_string(year) + ".yaml")).string();
}

}  // namespace cchc
