#pragma once
// The id grammar of the format, in one place: codes (units, groups, metrics, events), task
// and section ids, internal milestone ids, occurrences and references "<plan>#<id>". Pure
// string functions: the model, the loaders, the rules and the journal writer all ask here.
#include <string_view>

namespace cchc {

// Codes of units, groups, metrics and events: an ASCII letter, then letters, digits, _ . -
bool is_code(std::string_view s);

// Task and section ids: an ASCII letter or digit, then letters, digits and . - _ ( ), at most
// 64 characters (docs/format.md).
bool is_valid_id(std::string_view id);
inline constexpr const char* kIdCharacters = "A-Z a-z 0-9 . - _ ( ) (ASCII)";

// A milestone id: a lower-case ASCII letter, then letters, digits, _ . - ("bc-vp", "m1");
// never a period ("Q1" is a quarter someone meant, not an id).
bool is_milestone_id(std::string_view s);
// A period as an occurrence: what parse_period takes, or an ISO week 2024-W05.
// Or an internal milestone's "<id>" / "<id>/<period or week>" (see is_milestone_id).
bool is_occurrence(std::string_view s);

// True when `ref` is a suffix of `full` that starts at a boundary ('/', '#' or the start).
bool matches_ref_suffix(std::string_view full, std::string_view ref);

}  // namespace cchc
