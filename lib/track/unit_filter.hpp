#pragma once
// `--unit U`: which units of which agencies a user means, and a task's role for them.
// Shared by tasks, due, score and report so they all agree on who does what.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "model/model.hpp"

namespace cchc {

// recipient: named to receive a report or result, or to approve it (the task's or a
// milestone's `informed`), not to do the work.
enum class Role { lead, support, recipient };
const char* role_name(Role r);  // "lead", "support", "recipient"

// Who does what on a task or milestone, as unit codes. A group counts for its members,
// except a member the same task names on its own in another role: in "các đơn vị báo cáo
// về Văn phòng" (lead: [all], informed: [VP]) the Office receives, it does not report to itself.
struct RoleUnits {
    std::set<std::string> lead, support, recipient;
};
RoleUnits role_units(const Agency& agency, const std::vector<Text>& lead, const std::vector<Text>& support,
                     const std::vector<Text>& informed);

struct UnitFilter {
    // Per agency: the units meant (the named unit or group, with sub-units).
    std::map<const Agency*, std::set<std::string>> units;
};

// Resolves `text` in every agency; nullopt when no agency knows it, with `suggestions`
// filled ("VP (Văn phòng Sở)").
std::optional<UnitFilter> make_unit_filter(const Repository& repo, std::string_view text,
                                           std::vector<std::string>& suggestions);
// The same in these agencies only (the scope of --agency or the directory): the others are
// not indexed at all, and the suggestions are units of these.
std::optional<UnitFilter> make_unit_filter(const std::vector<const Agency*>& agencies, std::string_view text,
                                           std::vector<std::string>& suggestions);

// The task's role for the filter's units: lead when one of them leads, support when one
// of them supports, recipient when one is informed, nullopt when none (see role_units).
std::optional<Role> role_for(const UnitFilter& filter, const Plan& plan, const Task& task);
// The same for an internal milestone (its own lead and informed; no support).
std::optional<Role> role_for(const UnitFilter& filter, const Plan& plan, const Milestone& milestone);

// Display of lead/support lists as codes: "VP, CNTT".
std::string join_refs(const std::vector<Text>& refs);

}  // namespace cchc
