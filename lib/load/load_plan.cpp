#include "load/load_plan.hpp"

#include <tuple>

#include "load/load_due.hpp"
#include "load/load_task.hpp"

namespace cchc {

namespace {

std::vector<std::string> texts(const MapReader& r, std::string_view key) {
    std::vector<std::string> out;
    for (auto& t : r.text_list(key)) out.push_back(std::move(t.value));
    return out;
}

void read_sections(const LoadContext& ctx, const YNode& list, Plan& plan, const std::string& parent,
                   const std::string& parent_index, int depth);

void read_section(const LoadContext& ctx, const YNode& n, Plan& plan, const std::string& parent,
                  const std::string& parent_index, int depth) {
    Section s;
    s.pos = ctx.pos(n);
    MapReader r(ctx, n, "section", {"id", "stt", "title", "index", "text", "sections", "tasks", "note"});
    if (!r.ok()) return;
    s.id = r.text("id", true);
    s.stt = r.text("stt").value;
    s.title = r.text("title", true).value;
    s.index = r.text("index").value;
    if (s.index.empty()) s.index = parent_index;
    s.text = r.text("text").value;
    s.parent = parent;
    s.depth = depth;
    const std::string id = s.id.value, index = s.index;
    plan.sections.push_back(std::move(s));
    if (const YNode* tasks = r.sequence("tasks")) {
        for (const auto& item : tasks->items) {
            // "- section: {…}" sets a sub-section between tasks, where the original has it.
            if (item->is_map() && item->entries.size() == 1 && item->find("section")) {
                read_section(ctx, *item->find("section"), plan, id, index, depth + 1);
                continue;
            }
            Task t = read_task(ctx, *item, plan.year.value);
            t.section = id;
            t.index = index;
            plan.tasks.push_back(std::move(t));
        }
    }
    if (const YNode* subs = r.sequence("sections")) read_sections(ctx, *subs, plan, id, index, depth + 1);
}

void read_sections(const LoadContext& ctx, const YNode& list, Plan& plan, const std::string& parent,
                   const std::string& parent_index, int depth) {
    for (const auto& item : list.items) read_section(ctx, *item, plan, parent, parent_index, depth);
}

void read_goals(const LoadContext& ctx, const YNode& list, Plan& plan) {
    for (const auto& item : list.items) {
        Goal g;
        g.pos = ctx.pos(*item);
        MapReader r(ctx, *item, "goal", {"text", "targets", "note"});
        if (!r.ok()) continue;
        g.text = r.text("text", true).value;
        if (const YNode* t = r.get("targets")) g.targets = read_targets(ctx, *t);
        plan.goals.push_back(std::move(g));
    }
}

void read_events(const LoadContext& ctx, const YNode& map, Plan& plan) {
    for (const auto& [k, v] : map.entries) {
        if (!check_code(ctx, *k, "event")) continue;
        Event e;
        e.id = Text{k->value, ctx.pos(*k)};
        MapReader r(ctx, *v, "event " + k->value, {"name", "expected", "note"});
        if (!r.ok()) continue;
        e.name = r.text("name", true).value;
        const Text exp = r.text("expected");
        if (!exp.value.empty()) {
            e.expected = parse_period(exp.value);
            if (!e.expected) ctx.error(*r.get("expected"), "invalid-due", {"invalid-due", {exp.value, "YYYY-QN, YYYY-MM …"}});
        }
        plan.events.push_back(std::move(e));
    }
}

void read_assignments(const LoadContext& ctx, const YNode& list, Plan& plan) {
    for (const auto& item : list.items) {
        Assignment a;
        a.pos = ctx.pos(*item);
        MapReader r(ctx, *item, "assignment", {"text", "lead", "support", "note"});
        if (!r.ok()) continue;
        a.text = r.text("text", true).value;
        a.lead = r.text_list("lead");
        a.support = r.text_list("support");
        plan.assignments.push_back(std::move(a));
    }
}

void read_signer(const LoadContext& ctx, const MapReader& r, Plan& plan) {
    const YNode* n = r.mapping("signer");
    if (!n) return;
    MapReader s(ctx, *n, "signer", {"name", "title", "note"});
    plan.signer_name = s.text("name").value;
    plan.signer_title = s.text("title").value;
}

}  // namespace

void load_plan(const LoadContext& ctx, const YNode& root, Plan& plan) {
    MapReader r(ctx, root, "plan", {"number", "issued", "year", "place", "title", "signer", "basis", "purposes",
                                    "requirements", "notes", "goals", "default_timing", "default_due", "events",
                                    "reporting", "sections", "assignments", "from", "until"});
    if (!r.ok()) return;
    if (auto y = r.integer("year", true)) {
        plan.year = *y;
        // A typo (0, 202, 20244) would put every deadline in another age.
        if (y->value < kMinPlanYear || y->value > kMaxPlanYear) {
            ctx.error(*r.get("year"), "invalid-value",
                      {"year-range", {std::to_string(y->value), std::to_string(kMinPlanYear), std::to_string(kMaxPlanYear)}});
            plan.year.value = 0;
        }
    }
    plan.number = r.text("number");
    plan.issued = r.filled_text("issued");
    if (!plan.issued.value.empty() && !parse_period(plan.issued.value))
        ctx.error(*r.get("issued"), "invalid-date", {"invalid-date", {plan.issued.value}});
    // from/until: a date or a period (2025, 2025-H1 …); from takes its first day, until its last.
    for (auto [key, out, first] : {std::tuple{"from", &plan.from, true}, std::tuple{"until", &plan.until, false}}) {
        const Text t = r.text(key);
        if (t.value.empty()) continue;
        if (auto p = parse_period(t.value)) *out = Located<Date>{first ? p->first_day() : p->last_day(), t.pos};
        else ctx.error(*r.get(key), "invalid-date", {"invalid-date", {t.value}});
    }
    plan.title = r.text("title", true);
    plan.place = r.text("place");
    read_signer(ctx, r, plan);
    plan.basis = texts(r, "basis");
    plan.purposes = texts(r, "purposes");
    plan.requirements = texts(r, "requirements");
    plan.notes = texts(r, "notes");
    plan.default_timing = r.filled_text("default_timing");
    if (const YNode* d = r.get("default_due")) {
        plan.default_due = read_due(ctx, *d, plan.year.value);
        plan.default_due_pos = ctx.pos(*d);
    }
    if (const YNode* g = r.sequence("goals")) read_goals(ctx, *g, plan);
    if (const YNode* e = r.mapping("events")) read_events(ctx, *e, plan);
    if (const YNode* s = r.sequence("sections")) read_sections(ctx, *s, plan, "", "", 0);
    if (const YNode* rep = r.sequence("reporting"))
        for (const auto& item : rep->items) plan.tasks.push_back(read_reporting(ctx, *item, plan.year.value));
    if (const YNode* a = r.sequence("assignments")) read_assignments(ctx, *a, plan);
}

}  // namespace cchc
