#include "cchc/refs.hpp"

namespace cchc {

bool matches_ref_suffix(std::string_view full, std::string_view ref) {
    if (ref.empty() || ref.size() > full.size() || full.substr(full.size() - ref.size()) != ref) return false;
    if (ref.size() == full.size()) return true;
    const char before = full[full.size() - ref.size() - 1];
    return before == '/' || before == '#' || ref.front() == '#';
}

std::vector<TaskMatch> find_tasks(const Repository& repo, std::string_view ref, const Agency* agency) {
    std::vector<TaskMatch> out;
    for (const auto& plan : repo.plans) {
        if (agency && plan.agency != agency) continue;
        for (const auto& task : plan.tasks) {
            if (matches_ref_suffix(plan.id + "#" + task.id.value, ref)) out.push_back({&plan, &task});
        }
    }
    return out;
}

std::vector<EventMatch> find_events(const Repository& repo, std::string_view ref, const Agency* agency) {
    std::vector<EventMatch> out;
    for (const auto& plan : repo.plans) {
        if (agency && plan.agency != agency) continue;
        for (const auto& ev : plan.events)
            if (matches_ref_suffix(plan.id + "#" + ev.id.value, ref)) out.push_back({&plan, &ev});
    }
    return out;
}

std::vector<const Plan*> find_plans(const Repository& repo, std::string_view name) {
    std::vector<const Plan*> out;
    for (const auto& plan : repo.plans)
        if (matches_ref_suffix(plan.id, name)) out.push_back(&plan);
    return out;
}

}  // namespace cchc
