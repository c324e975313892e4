#pragma once
// References to tasks and events as users write them: "<plan>#<id>" with the plan as its
// full id (khanh-hoa/stttt/2024-x) or any trailing part of it, or the bare id when unique.
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/model.hpp"

namespace cchc {

struct TaskMatch {
    const Plan* plan = nullptr;
    const Task* task = nullptr;
};
struct EventMatch {
    const Plan* plan = nullptr;
    const Event* event = nullptr;
};

// Every task matching `ref`, restricted to `agency`'s plans when given.
std::vector<TaskMatch> find_tasks(const Repository& repo, std::string_view ref, const Agency* agency = nullptr);
std::vector<EventMatch> find_events(const Repository& repo, std::string_view ref, const Agency* agency = nullptr);

// The plans of each agency, in repository order, for lookups repeated per journal entry: a
// national repository has 10,000 agencies, and scanning every plan for each entry made
// loading quadratic.
class PlansByAgency {
public:
    explicit PlansByAgency(const Repository& repo);
    const Repository& repo() const { return repo_; }
    // The plans of `agency`; with nullptr, every plan of the repository.
    const std::vector<const Plan*>& of(const Agency* agency) const;
    // The plans whose id's last part (after its last '/': the file name) is `last_part`.
    const std::vector<const Plan*>& ending_with(std::string_view last_part) const;

private:
    const Repository& repo_;
    std::vector<const Plan*> all_;
    std::unordered_map<const Agency*, std::vector<const Plan*>> by_agency_;
    std::unordered_map<std::string_view, std::vector<const Plan*>> by_last_part_;  // views into the plans' ids
    std::vector<const Plan*> none_;
};

// find_tasks and find_events over an index built once for many lookups.
std::vector<TaskMatch> find_tasks(const PlansByAgency& plans, std::string_view ref, const Agency* agency);
std::vector<EventMatch> find_events(const PlansByAgency& plans, std::string_view ref, const Agency* agency);
// find_plans over the index: the same plans, in the same order.
std::vector<const Plan*> find_plans(const PlansByAgency& plans, std::string_view name);

// Plans whose id is `name` or ends with it at a '/' boundary.
std::vector<const Plan*> find_plans(const Repository& repo, std::string_view name);

// A plan as people type it on the command line: its whole id, or a trailing part that
// starts after a '/' or a '-' ("khac-phuc-par-sipas" for khanh-hoa/stttt/2024-khac-phuc-par-sipas).
bool names_plan(const Plan& plan, std::string_view name);

// A task as `cchc record` takes it: "<plan>#<id>" or "<plan>#<STT>" (the STT `due` shows),
// <plan> as names_plan reads it (empty = any plan), or a bare id or STT. Ids come first:
// the STT, which a plan may repeat, is looked up only when no task has that id, so a
// plan#id that `due --format json` or a journal gives is never ambiguous.
std::vector<TaskMatch> find_tasks_as_typed(const Repository& repo, std::string_view ref);
// An event: "<plan>#<event-id>" (plan as names_plan reads it) or a bare event id.
std::vector<EventMatch> find_events_as_typed(const Repository& repo, std::string_view ref);

}  // namespace cchc
