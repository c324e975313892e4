// duplicate-id, duplicate-stt
#include <map>

#include "check/rules.hpp"

namespace cchc {

void check_duplicate_ids(const Plan& plan, Diagnostics& diags) {
    std::map<std::string, const Pos*> tasks, sections;
    for (const auto& t : plan.tasks) {
        if (t.id.value.empty()) continue;
        auto [it, fresh] = tasks.emplace(t.id.value, &t.id.pos);
        if (!fresh)
            diags.add(diagnostic_at(t.id.pos, Severity::error, "duplicate-id",
                                    {"duplicate-id", {t.id.value, std::to_string(it->second->line)}}));
    }
    for (const auto& s : plan.sections) {
        if (s.id.value.empty()) continue;
        auto [it, fresh] = sections.emplace(s.id.value, &s.id.pos);
        if (!fresh)
            diags.add(diagnostic_at(s.id.pos, Severity::error, "duplicate-id",
                                    {"duplicate-id-section", {s.id.value, std::to_string(it->second->line)}}));
    }
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
