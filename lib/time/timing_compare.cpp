// same_reading(): does a task's timing text say what its structured `due:` says?
// For the timing-mismatch check. Text carries less than the structure (no event ids,
// often no "làm việc"), so the comparison only asks what the text does state.
#include <algorithm>

#include "time/timing.hpp"

namespace cchc {

namespace {

bool same_range(const std::optional<Period>& a, const std::optional<Period>& b) {
    return !a || !b || *a == *b;  // unset = the plan year, which both share
}

bool same_recurrence(const Deadline& t, const Deadline& s) {
    return t.every == s.every && t.day == s.day && t.before == s.before && same_range(t.range_from, s.range_from) &&
           same_range(t.range_until, s.range_until);
}

bool same_event(const Deadline& t, const Deadline& s) {
    if (!t.event.empty() && t.event != s.event) return false;
    if (t.within_days != s.within_days) return false;
    // "N ngày" without "làm việc" is how plans often shorten "N ngày làm việc".
    if (t.working && !s.working) return false;
    return !t.expected || t.expected == s.expected;
}

bool same_parts(const Deadline& t, const Deadline& s) {
    return t.parts.size() == s.parts.size() &&
           std::equal(t.parts.begin(), t.parts.end(), s.parts.begin(),
                      [](const Deadline& a, const Deadline& b) { return same_reading(a, b); });
}

}  // namespace

bool same_reading(const Deadline& t, const Deadline& s) {
    // "Theo quy định" states no date: the structure says what the regulation sets.
    if (t.kind == Deadline::Kind::no_date) return true;
    if (t.kind != s.kind) return false;
    using K = Deadline::Kind;
    switch (t.kind) {
        case K::on_date:
        case K::before_date:
            return t.date == s.date;
        case K::within:
            return t.period == s.period && t.period_until == s.period_until;
        case K::from:
        case K::ongoing:
            return t.period == s.period;
        case K::dates:
        case K::milestones:
            return same_parts(t, s);
        case K::recurring:
            return same_recurrence(t, s);
        case K::after_event:
            return same_event(t, s);
        case K::no_date:
            return true;  // no dates to compare; the wording may differ
    }
    return false;
}

}  // namespace cchc
