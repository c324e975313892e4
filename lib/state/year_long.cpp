#include "state/year_long.hpp"

#include "state/plan_lifecycle.hpp"
#include "state/task_deadline.hpp"

namespace cchc {

namespace {

bool has_deliverable(const Task& task) {
    for (const auto& t : task.targets)
        if (!t.deliverable.empty()) return true;
    return false;
}

}  // namespace

bool year_long(const Plan& plan, const Task& task, const Deadline& d) {
    if (task.reporting || d.kind != Deadline::Kind::within) return false;
    if (task.ongoing) return *task.ongoing;
    return d.period.kind == Period::Kind::year && d.period.year == plan.year.value && !d.period_until &&
           !has_deliverable(task);
}

std::optional<AnnualReport> annual_report(const Plan& plan, const Calendar& calendar) {
    std::optional<AnnualReport> one_off, recurring;
    for (const auto& task : plan.tasks) {
        if (!task.reporting) continue;
        const TaskDeadline td = task_deadline(plan, task);
        if (!td.deadline) continue;
        const Deadline& d = *td.deadline;
        auto occs = plan_occurrences(plan, d, calendar);
        if (occs.empty()) continue;
        if (occs.size() == 1) {
            if (!one_off || one_off->occurrence.last_day < occs.front().last_day)
                one_off = AnnualReport{&task, occs.front(), occs};
            continue;
        }
        for (const auto& o : occs)
            if (o.last_day.year == plan.year.value && (!recurring || recurring->occurrence.last_day < o.last_day))
                recurring = AnnualReport{&task, o, occs};
    }
    return one_off ? one_off : recurring;
}

}  // namespace cchc
