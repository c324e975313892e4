// Weekly occurrences moved off days off (see working_week.hpp).
#include "time/working_week.hpp"

namespace cchc {

Date last_working_day_of_week(const Date& day, const Calendar& calendar) {
    const Date monday = day.plus_days(-day.weekday());  // weekday(): 0 = Monday
    // Friday or the working day before it; a make-up Saturday only when Monday to Friday
    // are all off (the plans think of the week as ending on Friday).
    for (Date d = monday.plus_days(4); monday <= d; d = d.plus_days(-1))
        if (calendar.is_working_day(d)) return d;
    for (Date d = monday.plus_days(5); d <= monday.plus_days(6); d = d.plus_days(1))
        if (calendar.is_working_day(d)) return d;
    return calendar.working_day_on_or_after(monday.plus_days(7));
}

std::vector<Occurrence> on_working_days(const Deadline& d, std::vector<Occurrence> occs, const Calendar& calendar) {
    if (d.kind != Deadline::Kind::recurring || d.every != Recurrence::week) return occs;
    for (Occurrence& o : occs) o.last_day = last_working_day_of_week(o.last_day, calendar);
    return occs;
}

}  // namespace cchc
