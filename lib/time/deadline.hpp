#pragma once
// The machine reading of a task's deadline: every form the real plans write
// (see docs/format.md, "Thời hạn / deadlines"). Produced by parse_timing() from the
// Vietnamese text, or by the loader from a structured `due:`.
#include <optional>
#include <string>
#include <vector>

#include "base/date.hpp"

namespace cchc {

enum class Recurrence { week, month, quarter, half, year };

struct Deadline {
    enum class Kind {
        on_date,      // on or before `date` (inclusive): "15/12/2024", "chậm nhất ngày 19/12"
        before_date,  // strictly before `date`: "Trước ngày 20/12/2024" (last day = date - 1)
        within,       // within `period` (month/quarter/half/year), or `period`..`period_until`: due at its last day
        from,         // from the start of `period` onwards, no end: "Từ Quý I/2024"
        ongoing,      // all through `period` (the plan year): "Thường xuyên"
        dates,        // several deadlines, each in `parts`: "Tháng 6, Tháng 12"
        recurring,    // every `every` between `from`..`until` (default: the plan year)
        after_event,  // within `within_days` (working if `working`) of `event`, or expected in `expected`
        no_date,      // no date of its own: "Theo quy định", "Theo yêu cầu của …" (text in `per`)
        milestones,   // several milestones, each in `parts` with a `label`
    };

    Kind kind = Kind::no_date;
    Date date;                     // on_date, before_date
    Period period;                 // within, from, ongoing
    std::optional<Period> period_until;  // within a range: "Tháng 3 – 5/2024" is 2024-03..2024-05
    // recurring
    Recurrence every = Recurrence::month;
    int day = 0;                   // day of the period's last month; 0 = the period's last day
    bool before = false;           // "trước ngày <day>": last day is day - 1
    std::optional<Period> range_from, range_until;  // default: the plan year
    // after_event
    std::string event;             // event id (structured `after:`); empty when only described
    std::string event_text;        // the event as the text names it ("ngày thay đổi")
    int within_days = 0;           // 0 = no period given ("Sau khi …")
    bool working = false;          // counted in working days
    std::optional<Period> expected;  // when the event is expected ("dự kiến trong quý II/2024")
    // no_date
    std::string per;               // "Theo quy định", "Theo yêu cầu của Sở Tư pháp" …
    // dates, milestones
    std::vector<Deadline> parts;
    std::string label;             // a milestone's own words

    bool operator==(const Deadline&) const = default;
};

// One concrete occurrence of a deadline: the span in which it should be done and the
// last day on which it is on time (inclusive).
struct Occurrence {
    std::optional<Date> start;  // first day of the window, when the form has one
    Date last_day;              // inclusive
    std::string key;            // identifies a recurring occurrence: "2024-Q1", "2024-06", "2024-W05"; else empty
    std::string label;          // milestone label, if any
    bool assumed = false;       // last_day is cchc's assumption, not the plan's (event_due)
    bool operator==(const Occurrence&) const = default;
};

// The concrete occurrences of `d` for a plan of year `plan_year`. Forms with no date
// (ongoing, from, no_date, after_event without an event date) return none, except
// after_event with `expected`, which yields the expected period's last day.
std::vector<Occurrence> occurrences(const Deadline& d, int plan_year);

// A short, stable English description of the reading, for `cchc timing` and messages:
// "before 2024-12-20 (last day 2024-12-19)", "every quarter, day 14 of its last month, before" …
std::string describe(const Deadline& d);

// The kind as a stable lowercase identifier: "on_date", "before_date", "within" …
const char* kind_name(Deadline::Kind k);
const char* recurrence_name(Recurrence r);

}  // namespace cchc
