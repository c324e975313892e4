#include "cchc/unit_filter.hpp"

#include <algorithm>

#include "cchc/units.hpp"

namespace cchc {

std::optional<UnitFilter> make_unit_filter(const Repository& repo, std::string_view text,
                                           std::vector<std::string>& suggestions) {
    UnitFilter f;
    for (const auto& a : repo.agencies) {
        const UnitIndex& index = unit_index(*a);
        if (auto ref = index.resolve(text)) {
            f.units[a.get()] = index.expand(*ref);
            continue;
        }
        for (auto& s : index.suggest(text))
            if (std::find(suggestions.begin(), suggestions.end(), s) == suggestions.end()) suggestions.push_back(s);
    }
    if (f.units.empty()) return std::nullopt;
    return f;
}

std::optional<Role> role_for(const UnitFilter& filter, const Plan& plan, const Task& task) {
    auto it = filter.units.find(plan.agency);
    if (it == filter.units.end()) return std::nullopt;
    const UnitIndex& index = unit_index(*plan.agency);
    auto covers = [&](const std::vector<Text>& refs) {
        // Without children: a task led by VP is VP's, and also a sub-unit's only if named.
        for (const auto& code : index.expand_all(refs, false))
            if (it->second.count(code)) return true;
        return false;
    };
    if (covers(task.lead)) return Role::lead;
    if (covers(task.support)) return Role::support;
    return std::nullopt;
}

std::string join_refs(const std::vector<Text>& refs) {
    std::string out;
    for (const auto& r : refs) out += (out.empty() ? "" : ", ") + r.value;
    return out;
}

}  // namespace cchc
