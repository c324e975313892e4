// timing-unparsed, timing-mismatch, deadline-outside-plan-year, deadline-far-from-plan,
// ongoing-not-period
#include <algorithm>

#include "state/plan_lifecycle.hpp"
#include "check/rules.hpp"
#include "state/task_deadline.hpp"
#include "time/timing.hpp"

namespace cchc {

namespace {

void unparsed(const Text& timing, int year, Diagnostics& diags) {
    if (timing.value.empty()) return;
    TimingParse p = parse_timing(timing.value, year);
    if (!p.deadline)
        diags.add(diagnostic_at(timing.pos, Severity::error, "timing-unparsed", {"timing-unparsed", {timing.value, p.error}}));
}

}  // namespace

// Unknown wording is never guessed: without a structured `due` it is an error.
void check_timing_unparsed(const Plan& plan, Diagnostics& diags) {
    if (!plan.default_due) unparsed(plan.default_timing, plan.year.value, diags);
    for (const auto& t : plan.tasks) {
        const bool own_milestones =
            std::any_of(t.milestones.begin(), t.milestones.end(), [](const Milestone& m) { return !m.internal(); });
        if (!t.due && !own_milestones) unparsed(t.timing, plan.year.value, diags);
        for (const auto& m : t.milestones)
            if (!m.due) unparsed(m.timing, plan.year.value, diags);
    }
}

void check_timing_unparsed(const Repository& repo, Diagnostics& diags) {
    for (const auto& plan : repo.plans) check_timing_unparsed(plan, diags);
}

void check_timing_mismatch(const Plan& plan, Diagnostics& diags) {
    auto compare = [&](const Text& timing, const std::optional<Deadline>& due, const Pos& due_pos, int year) {
        if (!due || timing.value.empty()) return;
        TimingParse p = parse_timing(timing.value, year);
        if (p.deadline && !same_reading(*p.deadline, *due))
            diags.add(diagnostic_at(due_pos, Severity::error, "timing-mismatch",
                                    {"timing-mismatch", {describe(*due), timing.value, describe(*p.deadline)}}));
    };
    compare(plan.default_timing, plan.default_due, plan.default_due_pos, plan.year.value);
    for (const auto& t : plan.tasks) {
        compare(t.timing, t.due, t.due_pos, plan.year.value);
        for (const auto& m : t.milestones) compare(m.timing, m.due, m.due_pos, plan.year.value);
    }
}

void check_timing_mismatch(const Repository& repo, Diagnostics& diags) {
    for (const auto& plan : repo.plans) check_timing_mismatch(plan, diags);
}

// `ongoing: true` makes a year-long activity of a deadline "within a period" only
// (year_long.hpp); on a date, a recurring duty or an event it would be silently ignored.
void check_ongoing_kind(const Plan& plan, Diagnostics& diags) {
    for (const auto& t : plan.tasks) {
        if (!t.ongoing || !*t.ongoing) continue;
        const TaskDeadline td = task_deadline(plan, t);
        if (td.deadline && td.deadline->kind != Deadline::Kind::within)
            diags.add(diagnostic_at(t.ongoing_pos, Severity::warning, "ongoing-not-period",
                                    {"ongoing-not-period", {t.id.value, describe(*td.deadline)}}));
    }
}

void check_deadline_year(const Plan& plan, Diagnostics& diags) {
    const int year = plan.year.value;
    if (year == 0) return;  // no year: said elsewhere
    // A year next to the plan's period may be meant (a deadline in January after a plan of
    // last year); one further away is a typo ("20/12/2042" in a 2024 plan), an error.
    const PlanPeriod period = plan_period(plan);
    const int near_first = std::min(year, period.first.year) - 1, near_last = std::max(year, period.last.year) + 1;
    for (const auto& t : plan.tasks) {
        const TaskDeadline td = task_deadline(plan, t);
        if (!td.deadline) continue;
        for (const auto& occ : occurrences(*td.deadline, year)) {
            if (occ.last_day.year == year) continue;
            const Pos& at = t.due ? t.due_pos : (t.timing.pos.file ? t.timing.pos : t.pos);
            if (occ.last_day.year < near_first || occ.last_day.year > near_last)
                diags.add(diagnostic_at(at, Severity::error, "deadline-far-from-plan",
                                        {"deadline-far-from-plan", {occ.last_day.dmy(), std::to_string(near_first + 1),
                                                                    std::to_string(near_last - 1)}}));
            else
                diags.add(diagnostic_at(at, Severity::warning, "deadline-outside-plan-year",
                                        {"deadline-outside-plan-year", {occ.last_day.dmy(), std::to_string(year)}}));
            break;
        }
    }
}

void check_deadline_year(const Repository& repo, Diagnostics& diags) {
    for (const auto& plan : repo.plans) check_deadline_year(plan, diags);
}

}  // namespace cchc
