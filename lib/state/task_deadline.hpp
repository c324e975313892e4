#pragma once
// The deadline a task is held to: its structured `due`, else its milestones (those without
// a lead of their own), else the reading of its timing text, else the plan-wide default
// (seed 002), else none. Internal milestones (with their own lead) are separate deadlines.
#include <optional>
#include <string>

#include "time/deadline.hpp"
#include "model/model.hpp"

namespace cchc {

struct TaskDeadline {
    enum class Source { structured, milestones, timing, plan_default, none };
    std::optional<Deadline> deadline;
    Source source = Source::none;
    std::string error;  // the parser's reason when the text could not be read
};

TaskDeadline task_deadline(const Plan& plan, const Task& task);

// An internal milestone's deadline: its `due`, else its timing text read.
TaskDeadline milestone_deadline(const Plan& plan, const Milestone& m);

// The plan-wide default (default_due, else default_timing read), if any.
std::optional<Deadline> plan_default_deadline(const Plan& plan);

}  // namespace cchc
