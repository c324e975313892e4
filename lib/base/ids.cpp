#include "base/ids.hpp"

#include <cctype>

#include "base/date.hpp"

namespace cchc {

bool is_code(std::string_view s) {
    if (s.empty() || !std::isalpha(static_cast<unsigned char>(s[0]))) return false;
    for (char c : s)
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '.' && c != '-') return false;
    return true;
}

bool is_valid_id(std::string_view id) {
    // What the shipped plans use (I.1.3, 3.a, II.1.1b, giao-ban, bao_cao) plus ( ): refs are
    // "<plan>#<id>", so '#', spaces, line breaks and lookalike letters never belong in one.
    auto ascii_alnum = [](char c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); };
    if (id.empty() || id.size() > 64 || !ascii_alnum(id.front())) return false;
    for (char c : id)
        if (!ascii_alnum(c) && c != '.' && c != '-' && c != '_' && c != '(' && c != ')') return false;
    return true;
}

namespace {
bool is_period_or_week(std::string_view s) {
    if (parse_period(s)) return true;
    // ISO week: YYYY-Www, week 01-53
    if (s.size() != 8 || s[4] != '-' || s[5] != 'W') return false;
    for (size_t i : {0u, 1u, 2u, 3u, 6u, 7u})
        if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
    const int week = (s[6] - '0') * 10 + (s[7] - '0');
    return week >= 1 && week <= 53;
}
}  // namespace

bool is_milestone_id(std::string_view s) { return !s.empty() && s[0] >= 'a' && s[0] <= 'z' && is_code(s); }

bool is_occurrence(std::string_view s) {
    if (is_period_or_week(s)) return true;
    // An internal milestone: "<id>" or "<id>/<period or week>" ("bc-vp", "tuan/2024-W47").
    const auto slash = s.find('/');
    const std::string_view id = s.substr(0, slash);
    if (!is_milestone_id(id)) return false;
    return slash == std::string_view::npos || is_period_or_week(s.substr(slash + 1));
}

bool matches_ref_suffix(std::string_view full, std::string_view ref) {
    if (ref.empty() || ref.size() > full.size() || full.substr(full.size() - ref.size()) != ref) return false;
    if (ref.size() == full.size()) return true;
    const char before = full[full.size() - ref.size() - 1];
    return before == '/' || before == '#' || ref.front() == '#';
}

}  // namespace cchc
