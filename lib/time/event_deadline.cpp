// event_deadline(): an after_event reading made concrete by the event's date.
#include "time/event_deadline.hpp"

namespace cchc {

std::optional<Date> event_deadline(const Deadline& d, const Date& event, const Calendar& calendar) {
    if (d.kind != Deadline::Kind::after_event || d.within_days <= 0) return std::nullopt;
    if (d.working) return calendar.add_working_days(event, d.within_days);
    return calendar.civil_deadline(event, d.within_days);
}

std::optional<EventDue> event_due(const Deadline& d, const Date& event, const std::optional<Period>& expected,
                                  const Calendar& calendar, std::optional<int> late_within) {
    if (d.kind != Deadline::Kind::after_event) return std::nullopt;
    if (auto due = event_deadline(d, event, calendar)) return EventDue{*due, false, 0};
    if (!expected) return std::nullopt;
    if (event < expected->last_day()) return EventDue{expected->last_day(), false, 0};
    const long length = days_between(expected->first_day(), expected->last_day()) + 1;
    const int days = late_within ? *late_within : static_cast<int>(length);
    return EventDue{calendar.civil_deadline(event, days), true, days};
}

}  // namespace cchc
