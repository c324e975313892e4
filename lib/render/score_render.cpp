#include "render/score_render.hpp"

#include <fmt/format.h>

#include <cmath>
#include <set>

#include "time/dates_as_typed.hpp"
#include "base/json.hpp"
#include "base/number_format.hpp"
#include "track/report.hpp"
#include "render/table.hpp"

namespace cchc {

std::string target_status_label(TargetStatus s, Lang lang) {
    switch (s) {
        case TargetStatus::met: return tr("target-met", lang);
        case TargetStatus::not_met: return tr("target-not-met", lang);
        case TargetStatus::at_risk: return tr("target-at-risk", lang);
        case TargetStatus::waiting: return tr("target-waiting", lang);
        case TargetStatus::no_data: return tr("target-no-data", lang);
    }
    return "";
}

namespace {

std::string number_cell(const TargetResult& t, const MetricValue& v, bool vi) {
    if (!v.number) return v.level;
    return format_number(*v.number, vi) + (t.metric && t.metric->unit == "%" ? "%" : "");
}

bool relative(const Target& t) { return t.op.value == "increase" || t.op.value == "decrease" || t.op.value == "improve"; }

}  // namespace

std::string value_period(const MetricValue& v, Lang lang) { return period_label(v.measured, lang); }

std::string computed_scope(const ComputedValue& c, Lang lang) {
    std::string plans;
    for (const Plan* p : c.plans) {
        // "KH 2255/KH-SNV"; a plan without its number yet ("/KH-STTTT") by its file name.
        const std::string& n = p->number.value;
        const std::string name = !n.empty() && n.front() != '/' ? render({"score-plan-number", {n}}, lang) : p->stem;
        plans += (plans.empty() ? "" : ", ") + name;
    }
    if (c.share) return render({"score-scope-share", {fmt::to_string(c.part), fmt::to_string(c.total), plans}}, lang);
    return render({"score-scope-among", {fmt::to_string(c.total), plans}}, lang);
}

// "năm 2024: 93,1% (năm 2023: 89,12%)": every figure says the period it measures; a value of
// an earlier period is the baseline, in brackets, never the standing.
std::string value_cell(const TargetResult& t, Lang lang) {
    const bool vi = lang == Lang::vi;
    if (t.target->deliverable.size()) return t.status == TargetStatus::met ? tr("score-deliverable-done", lang) : "";
    std::string v;
    // A computed figure on a day is a count so far: "tính đến 29/11/2024: 100% (1/1 …)".
    const bool so_far = t.computed && t.value && t.value->measured.kind == Period::Kind::day;
    if (t.value) v = (so_far ? tr("score-so-far", lang) : "") + value_period(*t.value, lang) + ": " + number_cell(t, *t.value, vi);
    if (t.value && t.computed) v += " (" + computed_scope(*t.computed, lang) + ")";
    std::string base;
    if (relative(*t.target) && t.target->baseline)
        base = render({"score-baseline", {format_number(*t.target->baseline, vi)}}, lang);
    else if (t.earlier)
        base = value_period(*t.earlier, lang) + ": " + number_cell(t, *t.earlier, vi);
    if (!base.empty()) v += (v.empty() ? "(" : " (") + base + ")";
    return v;
}

// The status in words; "no data" says for which period ("chưa có số liệu năm 2024").
std::string status_cell(const TargetResult& t, Lang lang) {
    std::string s = target_status_label(t.status, lang);
    if (t.status == TargetStatus::no_data && t.target->deliverable.empty() && t.attainment.missing == "value" &&
        t.metric && t.metric->computed.empty())
        s += " " + period_label(t.period, lang);
    return s;
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
        case TargetStatus::waiting:
        case TargetStatus::no_data: break;
    }
    return Style::plain;
}

