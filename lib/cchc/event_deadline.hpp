#pragma once
// The concrete deadline of an "after an event" reading once the event's date is known:
// "trong 03 ngày làm việc kể từ ngày có Quyết định", "trong thời hạn 30 ngày kể từ …".
// Used by `cchc timing --event-date` and by the due engine for events the journal dates.
#include <optional>

#include "cchc/calendar.hpp"
#include "cchc/date.hpp"
#include "cchc/deadline.hpp"

namespace cchc {

// The last day (inclusive) of `d` for an event on `event`:
// - within N working days: the N-th working day after the event (the event's own day is
//   not counted; make-up Saturdays count, days off do not) — Calendar::add_working_days;
// - within N days (calendar days): Bộ luật Dân sự 2015, Điều 147–148 — counted from the
//   day after the event; a last day on a weekend or day off moves to the next working
//   day — Calendar::civil_deadline.
// nullopt when `d` is not an after_event reading, or gives no period (within_days <= 0,
// "Sau khi …"): there is no deadline to compute, and none is guessed.
std::optional<Date> event_deadline(const Deadline& d, const Date& event, const Calendar& calendar);

}  // namespace cchc
