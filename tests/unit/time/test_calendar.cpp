#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "time/calendar.hpp"

using cchc::Break;
using cchc::Calendar;
using cchc::Date;
using cchc::DayEntry;
using cchc::DayKind;

namespace {

// "2024-04-29 swapped" per entry: compact and readable in failure messages.
std::vector<std::string> summary(const std::vector<DayEntry>& entries) {
    std::vector<std::string> out;
    for (const auto& e : entries) out.push_back(e.date.iso() + " " + cchc::day_kind_name(e.kind));
    return out;
}

std::vector<std::string> spans(const std::vector<Break>& breaks) {
    std::vector<std::string> out;
    for (const auto& b : breaks) out.push_back(b.first.iso() + ".." + b.last.iso());
    return out;
}

}  // namespace

TEST_CASE("calendar: 2024 days off match the official announcements") {
    const Calendar cal;
    const std::vector<std::string> expected = {
        "2024-01-01 holiday",                                            // Tết Dương lịch
        "2024-02-08 holiday",      "2024-02-09 holiday", "2024-02-10 holiday",
        "2024-02-11 holiday",      "2024-02-12 holiday",                 // Tết Giáp Thìn
        "2024-02-13 compensatory", "2024-02-14 compensatory",
        "2024-04-18 holiday",                                            // Giỗ Tổ
        "2024-04-29 swapped",      "2024-04-30 holiday", "2024-05-01 holiday",
        "2024-09-02 holiday",      "2024-09-03 holiday",                 // Quốc khánh
    };
    CHECK(summary(cal.days_off(2024)) == expected);
    CHECK(summary(cal.make_up_days(2024)) == std::vector<std::string>{"2024-05-04 make_up"});
    CHECK(spans(cal.breaks(2024)) == std::vector<std::string>{
                                         "2023-12-30..2024-01-01", "2024-02-08..2024-02-14",
                                         "2024-04-18..2024-04-18", "2024-04-27..2024-05-01",
                                         "2024-08-31..2024-09-03"});
    CHECK(cal.breaks(2024)[3].days() == 5);
    CHECK(cal.breaks(2024)[3].name_vi == "Ngày Chiến thắng, Ngày Quốc tế Lao động");
}

TEST_CASE("calendar: day queries around 30/4–1/5/2024") {
    const Calendar cal;
    CHECK(cal.is_working_day(Date{2024, 4, 26}));   // Friday before the break
    CHECK_FALSE(cal.is_working_day(Date{2024, 4, 27}));  // ordinary Saturday
    CHECK_FALSE(cal.is_holiday(Date{2024, 4, 27}));      // … not a holiday
    CHECK(cal.is_holiday(Date{2024, 4, 29}));            // swapped Monday
    CHECK_FALSE(cal.is_working_day(Date{2024, 4, 29}));
    CHECK(cal.is_working_day(Date{2024, 5, 2}));
    CHECK(cal.is_working_day(Date{2024, 5, 4}));  // make-up Saturday
    CHECK_FALSE(cal.is_holiday(Date{2024, 5, 4}));
    CHECK_FALSE(cal.holiday_name(Date{2024, 5, 4}));
    CHECK(cal.entry(Date{2024, 5, 4})->kind == DayKind::make_up);
    CHECK(cal.entry(Date{2024, 4, 29})->source == cchc::DaySource::announced);
    CHECK(cal.holiday_name(Date{2024, 2, 10}) == "Tết Nguyên đán Giáp Thìn");
    CHECK(cal.holiday_name(Date{2024, 4, 18}) == "Giỗ Tổ Hùng Vương");
    CHECK(cal.holiday_name(Date{2024, 2, 14}) == "Nghỉ bù Tết Nguyên đán Giáp Thìn");
    CHECK_FALSE(cal.holiday_name(Date{2024, 2, 15}));
    CHECK(cal.entry(Date{2024, 9, 2})->name_en == "National Day");
}

TEST_CASE("calendar: other shipped years") {
    const Calendar cal;
    CHECK(cchc::announced_years() == std::vector<int>{2021, 2022, 2023, 2024, 2025, 2026});
    CHECK(spans(cal.breaks(2023)) == std::vector<std::string>{
                                         "2022-12-31..2023-01-02", "2023-01-20..2023-01-26",
                                         "2023-04-29..2023-05-03", "2023-09-01..2023-09-04"});
    CHECK(spans(cal.breaks(2025)) == std::vector<std::string>{
                                         "2025-01-01..2025-01-01", "2025-01-25..2025-02-02",
                                         "2025-04-05..2025-04-07", "2025-04-30..2025-05-04",
                                         "2025-08-30..2025-09-02"});
    CHECK(summary(cal.make_up_days(2025)) == std::vector<std::string>{"2025-04-26 make_up"});
    CHECK(spans(cal.breaks(2026)) == std::vector<std::string>{
                                         "2026-01-01..2026-01-04", "2026-02-14..2026-02-22",
                                         "2026-04-25..2026-04-27", "2026-04-30..2026-05-03",
                                         "2026-08-29..2026-09-02"});
    CHECK(summary(cal.make_up_days(2026)) ==
          std::vector<std::string>{"2026-01-10 make_up", "2026-08-22 make_up"});
    CHECK(cal.breaks(2022)[1].first == Date{2022, 1, 29});
    CHECK(cal.breaks(2022)[1].last == Date{2022, 2, 6});
}

