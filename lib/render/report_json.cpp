// The report as JSON: the same sections as the Markdown, as data (texts whole, numbers plain).
#include "render/due_render.hpp"
#include "base/json.hpp"
#include "track/report.hpp"
#include "render/score_render.hpp"
#include "base/text.hpp"
#include "render/report_parts.hpp"

namespace cchc {

namespace {

void period_json(JsonWriter& w, std::string_view key, const Period& p) {
    const char* kind = p.kind == Period::Kind::month ? "month" : p.kind == Period::Kind::quarter ? "quarter" : "year";
    w.key(key)
        .begin_object()
        .field("kind", kind)
        .field("key", p.str())
        .field("first", p.first_day().iso())
        .field("last", p.last_day().iso())
        .end_object();
}

void optional_date(JsonWriter& w, std::string_view key, const std::optional<Date>& d) {
    w.key(key);
    if (d)
        w.value(d->iso());
    else
        w.null();
}

std::vector<std::string> refs(const std::vector<Text>& list) {
    std::vector<std::string> out;
    for (const auto& x : list) out.push_back(x.value);
    return out;
}

// The codes of `lead` are identifiers ("VP", "all"); what people read beside them are the
// units' and groups' names from agency.yaml ("Văn phòng Sở", "Tất cả các phòng, đơn vị").
std::vector<std::string> lead_names(const Plan& p, const std::vector<Text>& lead) {
    std::vector<std::string> out;
    for (const auto& x : lead) out.push_back(report_md::leads(p, std::vector<Text>{x}));
    return out;
}

std::vector<std::string> assessed_ids(const DueItem& i) {
    std::vector<std::string> out;
    for (const Task* t : i.assessed) out.push_back(t->id.value);
    return out;
}

void item_json(JsonWriter& w, const DueItem& i, Lang lang) {
    w.begin_object()
        .field("plan", i.plan->id)
        .field("id", i.task->id.value)
        .field("stt", i.task->stt.value)
        .field("task", i.task->task.value)
        .string_array("lead", refs(item_lead(i)))
        .string_array("lead_names", lead_names(*i.plan, item_lead(i)));
    optional_date(w, "due", i.due);
    w.key("days");
    if (i.due)
        w.value(i.days);
    else
        w.null();
    w.field("group", due_group_name(i.group))
        .field("status", status_words(i.status).code)
        .field("occurrence", i.occurrence)
        .field("period_words", report_md::occurrence_words(i.occurrence, lang))
        .string_array("missed", i.missed)
        .field("label", item_label(i, lang))
        .field("year_long", i.year_long)
        .string_array("assessment", assessed_ids(i))
        .field("note", i.note)
        .field("timing", i.task->timing.value)
        .end_object();
}

void items_json(JsonWriter& w, std::string_view key, const std::vector<DueItem>& items, Lang lang) {
    w.key(key).begin_array();
    for (const auto& i : items) item_json(w, i, lang);
    w.end_array();
}

void timeliness_fields(JsonWriter& w, const Timeliness& t) {
    w.field("early", t.early).field("on_time", t.on_time).field("late", t.late).field("extended", t.extended);
}

void overall_json(JsonWriter& w, const OverallCounts& c) {
    w.key("overall").begin_object().field("total", c.total()).field("done", c.done).field("cancelled", c.cancelled);
    for (DueGroup g : {DueGroup::overdue, DueGroup::due_soon, DueGroup::awaiting, DueGroup::waiting, DueGroup::ongoing,
                       DueGroup::no_date, DueGroup::later})
        w.field(due_group_name(g), c.count(g));
    w.field("open", c.open())
        .field("in_progress", c.in_progress)
        .field("blocked", c.blocked)
        .key("timeliness")
        .begin_object();
    timeliness_fields(w, c.timeliness);
    w.end_object().end_object();
}

void rollup_json(JsonWriter& w, const Rollup& r) {
    w.begin_object()
        .field("key", r.key)
        .field("met", r.met)
        .field("not_met", r.not_met)
        .field("at_risk", r.at_risk)
        .field("waiting", r.waiting)
        .field("no_data", r.no_data)
        .field("with_data", r.with_data())
        .field("total", r.total())
        .end_object();
}

void targets_json(JsonWriter& w, const ScoreReport& s) {
    w.key("targets").begin_object().key("items").begin_array();
    for (const auto& t : s.targets) {
        w.begin_object()
            .field("plan", t.plan->id)
            .field("task", t.task ? t.task->id.value : "")
            .field("goal", t.goal != nullptr)
            .field("target", target_name(t))
            .field("metric", t.target->metric.value)
            .field("required", target_requirement(*t.target, t.metric, false));
        w.key("value");
        if (t.value && t.value->number)
            w.value(*t.value->number);
        else if (t.value && !t.value->level.empty())
            w.value(t.value->level);
        else
            w.null();
        target_period_json(w, t);
        w.key("ratio");
        if (t.attainment.ratio)
            w.value(*t.attainment.ratio);
        else
            w.null();
        optional_date(w, "deadline", t.deadline);
        w.field("status", target_status_name(t.status)).end_object();
    }
    w.end_array().key("by_plan").begin_array();
    for (const auto& r : s.by_plan) rollup_json(w, r);
    w.end_array().key("total");
    rollup_json(w, s.total);
    w.end_object();
}

void units_json(JsonWriter& w, const std::vector<UnitRow>& units) {
    w.key("units").begin_array();
    for (const auto& u : units) {
        w.begin_object()
            .field("key", u.key)
            .field("agency", u.agency ? u.agency->id : "")
            .field("code", u.code)
            .field("name", u.name)
            .field("open", u.open)
            .field("overdue", u.overdue)
            .field("done", u.done.total());
        timeliness_fields(w, u.done);
        w.end_object();
    }
    w.end_array();
}

void overdue_json(JsonWriter& w, const std::vector<LeadGroup>& groups, Lang lang) {
    w.key("overdue").begin_array();
    for (const auto& g : groups) {
        w.begin_object().field("agency", g.agency->id).field("lead", g.code).field("name", g.name);
        items_json(w, "items", g.items, lang);
        w.end_object();
    }
    w.end_array();
}

void journal_json(JsonWriter& w, const ReportData& d, Lang lang) {
    w.key("completed").begin_array();
    for (const auto& c : d.completed)
        w.begin_object()
            .field("date", c.date.iso())
            .field("plan", c.plan->id)
            .field("id", c.task->id.value)
            .field("stt", c.task->stt.value)
            .field("task", c.task->task.value)
            .string_array("lead", refs(c.task->lead))
            .string_array("lead_names", lead_names(*c.plan, c.task->lead))
            .field("occurrence", c.occurrence)
            .field("period_words", report_md::occurrence_words(c.occurrence, lang))
            .field("evidence", c.evidence)
            .field("note", c.note)
            .end_object();
    w.end_array().key("issues").begin_array();
    for (const auto& i : d.issues) {
        // A blocked task's issue is named by its status code; any other is an "issue".
        const std::string_view kind = i.kind == ReportIssue::Kind::blocked ? status_words(Status::blocked).code : "issue";
        w.begin_object().field("kind", kind);
        optional_date(w, "date", i.date);
        w.field("agency", i.agency ? i.agency->id : "")
            .field("plan", i.plan ? i.plan->id : "")
            .field("id", i.task ? i.task->id.value : "")
            .field("task", i.task ? i.task->task.value : "")
            .field("text", i.text)
            .end_object();
    }
    w.end_array();
}

void heading_json(JsonWriter& w, const ReportData& d, Lang lang) {
    period_json(w, "period", d.period);
    period_json(w, "next_period", d.next);
    w.field("as_of", d.as_of.iso()).field("window", d.window).field("unit", d.unit_text).key("agencies").begin_array();
    for (const Agency* a : d.agencies)
        w.begin_object()
            .field("id", a->id)
            .field("name", a->name)
            .field("short", a->short_name)
            .field("province", a->province)
            .end_object();
    w.end_array().key("plans").begin_array();
    for (const Plan* p : d.plans)
        w.begin_object()
            .field("id", p->id)
            .field("number", p->number.value)
            .field("title", p->title.value)
            .field("year", p->year.value)
            .end_object();
    std::vector<std::string> left_out;  // not in force at as_of (see plan_lifecycle.hpp)
    for (const Plan* p : d.due.left_out) left_out.push_back(p->id);
    w.end_array().string_array("plans_left_out", left_out);
    items_json(w, "reporting_duties", d.duties, lang);
}

}  // namespace

std::string report_json(const ReportData& d, Lang lang) {
    JsonWriter w;
    w.begin_object();
    heading_json(w, d, lang);
    overall_json(w, d.overall);
    overdue_json(w, d.overdue, lang);
    items_json(w, "due_next", d.upcoming, lang);
    targets_json(w, d.score);
    units_json(w, d.units);
    journal_json(w, d, lang);
    w.end_object();
    return nfc(w.str()) + "\n";
}

}  // namespace cchc
