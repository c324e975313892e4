// A journal (journal/<year>.yaml): a list of dated entries, each a status, event or metric.
#include "load/load_journal.hpp"

#include "base/ids.hpp"
#include "model/status.hpp"

namespace cchc {

namespace {

Located<TargetValue> read_value(const LoadContext& ctx, const YNode* n) {
    Located<TargetValue> out;
    if (!n || !n->is_scalar()) return out;
    out.pos = ctx.pos(*n);
    try {
        size_t used = 0;
        const double v = std::stod(n->value, &used);
        if (!n->quoted && used == n->value.size()) {
            out.value = v;
            return out;
        }
    } catch (const std::exception&) {
    }
    out.value = n->value;
    return out;
}

void read_status(const LoadContext& ctx, const MapReader& r, JournalEntry& e) {
    e.kind = JournalEntry::Kind::status;
    const Text code = r.choice("status", status_codes(), true);
    e.status = status_from_code(code.value);
    e.occurrence = r.text("occurrence");
    e.unit = r.text("unit");
    if (!e.occurrence.value.empty() && !is_occurrence(e.occurrence.value))
        ctx.error(*r.get("occurrence"), "invalid-date", {"invalid-date", {e.occurrence.value}});
    if (auto due = r.date("due")) {
        e.new_due = *due;
        e.has_new_due = true;
    }
    if (e.status == Status::extended && !r.get("due"))
        ctx.error(r.node(), "missing-field", {"journal-extended-due", {}});
    // A new deadline belongs to an extension only (record refuses it on any other status).
    if (r.get("due") && e.status && e.status != Status::extended)
        ctx.error(*r.get("due"), "journal-entry-keys", {"journal-due-not-extended", {code.value}});
}

// A journal line is one kind of entry: the keys of another kind would be dropped without a
// word (a value beside a task's status is no metric value).
void refuse_foreign_keys(const LoadContext& ctx, const MapReader& r, const JournalEntry& e) {
    static const std::vector<const char*> of_task = {"metric", "value", "period", "source", "event", "plan"},
                                          of_metric = {"status", "occurrence", "due", "event", "plan"},
                                          of_plan = {"value", "period", "source", "event", "occurrence", "due", "evidence"},
                                          of_other = {"status", "occurrence", "due", "value", "period", "source"};
    const char* kind = "note";
    const std::vector<const char*>* foreign = &of_other;
    switch (e.kind) {
        case JournalEntry::Kind::status: kind = "task", foreign = &of_task; break;
        case JournalEntry::Kind::metric: kind = "metric", foreign = &of_metric; break;
        case JournalEntry::Kind::plan_status: kind = "plan", foreign = &of_plan; break;
        case JournalEntry::Kind::event: kind = "event"; break;
        case JournalEntry::Kind::note: break;
    }
    for (const char* key : *foreign)
        if (const YNode* n = r.get(key)) ctx.error(*n, "journal-entry-keys", {"journal-foreign-key", {key, kind}});
}

void read_metric_value(const LoadContext& ctx, const MapReader& r, JournalEntry& e) {
    e.kind = JournalEntry::Kind::metric;
    e.value = read_value(ctx, r.get("value"));
    if (!r.get("value")) ctx.error(r.node(), "missing-field", {"missing-field", {"value", "metric entry"}});
    else if (!r.get("value")->is_scalar()) r.wrong_type(*r.get("value"), "value", "number");
    e.period = r.text("period");
    if (!e.period.value.empty() && !parse_period(e.period.value))
        ctx.error(*r.get("period"), "invalid-date", {"invalid-date", {e.period.value}});
    e.source = r.text("source");
}

JournalEntry read_entry(const LoadContext& ctx, const YNode& n) {
    JournalEntry e;
    e.pos = ctx.pos(n);
    MapReader r(ctx, n, "journal entry", {"date", "task", "status", "occurrence", "due", "evidence", "metric",
                                          "value", "period", "source", "event", "note", "issue", "plan", "unit"});
    if (!r.ok()) return e;
    if (auto d = r.date("date", true)) e.date = *d;
    e.task = r.text("task");
    e.metric = r.text("metric");
    e.event = r.text("event");
    e.note = r.text("note");
    e.evidence = r.text("evidence");
    e.issue = r.boolean("issue").value_or(false);
    if (r.get("task")) read_status(ctx, r, e);
    else if (r.get("metric")) read_metric_value(ctx, r, e);
    else if (r.get("plan")) {
        // A plan closed (or reopened) on the entry's date: see plan_lifecycle.hpp.
        e.kind = JournalEntry::Kind::plan_status;
        e.plan = r.text("plan");
        e.plan_status = r.choice("status", {"closed", "open"}, true);
    }
    else if (r.get("event")) e.kind = JournalEntry::Kind::event;
    else if (r.get("note")) e.kind = JournalEntry::Kind::note;
    else {
        ctx.error(n, "missing-field", {"journal-entry-kind", {}});
        return e;
    }
    refuse_foreign_keys(ctx, r, e);
    return e;
}

}  // namespace

void load_journal(const LoadContext& ctx, const YNode& root, Journal& out) {
    if (root.is_null()) return;  // an empty journal is fine
    if (!root.is_sequence()) {
        ctx.error(root, "wrong-type", {"wrong-type", {"journal", "@list", std::string("@") + kind_label(root.kind)}});
        return;
    }
    for (const auto& item : root.items) out.entries.push_back(read_entry(ctx, *item));
}

}  // namespace cchc
