#pragma once
// Turning a --unit argument into a UnitFilter, with suggestions on failure (shared by commands).
#include "track/unit_filter.hpp"
#include "common.hpp"

namespace cchc::cli {

// nullopt when `text` is empty (no filter); throws UsageError for an unknown unit.
std::optional<UnitFilter> unit_filter_option(const Repository& repo, const std::string& text, Lang lang);
// The same, kept to the scope's agencies: a unit no agency in scope knows is unknown.
std::optional<UnitFilter> unit_filter_option(const Repository& repo, const std::string& text, Lang lang,
                                             const Selection& scope);

}  // namespace cchc::cli
