// event_deadline(): an after_event reading made concrete by the event's date.
#include "cchc/event_deadline.hpp"

namespace cchc {

std::optional<Date> event_deadline(const Deadline& d, const Date& event, const Calendar& calendar) {
    if (d.kind != Deadline::Kind::after_event || d.within_days <= 0) return std::nullopt;
    if (d.working) return calendar.add_working_days(event, d.within_days);
    return calendar.civil_deadline(event, d.within_days);
}

}  // namespace cchc
