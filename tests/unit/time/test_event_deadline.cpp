#include <doctest/doctest.h>

#include "time/event_deadline.hpp"
#include "time/timing.hpp"

using cchc::Calendar;
using cchc::Date;
using cchc::Deadline;
using cchc::event_deadline;

namespace {

Deadline after(int days, bool working) {
    Deadline d;
    d.kind = Deadline::Kind::after_event;
    d.event_text = "ngày có Quyết định";
    d.within_days = days;
    d.working = working;
    return d;
}

}  // namespace

TEST_CASE("event_deadline: working days skip the 27/4–1/5/2024 break and count make-up Saturday 4/5") {
    const Calendar cal;
    // Friday 26/4; 27/4–1/5 off (29/4 swapped); Thu 2/5 is day 1, Fri 3/5 day 2, Sat 4/5 (làm bù) day 3.
    CHECK(event_deadline(after(1, true), Date{2024, 4, 26}, cal) == Date{2024, 5, 2});
    CHECK(event_deadline(after(2, true), Date{2024, 4, 26}, cal) == Date{2024, 5, 3});
    CHECK(event_deadline(after(3, true), Date{2024, 4, 26}, cal) == Date{2024, 5, 4});
    CHECK(event_deadline(after(4, true), Date{2024, 4, 26}, cal) == Date{2024, 5, 6});
}

TEST_CASE("event_deadline: working days across Tết 2024 and from an event on a day off") {
    const Calendar cal;
    // Wed 7/2/2024; 8/2–14/2 off; Thu 15/2 is the first working day.
    CHECK(event_deadline(after(1, true), Date{2024, 2, 7}, cal) == Date{2024, 2, 15});
    // An event on Sunday 28/4/2024 (inside the break): the count starts the day after.
    CHECK(event_deadline(after(1, true), Date{2024, 4, 28}, cal) == Date{2024, 5, 2});
}

TEST_CASE("event_deadline: calendar days follow Bộ luật Dân sự 2015, Điều 147–148") {
    const Calendar cal;
    // Day 30 after 1/3/2024 is Sunday 31/3: moves to Monday 1/4.
    CHECK(event_deadline(after(30, false), Date{2024, 3, 1}, cal) == Date{2024, 4, 1});
    // Day 10 after 19/4/2024 is 29/4 (nghỉ hoán đổi), then 30/4, 1/5 off: Thursday 2/5.
    CHECK(event_deadline(after(10, false), Date{2024, 4, 19}, cal) == Date{2024, 5, 2});
    // A last day that is a working day stays: 15 days after Mon 4/3/2024 is Tue 19/3.
    CHECK(event_deadline(after(15, false), Date{2024, 3, 4}, cal) == Date{2024, 3, 19});
    // Make-up Saturday 4/5/2024 is a working day, so it is a valid last day.
    CHECK(event_deadline(after(8, false), Date{2024, 4, 26}, cal) == Date{2024, 5, 4});
}

TEST_CASE("event_deadline: no period or another kind gives no deadline") {
    const Calendar cal;
    CHECK_FALSE(event_deadline(after(0, true), Date{2024, 4, 26}, cal).has_value());
    CHECK_FALSE(event_deadline(after(0, false), Date{2024, 4, 26}, cal).has_value());
    Deadline before;
    before.kind = Deadline::Kind::before_date;
    before.date = Date{2024, 12, 20};
    before.within_days = 5;  // irrelevant to this kind
    CHECK_FALSE(event_deadline(before, Date{2024, 4, 26}, cal).has_value());
    CHECK_FALSE(event_deadline(Deadline{}, Date{2024, 4, 26}, cal).has_value());  // no_date
}

TEST_CASE("event_deadline: days from settings change the count") {
    Calendar cal;
    // An illustrative extra day off on Thursday 2/5/2024 pushes day 1 to Friday 3/5.
    cal.add_extra_day(cchc::ExtraDay{Date{2024, 5, 2}, true, "Nghỉ (ví dụ)"});
    CHECK(event_deadline(after(1, true), Date{2024, 4, 26}, cal) == Date{2024, 5, 3});
    // An extra working Sunday 28/4/2024 becomes day 1.
    cal.add_extra_day(cchc::ExtraDay{Date{2024, 4, 28}, false, "Làm bù (ví dụ)"});
    CHECK(event_deadline(after(1, true), Date{2024, 4, 26}, cal) == Date{2024, 4, 28});
}

TEST_CASE("event_deadline: readings parsed from the plans' wording") {
    const Calendar cal;
    const auto working = cchc::parse_timing("Trong thời hạn 03 ngày làm việc kể từ ngày có Quyết định", 2024);
    REQUIRE(working.deadline.has_value());
    CHECK(event_deadline(*working.deadline, Date{2024, 4, 26}, cal) == Date{2024, 5, 4});
    const auto civil = cchc::parse_timing("Trong thời hạn 30 ngày kể từ ngày có Quyết định", 2024);
    REQUIRE(civil.deadline.has_value());
    CHECK(event_deadline(*civil.deadline, Date{2024, 3, 1}, cal) == Date{2024, 4, 1});
    const auto open = cchc::parse_timing("Sau khi có Quyết định", 2024);
    REQUIRE(open.deadline.has_value());
    CHECK_FALSE(event_deadline(*open.deadline, Date{2024, 3, 1}, cal).has_value());
}

TEST_CASE("event_due: 'Sau khi … (dự kiến quý II/2024)' — expected end, or an assumed deadline when later") {
    const Calendar cal;
    Deadline d = after(0, false);
    const cchc::Period q2 = *cchc::parse_period("2024-Q2");
    // Before the expected end: the expected period's last day, not assumed.
    auto early = cchc::event_due(d, Date{2024, 5, 20}, q2, cal, 30);
    REQUIRE(early);
    CHECK(early->last_day == Date{2024, 6, 30});
    CHECK_FALSE(early->assumed);
    // 15/08, later than expected: 30 days from it end Saturday 14/09, moved to Monday 16/09.
    auto late = cchc::event_due(d, Date{2024, 8, 15}, q2, cal, 30);
    REQUIRE(late);
    CHECK(late->last_day == Date{2024, 9, 16});
    CHECK(late->assumed);
    CHECK(late->days == 30);
    // On the expected last day itself there is no time left: assumed too.
    CHECK(cchc::event_due(d, Date{2024, 6, 30}, q2, cal, 30)->assumed);
    // `after_event_within: expected`: the quarter's 91 days from 15/08 — Thursday 14/11.
    auto by_length = cchc::event_due(d, Date{2024, 8, 15}, q2, cal, std::nullopt);
    REQUIRE(by_length);
    CHECK(by_length->last_day == Date{2024, 11, 14});
    CHECK(by_length->days == 91);
    // A period of its own wins, never assumed; nothing expected and no period: no deadline.
    CHECK_FALSE(cchc::event_due(after(30, false), Date{2024, 8, 15}, q2, cal, 10)->assumed);
    CHECK_FALSE(cchc::event_due(d, Date{2024, 8, 15}, std::nullopt, cal, 30));
}
