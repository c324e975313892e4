#pragma once
// `--unit U`: which units of which agencies a user means, and a task's role for them.
// Shared by tasks, due, score and report so they all agree on who does what.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "cchc/model.hpp"

namespace cchc {

enum class Role { lead, support };

struct UnitFilter {
    // Per agency: the units meant (the named unit or group, with sub-units).
    std::map<const Agency*, std::set<std::string>> units;
};

// Resolves `text` in every agency; nullopt when no agency knows it, with `suggestions`
// filled ("VP (Văn phòng Sở)").
std::optional<UnitFilter> make_unit_filter(const Repository& repo, std::string_view text,
                                           std::vector<std::string>& suggestions);

// The task's role for the filter's units: lead when one of them leads, support when one
// of them supports, nullopt when neither. Groups in lead/support count for their members.
std::optional<Role> role_for(const UnitFilter& filter, const Plan& plan, const Task& task);

// Display of lead/support lists as codes: "VP, CNTT".
std::string join_refs(const std::vector<Text>& refs);

}  // namespace cchc