TEST_CASE("calendar: default rule for a year with no announcement") {
    const Calendar cal;
    CHECK_FALSE(cchc::has_announcement(2027));
    // Tết Đinh Mùi: 5/2 (last day of the old year) … mùng 4 (9/2); Sat 6/2 and Sun 7/2
    // are Tết days on a weekend → nghỉ bù Wed 10/2 and Thu 11/2.
    CHECK(summary(cal.days_off(2027)) == std::vector<std::string>{
                                             "2027-01-01 holiday", "2027-02-05 holiday",
                                             "2027-02-06 holiday", "2027-02-07 holiday",
                                             "2027-02-08 holiday", "2027-02-09 holiday",
                                             "2027-02-10 compensatory", "2027-02-11 compensatory",
                                             "2027-04-16 holiday", "2027-04-30 holiday",
                                             "2027-05-01 holiday", "2027-05-03 compensatory",
                                             "2027-09-02 holiday", "2027-09-03 holiday"});
    CHECK(cal.make_up_days(2027).empty());
    CHECK(cal.entry(Date{2027, 5, 3})->source == cchc::DaySource::statutory);
    CHECK(cal.holiday_name(Date{2027, 5, 3}) == "Nghỉ bù Ngày Quốc tế Lao động");
    // 1/1/2028 is a Saturday → Monday 3/1; 2/9/2028 Saturday → 1/9 + nghỉ bù 4/9;
    // 30/4/2028 Sunday → Tuesday 2/5 (Monday is 1/5 itself).
    CHECK(cal.entry(Date{2028, 1, 3})->kind == DayKind::compensatory);
    CHECK(cal.is_holiday(Date{2028, 9, 1}));
    CHECK(cal.entry(Date{2028, 9, 4})->kind == DayKind::compensatory);
    CHECK(cal.entry(Date{2028, 5, 2})->kind == DayKind::compensatory);
    CHECK(cal.is_working_day(Date{2028, 5, 3}));
}

TEST_CASE("calendar: the default rule reproduces what it can of shipped years") {
    // 2022 had no swap and Tết on the rule's days: rule and announcement agree exactly.
    CHECK(summary(cchc::statutory_days(2022)) == summary(cchc::special_days(2022)));
    // The Quốc khánh adjacent-day rule agrees with every announcement 2021–2025.
    for (int year = 2021; year <= 2025; ++year) {
        CAPTURE(year);
        std::vector<std::string> rule, shipped;
        for (const auto& e : cchc::statutory_days(year))
            if (e.date.month == 9) rule.push_back(e.date.iso());
        for (const auto& e : cchc::special_days(year))
            if (e.date.month == 9) shipped.push_back(e.date.iso());
        CHECK(rule == shipped);
    }
}

TEST_CASE("calendar: earlier Labour Codes") {
    const auto national = [](int year) {
        int n = 0;
        for (const auto& e : cchc::statutory_days(year)) n += e.date.month == 9 ? 1 : 0;
        return n;
    };
    CHECK(national(2019) == 1);  // before 2021: 2/9 only
    CHECK(national(2027) == 2);
    // Before 2013 Tết was 4 days: 2012 = 22/1 (Sunday) … 25/1, nghỉ bù 26/1.
    const auto days2012 = summary(cchc::statutory_days(2012));
    const auto has = [&](const char* s) {
        return std::find(days2012.begin(), days2012.end(), s) != days2012.end();
    };
    CHECK(has("2012-01-22 holiday"));
    CHECK(has("2012-01-25 holiday"));
    CHECK(has("2012-01-26 compensatory"));
    CHECK_FALSE(has("2012-01-26 holiday"));
    CHECK(has("2012-01-02 compensatory"));  // 1/1/2012 was a Sunday
}