Table targets_table(const ScoreReport& r, Lang lang) {
    const bool vi = lang == Lang::vi;
    Table t{{tr("col-plan", lang), tr("col-task", lang), tr("col-target", lang), tr("col-required", lang),
             tr("col-value", lang), tr("col-progress", lang), tr("col-status", lang)}, {}, 2};
    // On a narrow terminal the texts wrap; the target's name has the room first.
    t.fit = {Fit::wrap, Fit::keep, Fit::wrap, Fit::wrap, Fit::wrap, Fit::keep, Fit::wrap};
    for (const auto& x : r.targets) {
        t.rows.push_back({x.plan->stem, x.task ? (x.task->stt.value.empty() ? x.task->id.value : x.task->stt.value)
                                               : tr("score-goal", lang),
                          target_name(x), target_requirement(*x.target, x.metric, vi), value_cell(x, lang),
                          ratio_cell(x, lang), status_cell(x, lang)});
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
    const Lang lang = o.lang;
    Table t{{tr("col-group", lang), tr("target-met", lang), tr("col-total", lang), tr("target-not-met", lang),
             tr("col-at-risk", lang), tr("col-waiting", lang), tr("col-no-data", lang)}, {}, 0};
    if (o.bars) t.headers.push_back("");
    // On a narrow terminal the group's name and the headers over the counts wrap.
    t.fit = {Fit::wrap, Fit::wrap, Fit::wrap, Fit::wrap, Fit::wrap, Fit::wrap, Fit::wrap, Fit::keep};
    auto row = [&](const Rollup& x, const std::string& name) {
        std::vector<std::string> cells{name, std::to_string(x.met), std::to_string(x.total()), std::to_string(x.not_met),
                                       std::to_string(x.at_risk), std::to_string(x.waiting), std::to_string(x.no_data)};
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
    row(r.total, tr("score-total", lang));
    return t;
}

std::string by_title(ScoreBy by, Lang lang) {
    switch (by) {
        case ScoreBy::section: return tr("score-by-section", lang);
        case ScoreBy::index: return tr("score-by-index", lang);
        case ScoreBy::unit: return tr("score-by-unit", lang);
        case ScoreBy::plan: break;
    }
    return tr("score-by-plan", lang);
}

}  // namespace

std::string score_text(const ScoreReport& r, const ScoreRenderOptions& o) {
    std::string out = fit_line(render({"score-title", {r.as_of.dmy()}}, o.lang), o.width) + "\n";
    out += render_table(targets_table(r, o.lang), o.width, o.paint) + "\n";
    out += fit_line(by_title(o.by, o.lang), o.width) + render_table(rollup_table(r, o), o.width, o.paint);
    return out;
}

std::string score_markdown(const ScoreReport& r, const ScoreRenderOptions& o) {
    std::string out = "# " + render({"score-title-markdown", {r.as_of.dmy()}}, o.lang) + "\n\n";
    out += render_markdown(targets_table(r, o.lang)) + "\n";
    ScoreRenderOptions plain = o;
    plain.bars = false;
    out += fmt::format("## {}\n\n", by_title(o.by, o.lang)) + render_markdown(rollup_table(r, plain));
    return out;
}

namespace {
void rollup_json(JsonWriter& w, const Rollup& x) {
    w.begin_object().field("key", x.key).field("label", x.label).field("met", x.met).field("not_met", x.not_met)
        .field("at_risk", x.at_risk).field("waiting", x.waiting).field("no_data", x.no_data).field("total", x.total()).end_object();
}
}  // namespace

void target_period_json(JsonWriter& w, const TargetResult& t) {
    w.field("period", t.period.str());
    w.key("value_period");
    if (t.value) w.value(t.value->measured.str()); else w.null();
    w.key("earlier");
    if (t.earlier) {
        w.begin_object().field("period", t.earlier->measured.str()).key("value");
        if (t.earlier->number) w.value(*t.earlier->number); else w.value(t.earlier->level);
        w.end_object();
    } else {
        w.null();
    }
    w.key("scope");
    if (t.computed) {
        std::vector<std::string> plans;
        for (const Plan* p : t.computed->plans) plans.push_back(p->id);
        w.begin_object().field("part", t.computed->part).field("total", t.computed->total)
            .field("share", t.computed->share).string_array("plans", plans).end_object();
    } else {
        w.null();
    }
}

std::string score_json(const ScoreReport& r, Lang lang) {
    const bool vi = lang == Lang::vi;
    JsonWriter w;
    w.begin_object().field("as_of", r.as_of.iso()).field("window", r.window).key("targets").begin_array();
    for (const auto& t : r.targets) {
        w.begin_object().field("plan", t.plan->id).field("task", t.task ? t.task->id.value : "")
            .field("goal", t.goal != nullptr).field("target", target_name(t)).field("metric", t.target->metric.value)
            .field("deliverable", t.target->deliverable).field("op", t.target->op.value)
            .field("required", target_requirement(*t.target, t.metric, vi));
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
        target_period_json(w, t);
        w.key("baseline");
        if (t.baseline) w.value(*t.baseline); else w.null();
        w.key("ratio");
        if (t.attainment.ratio) w.value(*t.attainment.ratio); else w.null();
        w.key("progress");  // percent, as the table shows it
        if (t.attainment.ratio) w.value(std::round(*t.attainment.ratio * 10000.0) / 100.0); else w.null();
        w.key("deadline");
        if (t.deadline) w.value(t.deadline->iso()); else w.null();
        w.field("status", target_status_name(t.status)).field("status_text", status_cell(t, lang))
            .field("section", t.section).field("index", t.index).string_array("units", t.units).end_object();
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

// One row per target, readable without the plan file: the target's text, the period it is
// judged on, the value and its period, what is required, progress in percent (as the table),
// the status in the output language.
std::string score_csv(const ScoreReport& r, Lang lang) {
    const bool vi = lang == Lang::vi;
    std::vector<std::string> headers;
    for (const char* id : {"col-plan", "col-task", "col-target", "col-period", "col-required", "col-value-attained",
                           "col-value-period", "col-earlier-value", "col-earlier-period", "col-progress-percent",
                           "col-deadline", "col-status", "col-metric", "col-index"})
        headers.push_back(tr(id, lang));
    Table t{std::move(headers), {}, -1};
    auto number = [&](const MetricValue& v) { return v.number ? format_number(*v.number, vi, 6) : v.level; };
    for (const auto& x : r.targets) {
        t.rows.push_back({x.plan->id, x.task ? x.task->id.value : "",
                          target_name(x), period_label(x.period, lang), target_requirement(*x.target, x.metric, vi),
                          x.value ? number(*x.value) : "", x.value ? value_period(*x.value, lang) : "",
                          x.earlier ? number(*x.earlier) : "", x.earlier ? value_period(*x.earlier, lang) : "",
                          x.attainment.ratio ? format_number(*x.attainment.ratio * 100.0, vi, 2) : "",
                          x.deadline ? x.deadline->iso() : "", status_cell(x, lang),
                          x.target->metric.value.empty() ? "" : x.target->metric.value, x.index});
    }
    return render_csv(t);
}

}  // namespace cchc
