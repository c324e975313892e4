// Weekly duties on the week's last working day (lib/time/working_week.cpp), on the shipped
// Vietnamese calendar.
#include <doctest/doctest.h>

#include "time/timing.hpp"
#include "time/working_week.hpp"

using namespace cchc;

TEST_CASE("last_working_day_of_week: Friday, or the working day before it when Friday is off") {
    const Calendar cal;
    // An ordinary week (2 September 2024 is Monday, a day off; Friday 6/9 works).
    CHECK(last_working_day_of_week(Date{2024, 9, 2}, cal) == Date{2024, 9, 6});
    CHECK(last_working_day_of_week(Date{2024, 9, 8}, cal) == Date{2024, 9, 6});  // from its Sunday
    // Tết 2024: 8/2–14/2 off; the week of 5/2 works Monday to Wednesday 7/2.
    CHECK(last_working_day_of_week(Date{2024, 2, 9}, cal) == Date{2024, 2, 7});
    // 2025: 30/4, 1/5 and Friday 2/5 (swapped for Saturday 26/4) off: Tuesday 29/4.
    CHECK(last_working_day_of_week(Date{2025, 5, 2}, cal) == Date{2025, 4, 29});
    // Tết 2025: 27/1–31/1 all off, no make-up day that week: Monday 3/2.
    CHECK(last_working_day_of_week(Date{2025, 1, 31}, cal) == Date{2025, 2, 3});
    // Week of 29/4/2024: Friday 3/5 works; make-up Saturday 4/5 is not preferred to it.
    CHECK(last_working_day_of_week(Date{2024, 5, 3}, cal) == Date{2024, 5, 3});
}

TEST_CASE("on_working_days: only weekly readings move; keys stay") {
    const Calendar cal;
    const auto weekly = parse_timing("Định kỳ hàng tuần", 2025);
    REQUIRE(weekly.deadline);
    const auto occs = on_working_days(*weekly.deadline, occurrences(*weekly.deadline, 2025), cal);
    auto find = [&](const std::string& key) {
        for (const auto& o : occs)
            if (o.key == key) return o.last_day;
        return Date{};
    };
    CHECK(find("2025-W05") == Date{2025, 2, 3});
    CHECK(find("2025-W18") == Date{2025, 4, 29});
    CHECK(find("2025-W19") == Date{2025, 5, 9});
    // A monthly reading is left alone, even when its last day is a Sunday (30/6/2024).
    const auto monthly = parse_timing("Định kỳ hàng tháng", 2024);
    REQUIRE(monthly.deadline);
    const auto m = on_working_days(*monthly.deadline, occurrences(*monthly.deadline, 2024), cal);
    CHECK(m == occurrences(*monthly.deadline, 2024));
}