TEST_CASE("calendar: working-day arithmetic across Tết 2024 and the 30/4 break") {
    const Calendar cal;
    CHECK(cal.add_working_days(Date{2024, 2, 7}, 1) == Date{2024, 2, 15});
    CHECK(cal.add_working_days(Date{2024, 2, 7}, 2) == Date{2024, 2, 16});
    CHECK(cal.add_working_days(Date{2024, 2, 15}, -1) == Date{2024, 2, 7});
    CHECK(cal.add_working_days(Date{2024, 4, 26}, 1) == Date{2024, 5, 2});
    CHECK(cal.add_working_days(Date{2024, 4, 26}, 3) == Date{2024, 5, 4});  // make-up Sat
    CHECK(cal.add_working_days(Date{2024, 5, 3}, 1) == Date{2024, 5, 4});
    CHECK(cal.add_working_days(Date{2024, 5, 4}, 1) == Date{2024, 5, 6});
    CHECK(cal.add_working_days(Date{2024, 4, 27}, 0) == Date{2024, 4, 27});
    CHECK(cal.working_days_between(Date{2024, 4, 26}, Date{2024, 5, 6}) == 4);
    CHECK(cal.working_days_between(Date{2024, 5, 6}, Date{2024, 4, 26}) == -4);
    CHECK(cal.working_days_between(Date{2024, 2, 7}, Date{2024, 2, 15}) == 1);
    CHECK(cal.working_day_on_or_after(Date{2024, 2, 10}) == Date{2024, 2, 15});
    CHECK(cal.working_day_on_or_after(Date{2024, 2, 15}) == Date{2024, 2, 15});
    for (int n = -30; n <= 30; ++n) {
        CAPTURE(n);
        const Date from{2024, 4, 20};
        CHECK(cal.working_days_between(from, cal.add_working_days(from, n)) == n);
    }
}

TEST_CASE("calendar: civil-law deadlines (BLDS 2015 Điều 147–148)") {
    const Calendar cal;
    // The event's day is not counted; a last day on a working day stays.
    CHECK(cal.civil_deadline(Date{2024, 3, 4}, 10) == Date{2024, 3, 14});
    // Last day Saturday 16/3 → Monday 18/3.
    CHECK(cal.civil_deadline(Date{2024, 3, 1}, 15) == Date{2024, 3, 18});
    // Last day 29/4/2024 (swapped day off), then 30/4 and 1/5 → Thursday 2/5.
    CHECK(cal.civil_deadline(Date{2024, 4, 19}, 10) == Date{2024, 5, 2});
    // Last day in Tết (Sunday 11/2/2024) → 15/2.
    CHECK(cal.civil_deadline(Date{2024, 2, 1}, 10) == Date{2024, 2, 15});
    // The make-up Saturday 4/5/2024 is a working day for công chức: it stays.
    CHECK(cal.civil_deadline(Date{2024, 4, 24}, 10) == Date{2024, 5, 4});
    // Months: the corresponding day, or the month's last day; then the same move.
    CHECK(cal.civil_deadline_months(Date{2024, 1, 31}, 1) == Date{2024, 2, 29});
    CHECK(cal.civil_deadline_months(Date{2024, 3, 30}, 1) == Date{2024, 5, 2});
    CHECK(cal.civil_deadline_months(Date{2024, 11, 15}, 3) == Date{2025, 2, 17});
}

TEST_CASE("calendar: extra days from settings") {
    Calendar cal;
    CHECK(cal.is_working_day(Date{2027, 2, 12}));  // queried before: the cache must reset
    cal.add_extra_days({
        {Date{2027, 2, 12}, true, "Nghỉ Tết bổ sung"},
        {Date{2027, 2, 20}, false, "Làm bù"},
        {Date{2027, 2, 11}, false, "Đi làm (thông báo 2027 không nghỉ ngày này)"},
        {Date{2027, 11, 24}, true, "Ngày Văn hóa Việt Nam"},
    });
    CHECK(cal.is_holiday(Date{2027, 2, 12}));
    CHECK_FALSE(cal.is_working_day(Date{2027, 2, 12}));
    CHECK(cal.holiday_name(Date{2027, 2, 12}) == "Nghỉ Tết bổ sung");
    CHECK(cal.entry(Date{2027, 2, 12})->source == cchc::DaySource::settings);
    CHECK(cal.is_working_day(Date{2027, 2, 20}));  // a Saturday made a working day
    CHECK(cal.is_working_day(Date{2027, 2, 11}));  // the rule's nghỉ bù cancelled
    CHECK(cal.is_holiday(Date{2027, 11, 24}));
    CHECK(summary(cal.make_up_days(2027)) ==
          std::vector<std::string>{"2027-02-11 make_up", "2027-02-20 make_up"});
    CHECK(cal.add_working_days(Date{2027, 2, 4}, 1) == Date{2027, 2, 11});
    CHECK(cal.add_working_days(Date{2027, 2, 11}, 1) == Date{2027, 2, 15});
    // Settings override a shipped year too.
    cal.add_extra_day({Date{2024, 5, 4}, true, "Nghỉ"});
    CHECK_FALSE(cal.is_working_day(Date{2024, 5, 4}));
    // A plain default-constructed calendar is unaffected.
    CHECK(Calendar{}.is_working_day(Date{2024, 5, 4}));
}

TEST_CASE("calendar: kind and source names") {
    CHECK(std::string(cchc::day_kind_name(DayKind::holiday)) == "holiday");
    CHECK(std::string(cchc::day_kind_name(DayKind::compensatory)) == "compensatory");
    CHECK(std::string(cchc::day_kind_name(DayKind::swapped)) == "swapped");
    CHECK(std::string(cchc::day_kind_name(DayKind::make_up)) == "make_up");
    CHECK(std::string(cchc::day_source_name(cchc::DaySource::settings)) == "settings");
}
