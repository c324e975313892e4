// unknown-unit, unknown-group, unknown-parent, empty-lead, unit-not-assigned, import-unknown-unit
#include <algorithm>

#include "check/rules.hpp"
#include "base/text.hpp"
#include "model/units.hpp"

namespace cchc {

namespace {

std::string join(const std::vector<std::string>& v) {
    std::string out;
    for (const auto& s : v) out += (out.empty() ? "" : ", ") + s;
    return out;
}

void check_refs(const UnitIndex& index, const std::vector<Text>& refs, Diagnostics& diags) {
    const Agency& a = index.agency();
    // Never blank: an unreadable agency.yaml has no name; its directory stands in.
    const std::string where = !a.short_name.empty() ? a.short_name : !a.name.empty() ? a.name : a.id;
    for (const auto& r : refs) {
        if (index.resolve(r.value)) continue;
        const bool group = looks_like_group_id(r.value);
        const char* code = group ? "unknown-group" : "unknown-unit";
        auto sugg = index.suggest(r.value);
        Message m = sugg.empty() ? Message{code, {r.value, where}}
                                 : Message{std::string(code) + "-suggest", {r.value, where, join(sugg)}};
        diags.add(diagnostic_at(r.pos, Severity::error, code, std::move(m)));
    }
}

}  // namespace

void check_unknown_group_members(const Repository& repo, Diagnostics& diags) {
    for (const auto& a : repo.agencies) {
        const UnitIndex& index = unit_index(*a);
        for (const auto& g : a->groups) check_refs(index, g.members, diags);
    }
}

void check_unknown_units(const Repository& repo, Diagnostics& diags) {
    check_unknown_group_members(repo, diags);
    for (const auto& plan : repo.plans) check_unknown_units(plan, diags);
}

void check_unknown_units(const Plan& plan, Diagnostics& diags) {
    if (!plan.agency) return;
    const UnitIndex& index = unit_index(*plan.agency);
    for (const auto& t : plan.tasks) {
        check_refs(index, t.lead, diags);
        check_refs(index, t.support, diags);
        check_refs(index, t.informed, diags);
        for (const auto& m : t.milestones) {
            check_refs(index, m.lead, diags);
            check_refs(index, m.informed, diags);
        }
    }
    for (const auto& asg : plan.assignments) {
        check_refs(index, asg.lead, diags);
        check_refs(index, asg.support, diags);
    }
}

void check_unit_parents(const Repository& repo, Diagnostics& diags) {
    for (const auto& a : repo.agencies) {
        for (const auto& u : a->units) {
            if (u.parent.value.empty()) continue;
            if (!a->find_unit(u.parent.value)) {
                diags.add(diagnostic_at(u.parent.pos, Severity::error, "unknown-parent", {"unknown-parent", {u.parent.value}}));
                continue;
            }
            // Only a unit on the cycle is its own ancestor; one hanging below a cycle is not.
            const Unit* cur = &u;
            for (size_t steps = 0; cur && !cur->parent.value.empty() && steps <= a->units.size(); ++steps) {
                cur = a->find_unit(cur->parent.value);
                if (cur == &u) {
                    diags.add(diagnostic_at(u.pos, Severity::error, "unknown-parent", {"parent-cycle", {u.code}}));
                    break;
                }
            }
        }
    }
}

void check_empty_lead(const Plan& plan, Diagnostics& diags) {
    for (const auto& t : plan.tasks) {
        const bool empty = std::all_of(t.lead.begin(), t.lead.end(), [](const Text& x) { return x.value.empty(); });
        if (empty && !t.id.value.empty())
            diags.add(diagnostic_at(t.pos, Severity::error, "empty-lead", {"empty-lead", {t.id.value}}));
    }
}

void check_empty_lead(const Repository& repo, Diagnostics& diags) {
    for (const auto& plan : repo.plans) check_empty_lead(plan, diags);
}

// The commonest transcription slip: the method text names a unit the row does not assign.
void check_unit_not_assigned(const Plan& plan, Diagnostics& diags) {
    if (!plan.agency) return;
    const UnitIndex& index = unit_index(*plan.agency);
    for (const auto& t : plan.tasks) {
        if (t.method.value.empty()) continue;
        const std::vector<UnitMention> mentioned = index.mentions(t.method.value);
        if (mentioned.empty()) continue;
        UnitBits assigned;
        auto assign = [&](const std::vector<Text>& refs) {
            for (const auto& r : refs) index.add_covered(r.value, assigned);
        };
        assign(t.lead);
        assign(t.support);
        assign(t.informed);
        for (const auto& m : t.milestones) {
            assign(m.lead);
            assign(m.informed);
        }
        std::set<std::string> reported;
        for (const auto& m : mentioned) {
            // External bodies in method text are mostly authorities ("UBND tỉnh giao"), not
            // participants; the slip worth catching is an own unit left out.
            const Unit* unit = plan.agency->find_unit(m.code);
            if ((unit && unit->external) || index.contains(assigned, m.code) || !reported.insert(m.code).second) continue;
            diags.add(diagnostic_at(t.method.pos, Severity::warning, "unit-not-assigned",
                                    {"unit-not-assigned", {m.phrase, m.code}}));
        }
    }
}

void check_unit_not_assigned(const Repository& repo, Diagnostics& diags) {
    for (const auto& plan : repo.plans) check_unit_not_assigned(plan, diags);
}

// import.yaml's units: each name maps to what `cchc import` accepts as a code, a unit or
// group of the directory's agency (code, name or alias); anything else would stop an import.
void check_import_units(const Repository& repo, Diagnostics& diags) {
    for (const ImportRulesFile& r : repo.import_rules) {
        for (const auto& u : r.units) {
            if (!r.agency) {
                diags.add(diagnostic_at(u.code.pos, Severity::error, "import-unknown-unit", {"import-no-agency", {u.code.value}}));
                continue;
            }
            if (unit_index(*r.agency).resolve(u.code.value)) continue;
            std::vector<std::string> codes;
            for (const auto& un : r.agency->units) codes.push_back(un.code);
            for (const auto& g : r.agency->groups) codes.push_back(g.id);
            const std::string where = !r.agency->short_name.empty() ? r.agency->short_name : r.agency->name;
            if (auto s = closest_match(u.code.value, codes))
                diags.add(diagnostic_at(u.code.pos, Severity::error, "import-unknown-unit",
                                        {"import-unknown-unit-suggest", {u.code.value, u.name.value, where, *s}}));
            else
                diags.add(diagnostic_at(u.code.pos, Severity::error, "import-unknown-unit",
                                        {"import-unknown-unit", {u.code.value, u.name.value, where}}));
        }
    }
}

}  // namespace cchc
