#pragma once
// References to tasks and events as users write them: "<plan>#<id>" with the plan as its
// full id (khanh-hoa/stttt/2024-x) or any trailing part of it, or the bare id when unique.
#include <string_view>
#include <vector>

#include "cchc/model.hpp"

namespace cchc {

struct TaskMatch {
    const Plan* plan = nullptr;
    const Task* task = nullptr;
};
struct EventMatch {
    const Plan* plan = nullptr;
    const Event* event = nullptr;
};

// True when `ref` is a suffix of `full` that starts at a boundary ('/', '#' or the start).
bool matches_ref_suffix(std::string_view full, std::string_view ref);

// Every task matching `ref`, restricted to `agency`'s plans when given.
std::vector<TaskMatch> find_tasks(const Repository& repo, std::string_view ref, const Agency* agency = nullptr);
std::vector<EventMatch> find_events(const Repository& repo, std::string_view ref, const Agency* agency = nullptr);

// Plans whose id is `name` or ends with it at a '/' boundary.
std::vector<const Plan*> find_plans(const Repository& repo, std::string_view name);

}  // namespace cchc
