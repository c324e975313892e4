#include "state/computed_metrics.hpp"

#include <algorithm>

#include "state/plan_lifecycle.hpp"

#include "state/occurrence_state.hpp"
#include "model/refs.hpp"
#include "state/task_deadline.hpp"

namespace cchc {

namespace {

// A task is counted once its last planned deadline has passed. It counts as done when it has
// a done entry and no occurrence it owes (occurrence_owed) is left open. Its
// timeliness: extended if any occurrence was extended (done or not: the extension already
// happened); late if an occurrence was done late or is still open past its last day;
// otherwise early or on time by its last done occurrence.
void tally_task(const Plan& plan, const Task& task, const JournalIndex& journal, TaskTally& t) {
    const TaskDeadline td = task_deadline(plan, task);
    std::vector<Occurrence> occs;
    if (td.deadline) occs = clip_to_plan(plan, *td.deadline, occurrences(*td.deadline, plan.year.value));
    if (occs.empty()) return;  // no date of its own: never "due"
    Date last = occs.front().last_day;
    for (const auto& o : occs) last = std::max(last, o.last_day);
    if (journal.as_of() < last) return;  // not yet due
    ++t.total;
    const auto states = apply_entries(occs, journal.statuses(plan, task));
    bool open = false, extended = false, late = false;
    const OccurrenceState* last_done = nullptr;
    for (const auto& s : states) {
        extended = extended || s.extended_to.has_value();
        if (s.open()) {
            if (!occurrence_owed(plan, *td.deadline, s.occ)) continue;  // as `due`: not owed, not open
            open = true;
            late = late || s.last_day() < journal.as_of();
        } else if (s.done_on) {
            late = late || (s.occ.last_day < *s.done_on && !s.extended_to);
            if (!last_done || *last_done->done_on < *s.done_on) last_done = &s;
        }
    }
    if (!open && last_done) ++t.done;
    if (extended) ++t.extended;
    else if (late) ++t.late;
    else if (!open && last_done) (*last_done->done_on < last_done->occ.last_day ? t.early : t.on_time)++;
}

}  // namespace

TaskTally tally_tasks(const std::vector<const Plan*>& plans, const JournalIndex& journal) {
    TaskTally t;
    for (const Plan* p : plans) {
        require_body(*p);
        for (const auto& task : p->tasks)
            if (!task.reporting) tally_task(*p, task, journal, t);
    }
    return t;
}

std::optional<ComputedValue> computed_value(const Plan& plan, const Metric& m,
                                            const JournalIndex& journal) {
    if (m.computed.empty()) return std::nullopt;
    ComputedValue out;
    if (!m.of.value.empty()) {
        for (const Plan* p : find_plans(journal.plans(), m.of.value))
            if (p->agency == plan.agency) out.plans.push_back(p);
    } else {
        out.plans.push_back(&plan);
    }
    const TaskTally t = tally_tasks(out.plans, journal);
    if (t.total == 0) return std::nullopt;
    out.total = t.total;
    if (m.computed == "done_share") out.part = t.done;
    else if (m.computed == "on_time_share") out.part = t.early + t.on_time;
    else if (m.computed == "early_share") out.part = t.early;
    else if (m.computed == "late_count") out.part = t.late, out.share = false;
    else if (m.computed == "extended_count") out.part = t.extended, out.share = false;
    else return std::nullopt;
    MetricValue& v = out.value;
    v.number = out.share ? 100.0 * out.part / out.total : out.part;
    v.date = journal.as_of();
    // A reading on the date, or the whole year once the plan's year is over.
    Period year;
    year.year = plan.year.value;
    v.measured = year.last_day() < journal.as_of() ? year : measured_period("", journal.as_of());
    v.source = "cchc";
    return out;
}

}  // namespace cchc
