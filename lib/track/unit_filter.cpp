#include "track/unit_filter.hpp"

#include <algorithm>

#include "model/units.hpp"

namespace cchc {

std::optional<UnitFilter> make_unit_filter(const Repository& repo, std::string_view text,
                                           std::vector<std::string>& suggestions) {
    return make_unit_filter(repo.agency_list(), text, suggestions);
}

std::optional<UnitFilter> make_unit_filter(const std::vector<const Agency*>& agencies, std::string_view text,
                                           std::vector<std::string>& suggestions) {
    UnitFilter f;
    build_unit_indexes(agencies);
    for (const Agency* a : agencies) {
        const UnitIndex& index = unit_index(*a);
        if (auto ref = index.resolve(text)) {
            f.units[a] = index.expand(*ref);
            continue;
        }
        for (auto& s : index.suggest(text))
            if (std::find(suggestions.begin(), suggestions.end(), s) == suggestions.end()) suggestions.push_back(s);
    }
    if (f.units.empty()) return std::nullopt;
    return f;
}

const char* role_name(Role r) {
    switch (r) {
        case Role::lead: return "lead";
        case Role::support: return "support";
        case Role::recipient: return "recipient";
    }
    return "?";
}

namespace {

// Units named on their own (a code, name or alias) and units named through a group;
// without children: a task led by VP is VP's, and also a sub-unit's only if named.
struct Named {
    std::set<std::string> own, grouped;
};

Named named(const UnitIndex& index, const std::vector<Text>& refs) {
    Named out;
    for (const auto& t : refs)
        if (auto r = index.resolve(t.value))
            (r->kind == UnitRef::Kind::unit ? out.own : out.grouped).merge(index.expand(*r, false));
    return out;
}

// `list`'s units, less the group members named on their own in `elsewhere`.
std::set<std::string> effective(const Named& list, const std::set<std::string>& elsewhere) {
    std::set<std::string> out = list.own;
    for (const auto& u : list.grouped)
        if (!elsewhere.count(u)) out.insert(u);
    return out;
}

// role_units(), as bits of the agency's units rather than sets of codes: asked for every
// task and milestone of every plan listed, the sets were a fifth of a warm `due` (perf).
// The same answer: every code an expansion gives is a declared unit's (resolve() knows no
// other), and a code is the bit of its first declaration either way.
std::optional<Role> role_of(const UnitFilter& filter, const Plan& plan, const std::vector<Text>& lead,
                            const std::vector<Text>& support, const std::vector<Text>& informed) {
    auto it = filter.units.find(plan.agency);
    if (it == filter.units.end()) return std::nullopt;
    const UnitIndex& index = unit_index(*plan.agency);
    UnitBits wanted;
    for (const auto& code : it->second) index.add_unit(code, wanted);
    struct NamedBits {
        UnitBits own, grouped;
    };
    auto named_bits = [&](const std::vector<Text>& refs) {
        NamedBits out;
        for (const auto& t : refs) index.add_named(t.value, out.own, out.grouped);
        return out;
    };
    const NamedBits l = named_bits(lead), s = named_bits(support), i = named_bits(informed);
    // As effective(): the units named on their own, and the group members not named on
    // their own in the other two roles.
    auto covers = [&](const NamedBits& list, const NamedBits& other1, const NamedBits& other2) {
        if (list.own.intersects(wanted)) return true;
        UnitBits members = list.grouped;
        members.remove(other1.own);
        members.remove(other2.own);
        return members.intersects(wanted);
    };
    if (covers(l, s, i)) return Role::lead;
    if (covers(s, l, i)) return Role::support;
    if (covers(i, l, s)) return Role::recipient;
    return std::nullopt;
}

}  // namespace

RoleUnits role_units(const Agency& agency, const std::vector<Text>& lead, const std::vector<Text>& support,
                     const std::vector<Text>& informed) {
    const UnitIndex& index = unit_index(agency);
    const Named l = named(index, lead), s = named(index, support), i = named(index, informed);
    std::set<std::string> own_elsewhere = s.own;
    own_elsewhere.insert(i.own.begin(), i.own.end());
    RoleUnits out;
    out.lead = effective(l, own_elsewhere);
    std::set<std::string> own_not_support = l.own;
    own_not_support.insert(i.own.begin(), i.own.end());
    out.support = effective(s, own_not_support);
    std::set<std::string> own_not_informed = l.own;
    own_not_informed.insert(s.own.begin(), s.own.end());
    out.recipient = effective(i, own_not_informed);
    return out;
}

std::optional<Role> role_for(const UnitFilter& filter, const Plan& plan, const Task& task) {
    return role_of(filter, plan, task.lead, task.support, task.informed);
}

std::optional<Role> role_for(const UnitFilter& filter, const Plan& plan, const Milestone& milestone) {
    return role_of(filter, plan, milestone.lead, {}, milestone.informed);
}

std::string join_refs(const std::vector<Text>& refs) {
    std::string out;
    for (const auto& r : refs) out += (out.empty() ? "" : ", ") + r.value;
    return out;
}

}  // namespace cchc
