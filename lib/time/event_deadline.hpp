#pragma once
// The concrete deadline of an "after an event" reading once the event's date is known:
// "trong 03 ngày làm việc kể từ ngày có Quyết định", "trong thời hạn 30 ngày kể từ …",
// "Sau khi … (dự kiến quý II/2024)".
// Used by `cchc timing --event-date` and by the due engine for events the journal dates.
#include <optional>

#include "time/calendar.hpp"
#include "base/date.hpp"
#include "time/deadline.hpp"

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

// The deadline of an event occurrence, and whether cchc assumed it.
struct EventDue {
    Date last_day;
    bool assumed = false;  // the plan sets none: an event later than expected, see below
    int days = 0;          // assumed: the days it gives from the event
};

// How long an event later than expected leaves: cchc.yaml's `after_event_within`
// (a number of days, default kDefaultAfterEventWithin) or, with `after_event_within:
// expected`, the expected period's length (nullopt here).
constexpr int kDefaultAfterEventWithin = 30;

// event_deadline(), or for "Sau khi … (dự kiến quý II/2024)" (`expected`, no period of its
// own): the expected period's last day while the event comes before it — the yardstick
// for early, on time or late. An event on or after that day would leave no time at all:
// then `late_within` days (nullopt: the expected period's length in days) run from the
// event as for "trong N ngày kể từ" (Calendar::civil_deadline), and the deadline is
// assumed. nullopt when neither gives a deadline ("Sau khi …" with nothing expected).
std::optional<EventDue> event_due(const Deadline& d, const Date& event, const std::optional<Period>& expected,
                                  const Calendar& calendar, std::optional<int> late_within);

}  // namespace cchc
