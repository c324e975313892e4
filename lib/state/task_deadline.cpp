#include "state/task_deadline.hpp"

#include "time/timing.hpp"

namespace cchc {

std::optional<Deadline> plan_default_deadline(const Plan& plan) {
    if (plan.default_due) return plan.default_due;
    if (plan.default_timing.value.empty()) return std::nullopt;
    return parse_timing(plan.default_timing.value, plan.year.value).deadline;
}

namespace {

// Milestones written as a list: each its own due, else its timing text.
TaskDeadline from_milestones(const Plan& plan, const Task& task) {
    TaskDeadline out;
    Deadline d;
    d.kind = Deadline::Kind::milestones;
    for (const auto& m : task.milestones) {
        if (m.internal()) continue;
        std::optional<Deadline> part = m.due;
        if (!part) {
            TimingParse p = parse_timing(m.timing.value, plan.year.value);
            if (!p.deadline) {
                out.error = p.error;
                return out;
            }
            part = p.deadline;
        }
        part->label = m.what.empty() ? m.timing.value : m.what;
        d.parts.push_back(*part);
    }
    out.deadline = d;
    out.source = TaskDeadline::Source::milestones;
    return out;
}

bool has_own_milestones(const Task& task) {
    for (const auto& m : task.milestones)
        if (!m.internal()) return true;
    return false;
}

// The structured `due` as written, else the reading of the timing text.
TaskDeadline due_or_timing(const Plan& plan, const std::optional<Deadline>& due, const Text& timing) {
    TaskDeadline out;
    if (due) {
        out.deadline = due;
        out.source = TaskDeadline::Source::structured;
        return out;
    }
    TimingParse p = parse_timing(timing.value, plan.year.value);
    out.deadline = p.deadline;
    out.error = p.error;
    out.source = p.deadline ? TaskDeadline::Source::timing : TaskDeadline::Source::none;
    return out;
}

}  // namespace

TaskDeadline milestone_deadline(const Plan& plan, const Milestone& m) { return due_or_timing(plan, m.due, m.timing); }

TaskDeadline task_deadline(const Plan& plan, const Task& task) {
    if (!task.due && has_own_milestones(task)) return from_milestones(plan, task);
    if (task.due || !task.timing.value.empty()) return due_or_timing(plan, task.due, task.timing);
    TaskDeadline out;
    if (auto d = plan_default_deadline(plan)) {
        out.deadline = d;
        out.source = TaskDeadline::Source::plan_default;
    }
    return out;
}

}  // namespace cchc
