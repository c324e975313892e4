// Tasks, their targets and milestones; reporting duties share the task shape.
#include "load/load_task.hpp"

#include <charconv>

#include "base/ids.hpp"
#include "load/load_due.hpp"

namespace cchc {

namespace {

Located<TargetValue> read_target_value(const LoadContext& ctx, const YNode* n) {
    Located<TargetValue> out;
    if (!n || n->is_null()) return out;
    out.pos = ctx.pos(*n);
    if (!n->is_scalar()) {
        ctx.error(*n, "wrong-type", {"wrong-type", {"value", "@number or level", std::string("@") + kind_label(n->kind)}});
        return out;
    }
    double v = 0;
    const std::string& s = n->value;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (!n->quoted && ec == std::errc{} && p == s.data() + s.size())
        out.value = v;
    else
        out.value = s;  // a rating level such as "Tốt"
    return out;
}

Target read_target(const LoadContext& ctx, const YNode& n) {
    Target t;
    t.pos = ctx.pos(n);
    MapReader r(ctx, n, "target", {"metric", "op", "value", "baseline", "text", "deliverable", "note"});
    if (!r.ok()) return t;
    t.deliverable = r.filled_text("deliverable").value;
    t.text = r.text("text").value;
    if (r.get("deliverable")) return t;
    t.metric = r.text("metric", true);
    t.op = r.choice("op", {">=", ">", "<=", "<", "==", "increase", "decrease", "improve"}, true);
    t.value = read_target_value(ctx, r.get("value"));
    t.baseline = r.number("baseline");
    const bool needs_value = !t.op.value.empty() && t.op.value != "improve";
    if (needs_value && std::holds_alternative<std::monostate>(t.value.value))
        ctx.error(n, "missing-field", {"missing-field", {"value", "target"}});
    // "improve" compares with the last level, never with a value: one given would be ignored.
    if (t.op.value == "improve" && r.get("value"))
        ctx.error(*r.get("value"), "invalid-value", {"improve-no-value", {}});
    return t;
}

Milestone read_milestone(const LoadContext& ctx, const YNode& n, int year, std::size_t index) {
    Milestone m;
    m.pos = ctx.pos(n);
    MapReader r(ctx, n, "milestone", {"id", "what", "timing", "due", "lead", "informed", "note"});
    if (!r.ok()) return m;
    m.id = r.text("id");
    if (!m.id.value.empty() && !is_milestone_id(m.id.value))
        ctx.error(*r.get("id"), "invalid-value", {"invalid-value", {"id", m.id.value, "bc-vp, tuan, m1 …"}});
    if (m.id.value.empty()) m.id = Text{"m" + std::to_string(index + 1), m.pos};
    m.what = r.text("what").value;
    m.timing = r.filled_text("timing");
    m.lead = r.text_list("lead");
    m.informed = r.text_list("informed");
    if (const YNode* due = r.get("due")) {
        m.due = read_due(ctx, *due, year);
        m.due_pos = ctx.pos(*due);
    }
    return m;
}

void read_milestones(const LoadContext& ctx, const MapReader& r, Task& t, int year) {
    if (const YNode* ms = r.sequence("milestones"))
        for (const auto& item : ms->items) t.milestones.push_back(read_milestone(ctx, *item, year, t.milestones.size()));
}

}  // namespace

std::vector<Target> read_targets(const LoadContext& ctx, const YNode& list) {
    std::vector<Target> out;
    if (!list.is_sequence()) {
        ctx.error(list, "wrong-type", {"wrong-type", {"targets", "@list", std::string("@") + kind_label(list.kind)}});
        return out;
    }
    for (const auto& item : list.items) out.push_back(read_target(ctx, *item));
    return out;
}

Task read_task(const LoadContext& ctx, const YNode& n, int year) {
    Task t;
    t.pos = ctx.pos(n);
    MapReader r(ctx, n, "task", {"id", "stt", "task", "criterion", "result", "targets", "timing", "due",
                                 "ongoing", "milestones", "lead", "support", "informed", "method", "note"});
    if (!r.ok()) return t;
    t.id = r.text("id", true);
    t.stt = r.text("stt");
    t.task = r.text("task", true);
    t.criterion = r.text("criterion").value;
    t.result = r.text("result");
    if (const YNode* targets = r.get("targets")) t.targets = read_targets(ctx, *targets);
    t.timing = r.filled_text("timing");
    if (const YNode* due = r.get("due")) {
        t.due = read_due(ctx, *due, year);
        t.due_pos = ctx.pos(*due);
    }
    t.ongoing = r.boolean("ongoing");
    if (const YNode* ongoing = r.get("ongoing")) t.ongoing_pos = ctx.pos(*ongoing);
    read_milestones(ctx, r, t, year);
    t.lead = r.text_list("lead");
    t.support = r.text_list("support");
    t.informed = r.text_list("informed");
    t.method = r.text("method");
    t.note = r.text("note").value;
    return t;
}

Task read_reporting(const LoadContext& ctx, const YNode& n, int year) {
    Task t;
    t.pos = ctx.pos(n);
    t.reporting = true;
    MapReader r(ctx, n, "reporting",
                {"id", "what", "lead", "support", "informed", "timing", "due", "milestones", "method", "note"});
    if (!r.ok()) return t;
    t.id = r.text("id", true);
    t.task = r.text("what", true);
    t.lead = r.text_list("lead");
    t.support = r.text_list("support");
    t.informed = r.text_list("informed");
    t.timing = r.filled_text("timing");
    read_milestones(ctx, r, t, year);
    if (const YNode* due = r.get("due")) {
        t.due = read_due(ctx, *due, year);
        t.due_pos = ctx.pos(*due);
    }
    t.method = r.text("method");
    t.note = r.text("note").value;
    return t;
}

}  // namespace cchc
