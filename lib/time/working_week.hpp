#pragma once
// Weekly duties fall due on the week's last working day: Friday, unless Friday is a day off
// (Tết, 2/5/2025), then the working day before it in the same week; a make-up Saturday of
// the week only when Monday to Friday are all off; a week with no working day at all (Tết
// 2025, 27/1–2/2) moves to the first working day after it.
#include <vector>

#include "time/calendar.hpp"
#include "time/deadline.hpp"

namespace cchc {

// The last working day of the ISO week (Monday..Sunday) containing `day`.
Date last_working_day_of_week(const Date& day, const Calendar& calendar);

// For a weekly reading, every occurrence's last day moved to its week's last working day;
// other readings are returned unchanged.
std::vector<Occurrence> on_working_days(const Deadline& d, std::vector<Occurrence> occs, const Calendar& calendar);

}  // namespace cchc
