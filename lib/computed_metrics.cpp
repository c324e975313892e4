#include "cchc/computed_metrics.hpp"

#include "cchc/occurrence_state.hpp"
#include "cchc/refs.hpp"
#include "cchc/task_deadline.hpp"

namespace cchc {

namespace {

// A task counts as done when it has a done entry and no occurrence is left open. Its
// timeliness: extended if any occurrence was extended (done or not: the extension already
// happened); late if an occurrence was done late or is still open past its last day;
// otherwise early or on time by its last done occurrence.
void tally_task(const Plan& plan, const Task& task, const JournalIndex& journal, TaskTally& t) {
    ++t.total;
    const TaskDeadline td = task_deadline(plan, task);
    std::vector<Occurrence> occs;
    if (td.deadline) occs = occurrences(*td.deadline, plan.year.value);
    const bool dated = !occs.empty();
    if (!dated) occs.push_back(Occurrence{});
    const auto states = apply_entries(occs, journal.statuses(plan, task));
    bool open = false, extended = false, late = false;
    const OccurrenceState* last_done = nullptr;
    for (const auto& s : states) {
        extended = extended || s.extended_to.has_value();
        if (s.open()) {
            open = true;
            late = late || (dated && s.last_day() < journal.as_of());
        } else if (s.done_on) {
            late = late || (dated && s.occ.last_day < *s.done_on && !s.extended_to);
            if (!last_done || *last_done->done_on < *s.done_on) last_done = &s;
        }
    }
    if (!open && last_done) ++t.done;
    if (extended) ++t.extended;
    else if (late) ++t.late;
    else if (!open && last_done && dated) (*last_done->done_on < last_done->occ.last_day ? t.early : t.on_time)++;
}

}  // namespace

TaskTally tally_tasks(const std::vector<const Plan*>& plans, const JournalIndex& journal) {
    TaskTally t;
    for (const Plan* p : plans)
        for (const auto& task : p->tasks)
            if (!task.reporting) tally_task(*p, task, journal, t);
    return t;
}

std::optional<MetricValue> computed_value(const Repository& repo, const Agency& agency, const Metric& m,
                                          const JournalIndex& journal) {
    if (m.computed.empty()) return std::nullopt;
    std::vector<const Plan*> plans;
    for (const Plan* p : m.of.value.empty() ? std::vector<const Plan*>{} : find_plans(repo, m.of.value))
        if (p->agency == &agency) plans.push_back(p);
    if (m.of.value.empty())
        for (const auto& p : repo.plans)
            if (p.agency == &agency) plans.push_back(&p);
    const TaskTally t = tally_tasks(plans, journal);
    if (t.total == 0) return std::nullopt;
    auto share = [&](int n) { return 100.0 * n / t.total; };
    MetricValue v;
    v.date = journal.as_of();
    v.source = "cchc";
    if (m.computed == "done_share") v.number = share(t.done);
    else if (m.computed == "on_time_share") v.number = share(t.early + t.on_time);
    else if (m.computed == "early_share") v.number = share(t.early);
    else if (m.computed == "late_count") v.number = t.late;
    else if (m.computed == "extended_count") v.number = t.extended;
    else return std::nullopt;
    return v;
}

}  // namespace cchc
