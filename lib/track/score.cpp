#include "track/score.hpp"

#include <algorithm>
#include <map>
#include <unordered_set>

#include "model/calendar_settings.hpp"
#include "state/computed_metrics.hpp"
#include "track/due.hpp"
#include "state/occurrence_state.hpp"
#include "state/journal_index.hpp"
#include "state/task_deadline.hpp"
#include "state/plan_lifecycle.hpp"
#include "model/refs.hpp"
#include "model/units.hpp"

namespace cchc {

void Rollup::add(TargetStatus s) {
    switch (s) {
        case TargetStatus::met: ++met; break;
        case TargetStatus::not_met: ++not_met; break;
        case TargetStatus::at_risk: ++at_risk; break;
        case TargetStatus::waiting: ++waiting; break;
        case TargetStatus::no_data: ++no_data; break;
    }
}

namespace {

struct Context {
    const Repository& repo;
    const ScoreQuery& q;
    const MetricHistory& history;
    const JournalIndex& journal;
    const Calendar& calendar;
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

// How `due` files an obligation, as a target status: overdue is not met, due soon at risk,
// waiting for an event is waiting; later, ongoing or undated is not judged yet.
TargetStatus status_of_group(DueGroup g) {
    switch (g) {
        case DueGroup::overdue: return TargetStatus::not_met;
        case DueGroup::due_soon:
        case DueGroup::awaiting: return TargetStatus::at_risk;
        case DueGroup::waiting: return TargetStatus::waiting;
        case DueGroup::ongoing:
        case DueGroup::no_date:
        case DueGroup::later: break;
    }
    return TargetStatus::no_data;
}

// The worst of what `due` lists for the task: its standing as a whole.
std::optional<DueGroup> worst_group(const TaskDue& due) {
    std::optional<DueGroup> worst;
    for (const auto& item : due.items)
        if (!worst || item.group < *worst) worst = item.group;
    return worst;
}

// The task's occurrences as `due` computes them (clipped to the plan's period).
std::vector<Occurrence> task_occurrences_of(const Plan& plan, const Task& task) {
    const TaskDeadline td = task_deadline(plan, task);
    if (!td.deadline) return {};
    return clip_to_plan(plan, *td.deadline, occurrences(*td.deadline, plan.year.value));
}

// The nth of a task's `count` deliverables, judged from what `due` lists for the task
// (task_due: the same computation), so `due` and `score` never disagree on an obligation.
// When the task has one occurrence per deliverable ("Báo cáo 6 tháng", "Báo cáo năm" for
// "Tháng 6, Tháng 12"), each is judged on its own occurrence; otherwise on the task as a whole.
TargetStatus deliverable_status(const Context& c, const Plan& plan, const Task& task, size_t nth, size_t count) {
    const TaskDue due = task_due(plan, task, c.journal, c.calendar, c.q.as_of, c.q.window,
                                 c.repo.settings.after_event_within);
    const auto occs = count > 1 ? task_occurrences_of(plan, task) : std::vector<Occurrence>{};
    if (count > 1 && occs.size() == count) {
        const auto states = apply_entries(occs, c.journal.statuses(plan, task));
        const OccurrenceState& s = states[nth];
        if (!s.open()) return s.done_on ? TargetStatus::met : TargetStatus::no_data;
        const std::string key = s.occ.key;
        for (const auto& item : due.items) {
            const bool named = !key.empty() && (item.occurrence == key ||
                                                std::find(item.missed.begin(), item.missed.end(), key) != item.missed.end());
            if (named || (key.empty() && item.due == s.last_day())) return status_of_group(item.group);
        }
        return TargetStatus::no_data;  // open, not the next one: later
    }
    if (auto g = worst_group(due)) return status_of_group(*g);
    return due.done > 0 ? TargetStatus::met : TargetStatus::no_data;
}

// A plan-level deliverable has no task: met never, judged by the plan year's end.
TargetStatus goal_deliverable_status(const Context& c, const std::optional<Date>& deadline) {
    if (deadline && *deadline < c.q.as_of) return TargetStatus::not_met;
    if (deadline && days_between(c.q.as_of, *deadline) <= c.q.window) return TargetStatus::at_risk;
    return TargetStatus::no_data;
}

TargetResult evaluate(const Context& c, const Plan& plan, const Task* task, const Target& t, size_t nth_deliverable,
                      size_t deliverables) {
    TargetResult r;
    r.plan = &plan;
    r.task = task;
    r.target = &t;
    r.deadline = target_deadline(plan, task);
    r.period.kind = Period::Kind::year;  // the plans set yearly targets: judged on the plan's year
    r.period.year = plan.year.value;
    if (!t.deliverable.empty()) {
        r.status = task ? deliverable_status(c, plan, *task, nth_deliverable, deliverables)
                        : goal_deliverable_status(c, r.deadline);
        if (r.status == TargetStatus::met) r.attainment.met = true;
        return r;
    }
    r.metric = plan.agency ? plan.agency->find_metric(t.metric.value) : nullptr;
    if (r.metric && plan.agency) {
        const Agency& agency = *plan.agency;
        if (r.metric->computed.empty()) {
            r.value = c.history.for_period(agency, r.metric->id, r.period, c.q.as_of);
            r.earlier = c.history.before_period(agency, r.metric->id, r.period, c.q.as_of);
        } else if ((r.computed = computed_value(plan, *r.metric, c.journal))) {
            r.value = r.computed->value;
        }
        const bool relative = t.op.value == "increase" || t.op.value == "decrease" || t.op.value == "improve";
        Period last_year = r.period;
        last_year.year -= 1;
        if (!relative) {
        } else if (t.baseline) r.baseline = t.baseline;
        else if (auto b = c.history.for_period(agency, r.metric->id, last_year, c.q.as_of); b && b->number)
            r.baseline = b->number;
    }
    r.attainment = evaluate_target(t, r.metric, r.value, r.baseline);
    r.status = status_of(r.attainment, r.deadline, c.q.as_of, c.q.window);
    // Not met while its task waits for an event: waiting, not at risk.
    if (task && r.status != TargetStatus::met) {
        const TaskDue due = task_due(plan, *task, c.journal, c.calendar, c.q.as_of, c.q.window,
                                 c.repo.settings.after_event_within);
        if (worst_group(due) == DueGroup::waiting) r.status = TargetStatus::waiting;
    }
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

std::vector<const Plan*> scored_plans(const Repository& repo, const std::vector<const Plan*>& plans,
                                      const JournalIndex& journal, bool include_closed) {
    PlanSelection sel = select_in_force(repo, plans, journal, include_closed);
    for (const Plan* p : sel.ended) {
        const PlanStanding st = plan_standing(*p, journal);
        if (!(Date{st.period.last.year + 1, 6, 30} < journal.as_of())) sel.in_force.push_back(p);
    }
    // In repository order, as select_in_force gives them (by index: finding each plan in the
    // list was quadratic in the plans).
    std::vector<char> scored(repo.plans.size(), 0);
    for (const Plan* p : sel.in_force)
        if (const auto i = repo.index_of(p)) scored[*i] = 1;
    std::vector<const Plan*> out;
    for (size_t i = 0; i < repo.plans.size(); ++i)
        if (scored[i]) out.push_back(&repo.plans[i]);
    return out;
}

std::vector<const Plan*> score_inputs(const Repository& repo, const ScoreQuery& q) {
    const JournalIndex journal(repo, q.as_of);  // closings only: they name plans, not tasks
    std::vector<const Plan*> out = scored_plans(repo, q.plans, journal, q.include_closed);
    std::unordered_set<const Agency*> seen;  // 8,000 agencies at national scale
    const size_t scored = out.size();
    for (size_t i = 0; i < scored; ++i) {
        const Agency* a = out[i]->agency;
        if (!a || !seen.insert(a).second) continue;
        for (const auto& m : a->metrics)
            if (!m.computed.empty() && !m.of.value.empty())
                for (const Plan* p : find_plans(journal.plans(), m.of.value))
                    if (p->agency == a) out.push_back(p);
    }
    return out;
}

ScoreReport compute_score(const Repository& repo, const ScoreQuery& q) {
    ScoreReport out;
    out.as_of = q.as_of;
    out.window = q.window;
    const MetricHistory history(repo);
    const JournalIndex journal(repo, q.as_of);
    const Calendar calendar = calendar_for(repo.settings);
    const Context c{repo, q, history, journal, calendar};
    for (const Plan* in_force : scored_plans(repo, q.plans, journal, q.include_closed)) {
        const Plan& plan = *in_force;
        if (!plan.agency) continue;
        require_body(plan);
        const UnitIndex& index = unit_index(*plan.agency);
        if (!q.units) {
            for (const auto& g : plan.goals)
                for (const auto& t : g.targets) {
                    TargetResult r = evaluate(c, plan, nullptr, t, 0, 0);
                    r.goal = &g;
                    r.index = r.metric ? r.metric->index : "";
                    out.targets.push_back(std::move(r));
                }
        }
        for (const auto& task : plan.tasks) {
            if (q.units && !role_for(*q.units, plan, task)) continue;
            const size_t deliverables = static_cast<size_t>(std::count_if(
                task.targets.begin(), task.targets.end(), [](const Target& t) { return !t.deliverable.empty(); }));
            size_t nth = 0;
            for (const auto& t : task.targets) {
                TargetResult r = evaluate(c, plan, &task, t, nth, deliverables);
                if (!t.deliverable.empty()) ++nth;
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
