#include "model/refs.hpp"

#include "base/ids.hpp"
#include "base/text.hpp"

namespace cchc {

namespace {

// matches_ref_suffix(plan_id + "#" + key, ref) without building that string: journals hold
// thousands of entries and each is looked up across every task of its agency.
bool matches_ref_suffix(std::string_view plan_id, std::string_view key, std::string_view ref) {
    const size_t full = plan_id.size() + 1 + key.size();
    if (ref.empty() || ref.size() > full) return false;
    auto at = [&](size_t i) { return i < plan_id.size() ? plan_id[i] : i == plan_id.size() ? '#' : key[i - plan_id.size() - 1]; };
    const size_t start = full - ref.size();
    for (size_t i = ref.size(); i-- > 0;)  // from the end: ids differ there first
        if (at(start + i) != ref[i]) return false;
    if (start == 0) return true;
    const char before = at(start - 1);
    return before == '/' || before == '#' || ref.front() == '#';
}

}  // namespace

std::vector<TaskMatch> find_tasks(const Repository& repo, std::string_view ref, const Agency* agency) {
    return find_tasks(PlansByAgency(repo), ref, agency);
}

std::vector<EventMatch> find_events(const Repository& repo, std::string_view ref, const Agency* agency) {
    return find_events(PlansByAgency(repo), ref, agency);
}

PlansByAgency::PlansByAgency(const Repository& repo) : repo_(repo) {
    all_.reserve(repo.plans.size());
    for (const auto& plan : repo.plans) {
        all_.push_back(&plan);
        by_agency_[plan.agency].push_back(&plan);
        const std::string_view id = plan.id;
        by_last_part_[id.substr(id.rfind('/') + 1)].push_back(&plan);  // npos + 1 = 0: the whole id
    }
}

const std::vector<const Plan*>& PlansByAgency::ending_with(std::string_view last_part) const {
    const auto it = by_last_part_.find(last_part);
    return it == by_last_part_.end() ? none_ : it->second;
}

const std::vector<const Plan*>& PlansByAgency::of(const Agency* agency) const {
    if (!agency) return all_;
    const auto it = by_agency_.find(agency);
    return it == by_agency_.end() ? none_ : it->second;
}

std::vector<TaskMatch> find_tasks(const PlansByAgency& plans, std::string_view ref, const Agency* agency) {
    std::vector<TaskMatch> out;
    for (const Plan* plan : plans.of(agency))
        for (const auto& task : plan->tasks)
            if (matches_ref_suffix(plan->id, task.id.value, ref)) out.push_back({plan, &task});
    return out;
}

std::vector<EventMatch> find_events(const PlansByAgency& plans, std::string_view ref, const Agency* agency) {
    std::vector<EventMatch> out;
    for (const Plan* plan : plans.of(agency))
        for (const auto& ev : plan->events)
            if (matches_ref_suffix(plan->id, ev.id.value, ref)) out.push_back({plan, &ev});
    return out;
}

std::vector<const Plan*> find_plans(const Repository& repo, std::string_view name) {
    return find_plans(PlansByAgency(repo), name);
}

std::vector<const Plan*> find_plans(const PlansByAgency& plans, std::string_view name) {
    // A plan id ending with `name` at a '/' has the same last part (the plan's file name).
    const size_t slash = name.rfind('/');
    const std::string_view last = slash == std::string_view::npos ? name : name.substr(slash + 1);
    std::vector<const Plan*> out;
    for (const Plan* plan : plans.ending_with(last))
        if (matches_ref_suffix(plan->id, name)) out.push_back(plan);
    // Else the end of a file name, as task references take it: "khac-phuc-par-sipas".
    if (out.empty())
        for (const Plan* plan : plans.of(nullptr))
            if (names_plan(*plan, name)) out.push_back(plan);
    return out;
}

bool names_plan(const Plan& plan, std::string_view name) {
    const std::string_view id = plan.id;
    if (name.empty() || name.size() > id.size() || id.substr(id.size() - name.size()) != name) return false;
    if (name.size() == id.size()) return true;
    const char before = id[id.size() - name.size() - 1];
    return before == '/' || before == '-';
}

namespace {

// "<plan>#<key>" split at the first '#'; no '#' = any plan.
struct TypedRef {
    bool any_plan = true;
    std::string_view plan, key;
};

TypedRef split_typed(std::string_view ref) {
    const size_t hash = ref.find('#');
    if (hash == std::string_view::npos) return {true, {}, ref};
    return {hash == 0, ref.substr(0, hash), ref.substr(hash + 1)};
}

}  // namespace

std::vector<TaskMatch> find_tasks_as_typed(const Repository& repo, std::string_view ref) {
    const TypedRef r = split_typed(ref);
    std::vector<TaskMatch> by_id, by_stt;
    if (r.key.empty()) return by_id;
    // An STT is compared as shown, but without regard to case or diacritics ("a)" "A)").
    const std::string key_folded = fold(r.key);
    for (const auto& plan : repo.plans) {
        if (!r.any_plan && !names_plan(plan, r.plan)) continue;
        for (const auto& task : plan.tasks) {
            if (task.id.value == r.key)
                by_id.push_back({&plan, &task});
            else if (!task.stt.value.empty() && fold(task.stt.value) == key_folded)
                by_stt.push_back({&plan, &task});
        }
    }
    return by_id.empty() ? by_stt : by_id;
}

std::vector<EventMatch> find_events_as_typed(const Repository& repo, std::string_view ref) {
    const TypedRef r = split_typed(ref);
    std::vector<EventMatch> out;
    for (const auto& plan : repo.plans) {
        if (!r.any_plan && !names_plan(plan, r.plan)) continue;
        for (const auto& ev : plan.events)
            if (ev.id.value == r.key) out.push_back({&plan, &ev});
    }
    return out;
}

}  // namespace cchc
