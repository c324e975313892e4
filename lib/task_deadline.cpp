#include "cchc/task_deadline.hpp"

#include "cchc/timing.hpp"

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

}  // namespace

TaskDeadline milestone_deadline(const Plan& plan, const Milestone& m) {
    TaskDeadline out;
    if (m.due) {
        out.deadline = m.due;
        out.source = TaskDeadline::Source::structured;
        return out;
    }
    TimingParse p = parse_timing(m.timing.value, plan.year.value);
    out.deadline = p.deadline;
    out.error = p.error;
    if (p.deadline) out.source = TaskDeadline::Source::timing;
    return out;
}

TaskDeadline task_deadline(const Plan& plan, const Task& task) {
    TaskDeadline out;
    if (task.due) {
        out.deadline = task.due;
        out.source = TaskDeadline::Source::structured;
        return out;
    }
    if (has_own_milestones(task)) return from_milestones(plan, task);
    if (!task.timing.value.empty()) {
        TimingParse p = parse_timing(task.timing.value, plan.year.value);
        out.deadline = p.deadline;
        out.error = p.error;
        out.source = p.deadline ? TaskDeadline::Source::timing : TaskDeadline::Source::none;
        return out;
    }
    if (auto d = plan_default_deadline(plan)) {
        out.deadline = d;
        out.source = TaskDeadline::Source::plan_default;
    }
    return out;
}

}  // namespace cchc
