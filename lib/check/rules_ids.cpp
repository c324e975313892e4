// duplicate-id, duplicate-stt
#include <map>

#include "check/rules.hpp"

namespace cchc {

void check_duplicate_ids(const Plan& plan, Diagnostics& diags) {
    // A task id, or a section id, used twice: said at the second, naming the first's line.
    auto repeats = [&](const auto& items, const char* message) {
        std::map<std::string, const Pos*> seen;
        for (const auto& x : items) {
            if (x.id.value.empty()) continue;
            auto [it, fresh] = seen.emplace(x.id.value, &x.id.pos);
            if (!fresh)
                diags.add(diagnostic_at(x.id.pos, Severity::error, "duplicate-id",
                                        {message, {x.id.value, std::to_string(it->second->line)}}));
        }
    };
    repeats(plan.tasks, "duplicate-id");
    repeats(plan.sections, "duplicate-id-section");
}

void check_duplicate_group_ids(const Repository& repo, Diagnostics& diags) {
    for (const auto& a : repo.agencies)
        for (const auto& g : a->groups)
            if (a->find_unit(g.id))
                diags.add(diagnostic_at(g.pos, Severity::error, "duplicate-id", {"duplicate-id-unit", {g.id}}));
}

void check_duplicate_ids(const Repository& repo, Diagnostics& diags) {
    for (const auto& plan : repo.plans) check_duplicate_ids(plan, diags);
    check_duplicate_group_ids(repo, diags);
}

// The originals number rows within a section; a repeat there is usually the original's
// own slip (kept verbatim), so it is only a warning.
void check_duplicate_stt(const Plan& plan, Diagnostics& diags) {
    std::map<std::pair<std::string, std::string>, const Pos*> seen;
    for (const auto& t : plan.tasks) {
        // Bullets ("-", "+") mark rows without a number: nothing to duplicate.
        if (t.stt.value.empty() || t.reporting || t.stt.value.find_first_not_of("-+*• ") == std::string::npos)
            continue;
        auto [it, fresh] = seen.emplace(std::make_pair(t.section, t.stt.value), &t.stt.pos);
        if (!fresh)
            diags.add(diagnostic_at(t.stt.pos, Severity::warning, "duplicate-stt",
                                    {"duplicate-stt", {t.stt.value, std::to_string(it->second->line)}}));
    }
}

void check_duplicate_stt(const Repository& repo, Diagnostics& diags) {
    for (const auto& plan : repo.plans) check_duplicate_stt(plan, diags);
}

}  // namespace cchc
