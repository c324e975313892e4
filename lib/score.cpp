#include "cchc/score.hpp"

#include <algorithm>
#include <map>

#include "cchc/computed_metrics.hpp"
#include "cchc/journal_index.hpp"
#include "cchc/task_deadline.hpp"
#include "cchc/plan_lifecycle.hpp"
#include "cchc/units.hpp"

namespace cchc {

void Rollup::add(TargetStatus s) {
    switch (s) {
        case TargetStatus::met: ++met; break;
        case TargetStatus::not_met: ++not_met; break;
        case TargetStatus::at_risk: ++at_risk; break;
        case TargetStatus::no_data: ++no_data; break;
    }
}

namespace {

struct Context {
    const Repository& repo;
    const ScoreQuery& q;
    const MetricHistory& history;
    const JournalIndex& journal;
};

// The last day a task's targets are judged at: its last occurrence, else the plan year's end.
std::optional<Date> target_deadline(const Plan& plan, const Task* task) {
    const Date year_end{plan.year.value, 12, 31};
    if (!task) return year_end;
    const TaskDeadline td = task_deadline(plan, *task);
    if (!td.deadline) return year_end;
    const auto occs = occurrences(*td.deadline, plan.year.value);
    if (occs.empty()) return year_end;
    Date last = occs.front().last_day;
    for (const auto& o : occs) last = std::max(last, o.last_day);
    return last;
}

// Done as of the date: the latest of done / reopened entries decides.
bool task_done(const Context& c, const Plan& plan, const Task& task) {
    bool done = false;
    for (const auto& e : c.journal.statuses(plan, task)) {
        if (e.status == "done") done = true;
        else if (e.status == "in_progress" || e.status == "planned") done = false;
    }
    return done;
}

// A deliverable is met when its task is done; until then it is "no data", at risk once
// its deadline is within the window, not met once the deadline has passed.
TargetStatus deliverable_status(const Context& c, const Plan& plan, const Task* task, const std::optional<Date>& deadline) {
    if (task && task_done(c, plan, *task)) return TargetStatus::met;
    if (deadline && *deadline < c.q.as_of) return TargetStatus::not_met;
    if (deadline && days_between(c.q.as_of, *deadline) <= c.q.window) return TargetStatus::at_risk;
    return TargetStatus::no_data;
}

TargetResult evaluate(const Context& c, const Plan& plan, const Task* task, const Target& t) {
    TargetResult r;
    r.plan = &plan;
    r.task = task;
    r.target = &t;
    r.deadline = target_deadline(plan, task);
    if (!t.deliverable.empty()) {
        r.status = deliverable_status(c, plan, task, r.deadline);
        if (r.status == TargetStatus::met) r.attainment.met = true;
        return r;
    }
    r.metric = plan.agency ? plan.agency->find_metric(t.metric.value) : nullptr;
    if (r.metric && plan.agency) {
        r.value = r.metric->computed.empty() ? c.history.latest(*plan.agency, r.metric->id, c.q.as_of)
                                             : computed_value(c.repo, *plan.agency, *r.metric, c.journal);
        const bool relative = t.op.value == "increase" || t.op.value == "decrease" || t.op.value == "improve";
        if (!relative) {
        } else if (t.baseline) r.baseline = t.baseline;
        else if (auto b = c.history.of_year(*plan.agency, r.metric->id, plan.year.value - 1, c.q.as_of); b && b->number)
            r.baseline = b->number;
    }
    r.attainment = evaluate_target(t, r.metric, r.value, r.baseline);
    r.status = status_of(r.attainment, r.deadline, c.q.as_of, c.q.window);
    return r;
}

void add_rollups(ScoreReport& out) {
    std::map<std::string, Rollup> plan, section, index, unit;
    auto bump = [](std::map<std::string, Rollup>& m, const std::string& key, const std::string& label, TargetStatus s) {
        Rollup& r = m[key];
        r.key = key;
        if (r.label.empty()) r.label = label;
        r.add(s);
    };
    for (const auto& t : out.targets) {
        out.total.add(t.status);
        bump(plan, t.plan->id, t.plan->title.value, t.status);
        const Section* s = t.section.empty() ? nullptr : t.plan->find_section(t.section);
        bump(section, t.plan->stem + " " + (t.section.empty() ? "—" : t.section), s ? s->title : "", t.status);
        bump(index, t.index.empty() ? "—" : t.index, "", t.status);
        for (const auto& u : t.units)
            bump(unit, t.plan->agency ? t.plan->agency->unit_key(u) : u, t.plan->agency ? unit_label(*t.plan->agency, u) : u,
                 t.status);
        if (t.units.empty()) bump(unit, "—", "", t.status);
    }
    for (auto [m, v] : {std::pair{&plan, &out.by_plan}, {&section, &out.by_section}, {&index, &out.by_index}, {&unit, &out.by_unit}})
        for (auto& [k, r] : *m) v->push_back(r);
}

}  // namespace

ScoreReport compute_score(const Repository& repo, const ScoreQuery& q) {
    ScoreReport out;
    out.as_of = q.as_of;
    out.window = q.window;
    const MetricHistory history(repo);
    const JournalIndex journal(repo, q.as_of);
    const Context c{repo, q, history, journal};
    for (const Plan* in_force : select_in_force(repo, q.plans, journal, q.include_closed).in_force) {
        const Plan& plan = *in_force;
        if (!plan.agency) continue;
        const UnitIndex& index = unit_index(*plan.agency);
        if (!q.units) {
            for (const auto& g : plan.goals)
                for (const auto& t : g.targets) {
                    TargetResult r = evaluate(c, plan, nullptr, t);
                    r.goal = &g;
                    r.index = r.metric ? r.metric->index : "";
                    out.targets.push_back(std::move(r));
                }
        }
        for (const auto& task : plan.tasks) {
            if (q.units && !role_for(*q.units, plan, task)) continue;
            for (const auto& t : task.targets) {
                TargetResult r = evaluate(c, plan, &task, t);
                r.section = task.section;
                r.index = !task.index.empty() ? task.index : r.metric ? r.metric->index : "";
                for (const auto& u : index.expand_all(task.lead, false)) r.units.push_back(u);
                out.targets.push_back(std::move(r));
            }
        }
    }
    add_rollups(out);
    return out;
}

}  // namespace cchc
