// A task's role for --unit (lib/track/unit_filter.cpp): role_for, computed with bits of the
// agency's units, gives what role_units' sets of codes say, for every unit and group as the
// filter, on a made-up agency (sub-units, groups of groups, a group cycle, an alias equal to
// another unit's code) and on every task and milestone of the shipped plans.
#include <doctest/doctest.h>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "model/units.hpp"
#include "support.hpp"
#include "track/unit_filter.hpp"

using namespace cchc;

namespace {

// What role_for said before it used bits: the first role whose units meet the filter's.
std::optional<Role> role_by_sets(const UnitFilter& filter, const Agency& agency, const std::vector<Text>& lead,
                                 const std::vector<Text>& support, const std::vector<Text>& informed) {
    const auto it = filter.units.find(&agency);
    if (it == filter.units.end()) return std::nullopt;
    const RoleUnits units = role_units(agency, lead, support, informed);
    auto meets = [&](const std::set<std::string>& codes) {
        for (const auto& c : codes)
            if (it->second.count(c)) return true;
        return false;
    };
    if (meets(units.lead)) return Role::lead;
    if (meets(units.support)) return Role::support;
    if (meets(units.recipient)) return Role::recipient;
    return std::nullopt;
}

// Filters as make_unit_filter makes them: each unit and each group, with sub-units.
std::vector<UnitFilter> every_filter(const Agency& agency) {
    const UnitIndex& index = unit_index(agency);
    std::vector<std::string> refs;
    for (const auto& u : agency.units) refs.push_back(u.code);
    for (const auto& g : agency.groups) refs.push_back(g.id);
    std::vector<UnitFilter> out;
    for (const auto& r : refs)
        if (auto ref = index.resolve(r)) {
            UnitFilter f;
            f.units[&agency] = index.expand(*ref);
            out.push_back(std::move(f));
        }
    return out;
}

std::vector<Text> texts(std::vector<std::string> refs) {
    std::vector<Text> out;
    for (auto& r : refs) out.push_back(Text{std::move(r), {}});
    return out;
}

Unit unit(std::string code, std::string name, std::vector<std::string> aliases = {}, std::string parent = {}) {
    Unit u;
    u.code = std::move(code);
    u.name = std::move(name);
    for (auto& a : aliases) u.aliases.push_back(Text{std::move(a), {}});
    u.parent.value = std::move(parent);
    return u;
}

Group group(std::string id, std::string name, std::vector<std::string> members) {
    Group g;
    g.id = std::move(id);
    g.name = std::move(name);
    for (auto& m : members) g.members.push_back(Text{std::move(m), {}});
    return g;
}

}  // namespace

TEST_CASE("role_for agrees with role_units on every list of references a made-up agency allows") {
    Agency a;
    a.id = "t/a";
    a.units = {unit("VP", "Văn phòng Sở", {"Văn phòng"}), unit("BPMC", "Bộ phận Một cửa", {}, "VP"),
               unit("VT", "Văn thư", {}, "BPMC"), unit("CNTT", "Phòng Công nghệ thông tin"),
               unit("TTr", "Thanh tra Sở"), unit("X", "Đơn vị lạ", {"VP"})};
    a.groups = {group("all", "Các phòng", {"VP", "CNTT"}), group("rong", "Mọi nơi", {"all", "TTr", "BPMC"}),
                group("g1", "Nhóm một", {"g2", "VT"}), group("g2", "Nhóm hai", {"g1", "TTr"})};
    Plan plan;
    plan.agency = &a;
    const std::vector<std::vector<std::string>> lists = {
        {}, {"VP"}, {"BPMC"}, {"VT"}, {"CNTT"}, {"Văn phòng"}, {"all"}, {"rong"}, {"g1"}, {"không có"},
        {"all", "VP"}, {"rong", "CNTT"}, {"g2", "VT"}, {"VP", "BPMC"}};
    const auto filters = every_filter(a);
    REQUIRE(filters.size() == a.units.size() + a.groups.size());
    size_t compared = 0;
    std::map<Role, size_t> roles;
    for (const auto& l : lists)
        for (const auto& s : lists)
            for (const auto& i : lists) {
                Task t;
                t.lead = texts(l), t.support = texts(s), t.informed = texts(i);
                for (const auto& f : filters) {
                    const auto want = role_by_sets(f, a, t.lead, t.support, t.informed);
                    CHECK(role_for(f, plan, t) == want);
                    ++compared;
                    if (want) ++roles[*want];
                }
            }
    CHECK(compared == 14u * 14u * 14u * 10u);
    // The lists give every role, and a group member named on its own elsewhere.
    CHECK(roles[Role::lead] > 1000);
    CHECK(roles[Role::support] > 1000);
    CHECK(roles[Role::recipient] > 1000);
}

TEST_CASE("role_for agrees with role_units on every task and milestone of the shipped plans") {
    const Repository& repo = test::shipped_repository();
    size_t compared = 0;
    for (const auto& plan : repo.plans) {
        if (!plan.agency) continue;
        for (const auto& f : every_filter(*plan.agency))
            for (const auto& t : plan.tasks) {
                CHECK(role_for(f, plan, t) == role_by_sets(f, *plan.agency, t.lead, t.support, t.informed));
                for (const auto& m : t.milestones)
                    CHECK(role_for(f, plan, m) == role_by_sets(f, *plan.agency, m.lead, {}, m.informed));
                ++compared;
            }
    }
    CHECK(compared > 1000);
}
