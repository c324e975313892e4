#include "cchc/score_render.hpp"

#include <fmt/format.h>

#include <set>

#include "cchc/json.hpp"
#include "cchc/number_format.hpp"
#include "cchc/table.hpp"

namespace cchc {

std::string target_status_label(TargetStatus s, Lang lang) {
    const bool vi = lang == Lang::vi;
    switch (s) {
        case TargetStatus::met: return vi ? "đạt" : "met";
        case TargetStatus::not_met: return vi ? "chưa đạt" : "not met";
        case TargetStatus::at_risk: return vi ? "có nguy cơ" : "at risk";
        case TargetStatus::no_data: return vi ? "chưa có số liệu" : "no data yet";
    }
    return "";
}

std::string value_cell(const TargetResult& t, Lang lang) {
    const bool vi = lang == Lang::vi;
    if (t.target->deliverable.size()) return t.status == TargetStatus::met ? (vi ? "đã hoàn thành" : "done") : "";
    if (!t.value) return "";
    std::string v = t.value->number ? format_number(*t.value->number, vi) + (t.metric && t.metric->unit == "%" ? "%" : "")
                                    : t.value->level;
    if (t.baseline && (t.target->op.value == "increase" || t.target->op.value == "decrease" || t.target->op.value == "improve"))
        v += (vi ? " (năm trước " : " (last year ") + format_number(*t.baseline, vi) + ")";
    return v;
}

std::string ratio_cell(const TargetResult& t, Lang lang) {
    if (!t.attainment.ratio) return "";
    (void)lang;
    return format_percent(*t.attainment.ratio);
}

std::string target_name(const TargetResult& t) {
    if (t.metric) return t.metric->name;
    if (!t.target->deliverable.empty()) return t.target->deliverable;
    return t.target->metric.value;
}

const std::vector<Rollup>& rollups(const ScoreReport& r, ScoreBy by) {
    switch (by) {
        case ScoreBy::section: return r.by_section;
        case ScoreBy::index: return r.by_index;
        case ScoreBy::unit: return r.by_unit;
        case ScoreBy::plan: break;
    }
    return r.by_plan;
}

namespace {

// Met in green, not met in red, at risk in yellow.
Style status_style(TargetStatus s) {
    switch (s) {
        case TargetStatus::met: return Style::good;
        case TargetStatus::not_met: return Style::bad;
        case TargetStatus::at_risk: return Style::warning;
        case TargetStatus::no_data: break;
    }
    return Style::plain;
}

Table targets_table(const ScoreReport& r, Lang lang) {
    const bool vi = lang == Lang::vi;
    Table t{{vi ? "kế hoạch" : "plan", vi ? "nhiệm vụ" : "task", vi ? "chỉ tiêu" : "target", vi ? "yêu cầu" : "required",
             vi ? "giá trị" : "value", vi ? "tiến độ" : "progress", vi ? "trạng thái" : "status"}, {}, 2};
    // On a narrow terminal the texts wrap; the target's name has the room first.
    t.fit = {Fit::wrap, Fit::keep, Fit::wrap, Fit::wrap, Fit::wrap, Fit::keep, Fit::wrap};
    for (const auto& x : r.targets) {
        t.rows.push_back({x.plan->stem, x.task ? (x.task->stt.value.empty() ? x.task->id.value : x.task->stt.value)
                                               : (vi ? "mục tiêu" : "goal"),
                          target_name(x), target_requirement(*x.target, x.metric, vi), value_cell(x, lang),
                          ratio_cell(x, lang), target_status_label(x.status, lang)});
        std::vector<Style> styles(t.headers.size(), Style::plain);
        styles.back() = status_style(x.status);
        t.styles.push_back(std::move(styles));
    }
    return t;
}

std::string bar(const Rollup& r) {
    const int width = 10;
    const int full = r.total() ? (r.met * width + r.total() / 2) / r.total() : 0;
    std::string out;
    for (int i = 0; i < width; ++i) out += i < full ? "█" : "░";
    return out;
}

Table rollup_table(const ScoreReport& r, const ScoreRenderOptions& o) {
    const bool vi = o.lang == Lang::vi;
    Table t{{vi ? "nhóm" : "group", vi ? "đạt" : "met", vi ? "tổng" : "total", vi ? "chưa đạt" : "not met",
             vi ? "nguy cơ" : "at risk", vi ? "chưa có số liệu" : "no data"}, {}, 0};
    if (o.bars) t.headers.push_back("");
    // On a narrow terminal the group's name and the headers over the counts wrap.
    t.fit = {Fit::wrap, Fit::wrap, Fit::wrap, Fit::wrap, Fit::wrap, Fit::wrap, Fit::keep};
    auto row = [&](const Rollup& x, const std::string& name) {
        std::vector<std::string> cells{name, std::to_string(x.met), std::to_string(x.total()), std::to_string(x.not_met),
                                       std::to_string(x.at_risk), std::to_string(x.no_data)};
        if (o.bars) cells.push_back(bar(x));
        t.rows.push_back(std::move(cells));
        std::vector<Style> styles(t.headers.size(), Style::plain);
        if (x.met) styles[1] = Style::good;
        if (x.not_met) styles[3] = Style::bad;
        if (x.at_risk) styles[4] = Style::warning;
        t.styles.push_back(std::move(styles));
    };
    // Units are keyed "snv:VP" and labelled "VP (Văn phòng Sở)": the agency is shown only
    // when several agencies' units are listed.
    std::set<std::string> agencies;
    if (o.by == ScoreBy::unit)
        for (const auto& x : r.by_unit)
            if (x.key.find(':') != std::string::npos) agencies.insert(x.key.substr(0, x.key.find(':')));
    auto name_of = [&](const Rollup& x) {
        if (x.label.empty() || o.by == ScoreBy::plan) return x.key;
        if (o.by == ScoreBy::unit && x.key.find(':') != std::string::npos)
            return agencies.size() > 1 ? x.key.substr(0, x.key.find(':')) + ": " + x.label : x.label;
        return x.key + " " + x.label;
    };
    for (const auto& x : rollups(r, o.by)) row(x, name_of(x));
    row(r.total, vi ? "Tổng cộng" : "Total");
    return t;
}

const char* by_title(ScoreBy by, bool vi) {
    switch (by) {
        case ScoreBy::section: return vi ? "Theo phần" : "By section";
        case ScoreBy::index: return vi ? "Theo chỉ số" : "By index";
        case ScoreBy::unit: return vi ? "Theo đơn vị chủ trì" : "By lead unit";
        case ScoreBy::plan: break;
    }
    return vi ? "Theo kế hoạch" : "By plan";
}

}  // namespace

std::string score_text(const ScoreReport& r, const ScoreRenderOptions& o) {
    const bool vi = o.lang == Lang::vi;
    std::string out = fit_line(vi ? fmt::format("Kết quả thực hiện chỉ tiêu tính đến ngày {}", r.as_of.dmy())
                                  : fmt::format("Target attainment as of {}", r.as_of.dmy()),
                               o.width) + "\n";
    out += render_table(targets_table(r, o.lang), o.width, o.paint) + "\n";
    out += fit_line(by_title(o.by, vi), o.width) + render_table(rollup_table(r, o), o.width, o.paint);
    return out;
}

std::string score_markdown(const ScoreReport& r, const ScoreRenderOptions& o) {
    const bool vi = o.lang == Lang::vi;
    std::string out = vi ? fmt::format("# Kết quả thực hiện chỉ tiêu — tính đến ngày {}\n\n", r.as_of.dmy())
                         : fmt::format("# Target attainment — as of {}\n\n", r.as_of.dmy());
    out += render_markdown(targets_table(r, o.lang)) + "\n";
    ScoreRenderOptions plain = o;
    plain.bars = false;
    out += fmt::format("## {}\n\n", by_title(o.by, vi)) + render_markdown(rollup_table(r, plain));
    return out;
}

namespace {
void rollup_json(JsonWriter& w, const Rollup& x) {
    w.begin_object().field("key", x.key).field("label", x.label).field("met", x.met).field("not_met", x.not_met)
        .field("at_risk", x.at_risk).field("no_data", x.no_data).field("total", x.total()).end_object();
}
}  // namespace

std::string score_json(const ScoreReport& r) {
    JsonWriter w;
    w.begin_object().field("as_of", r.as_of.iso()).field("window", r.window).key("targets").begin_array();
    for (const auto& t : r.targets) {
        w.begin_object().field("plan", t.plan->id).field("task", t.task ? t.task->id.value : "")
            .field("goal", t.goal != nullptr).field("metric", t.target->metric.value)
            .field("deliverable", t.target->deliverable).field("op", t.target->op.value);
        w.key("value");
        if (const double* d = std::get_if<double>(&t.target->value.value)) w.value(*d);
        else if (const std::string* s = std::get_if<std::string>(&t.target->value.value)) w.value(*s);
        else w.null();
        w.key("actual");
        if (t.value && t.value->number) w.value(*t.value->number);
        else if (t.value && !t.value->level.empty()) w.value(t.value->level);
        else w.null();
        w.key("actual_date");
        if (t.value) w.value(t.value->date.iso()); else w.null();
        w.key("baseline");
        if (t.baseline) w.value(*t.baseline); else w.null();
        w.key("ratio");
        if (t.attainment.ratio) w.value(*t.attainment.ratio); else w.null();
        w.key("deadline");
        if (t.deadline) w.value(t.deadline->iso()); else w.null();
        w.field("status", target_status_name(t.status)).field("section", t.section).field("index", t.index)
            .string_array("units", t.units).end_object();
    }
    w.end_array();
    for (auto [name, list] : {std::pair{"by_plan", &r.by_plan}, {"by_section", &r.by_section}, {"by_index", &r.by_index},
                              {"by_unit", &r.by_unit}}) {
        w.key(name).begin_array();
        for (const auto& x : *list) rollup_json(w, x);
        w.end_array();
    }
    w.key("total");
    rollup_json(w, r.total);
    w.end_object();
    return w.str() + "\n";
}

std::string score_csv(const ScoreReport& r, Lang lang) {
    const bool vi = lang == Lang::vi;
    Table t{vi ? std::vector<std::string>{"kế hoạch", "nhiệm vụ", "chỉ tiêu", "phép so sánh", "giá trị yêu cầu",
                                          "giá trị đạt được", "giá trị gốc", "tỷ lệ đạt", "thời hạn", "trạng thái",
                                          "chỉ số"}
               : std::vector<std::string>{"plan", "task", "metric", "op", "value", "actual", "baseline", "ratio",
                                          "deadline", "status", "index"},
            {}, -1};
    for (const auto& x : r.targets) {
        std::string value, actual;
        if (const double* d = std::get_if<double>(&x.target->value.value)) value = format_number(*d, vi, 6);
        else if (const std::string* s = std::get_if<std::string>(&x.target->value.value)) value = *s;
        if (x.value) actual = x.value->number ? format_number(*x.value->number, vi, 6) : x.value->level;
        t.rows.push_back({x.plan->id, x.task ? x.task->id.value : "", x.target->metric.value.empty() ? x.target->deliverable : x.target->metric.value,
                          x.target->deliverable.empty() ? x.target->op.value : (vi ? "hoàn thành" : "done"), value, actual,
                          x.baseline ? format_number(*x.baseline, vi, 6) : "",
                          x.attainment.ratio ? format_number(*x.attainment.ratio, vi, 4) : "",
                          x.deadline ? x.deadline->iso() : "", vi ? target_status_label(x.status, lang) : target_status_name(x.status), x.index});
    }
    return render_csv(t);
}

}  // namespace cchc
