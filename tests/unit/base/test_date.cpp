// Tests for lib/base/date.cpp: day serials, weekdays, leap years, ISO dates and periods.
#include <doctest/doctest.h>

#include <string>

#include "base/date.hpp"

using namespace cchc;

TEST_CASE("serials: known values") {
    CHECK(Date{1970, 1, 1}.serial() == 0);
    CHECK(Date{1970, 1, 2}.serial() == 1);
    CHECK(Date{1969, 12, 31}.serial() == -1);
    CHECK(Date{2000, 1, 1}.serial() == 10957);
    CHECK(Date{2000, 3, 1}.serial() == 11017);  // 2000 is a leap year: Jan 31 + Feb 29
    CHECK(Date::from_serial(0) == Date{1970, 1, 1});
    CHECK(Date::from_serial(11017) == Date{2000, 3, 1});
    CHECK(Date::from_serial(-1) == Date{1969, 12, 31});
}

TEST_CASE("serials: every day from 1600 to 2400 follows the previous one") {
    // Plain checks in the loop (300 000 days), one assertion at the end.
    Date d{1600, 1, 1};
    long s = d.serial();
    std::string first_wrong;
    while (d.year < 2400 && first_wrong.empty()) {
        const Date next = d.plus_days(1);
        const bool steps = next.month == d.month ? next.day == d.day + 1
                                                 : d.day == days_in_month(d.year, d.month) && next.day == 1;
        if (next.serial() != s + 1 || !(Date::from_serial(s + 1) == next) || !(next > d) || !steps ||
            !is_valid_date(next.year, next.month, next.day))
            first_wrong = d.iso();
        d = next;
        s += 1;
    }
    CHECK(first_wrong == "");
    CHECK(d == Date{2400, 1, 1});
    CHECK(s == Date{2400, 1, 1}.serial());
    CHECK(days_between(Date{1600, 1, 1}, Date{2400, 1, 1}) == 2 * 146097);  // two 400-year cycles
}

TEST_CASE("plus_days and days_between") {
    CHECK(Date{2024, 2, 28}.plus_days(1) == Date{2024, 2, 29});
    CHECK(Date{2023, 2, 28}.plus_days(1) == Date{2023, 3, 1});
    CHECK(Date{2024, 12, 31}.plus_days(1) == Date{2025, 1, 1});
    CHECK(Date{2024, 3, 1}.plus_days(-1) == Date{2024, 2, 29});
    CHECK(days_between(Date{2024, 1, 1}, Date{2025, 1, 1}) == 366);
    CHECK(days_between(Date{2023, 1, 1}, Date{2024, 1, 1}) == 365);
    CHECK(days_between(Date{2024, 3, 1}, Date{2024, 2, 1}) == -29);
}

TEST_CASE("weekday: 0 = Monday … 6 = Sunday") {
    CHECK(Date{1970, 1, 1}.weekday() == 3);   // Thursday
    CHECK(Date{2024, 2, 29}.weekday() == 3);  // Thursday
    CHECK(Date{2024, 9, 2}.weekday() == 0);   // Monday
    CHECK(Date{2000, 1, 1}.weekday() == 5);   // Saturday
    CHECK(Date{2023, 12, 31}.weekday() == 6); // Sunday
    CHECK(Date{1969, 12, 29}.weekday() == 0); // Monday, before the epoch
}

TEST_CASE("leap years and month lengths") {
    CHECK(is_leap_year(2024));
    CHECK(is_leap_year(2000));
    CHECK_FALSE(is_leap_year(1900));
    CHECK_FALSE(is_leap_year(2100));
    CHECK_FALSE(is_leap_year(2023));
    CHECK(days_in_month(2024, 2) == 29);
    CHECK(days_in_month(2023, 2) == 28);
    CHECK(days_in_month(1900, 2) == 28);
    CHECK(days_in_month(2024, 4) == 30);
    CHECK(days_in_month(2024, 12) == 31);
    CHECK(days_in_month(2024, 0) == 0);
    CHECK(days_in_month(2024, 13) == 0);
    CHECK(is_valid_date(2024, 2, 29));
    CHECK_FALSE(is_valid_date(2023, 2, 29));
    CHECK_FALSE(is_valid_date(2024, 4, 31));
    CHECK_FALSE(is_valid_date(2024, 13, 1));
    CHECK_FALSE(is_valid_date(2024, 1, 0));
    CHECK_FALSE(is_valid_date(0, 1, 1));
}

TEST_CASE("iso and dmy") {
    CHECK(Date{2024, 2, 9}.iso() == "2024-02-09");
    CHECK(Date{2024, 2, 9}.dmy() == "09/02/2024");
}

TEST_CASE("parse_iso_date accepts real days only, strictly written") {
    CHECK(parse_iso_date("2024-02-29") == Date{2024, 2, 29});
    CHECK(parse_iso_date("0001-01-01") == Date{1, 1, 1});
    for (const char* bad : {"2023-02-29", "2024-02-30", "2024-04-31", "2024-13-01", "2024-00-10", "2024-01-00",
                            "2024-2-29", "20240229", "2024-02-29 ", " 2024-02-29", "2024/02/29", "0000-01-01",
                            "2024-0a-01", "+024-02-01", "", "29/02/2024"}) {
        CAPTURE(bad);
        CHECK_FALSE(parse_iso_date(bad));
    }
}

TEST_CASE("parse_period: every form") {
    using K = Period::Kind;
    auto p = parse_period("2024");
    REQUIRE(p);
    CHECK(p->kind == K::year);
    CHECK(p->year == 2024);
    CHECK(p->first_day() == Date{2024, 1, 1});
    CHECK(p->last_day() == Date{2024, 12, 31});

    p = parse_period("2024-H1");
    REQUIRE(p);
    CHECK(p->kind == K::half);
    CHECK(p->index == 1);
    CHECK(p->last_day() == Date{2024, 6, 30});
    p = parse_period("2024-H2");
    REQUIRE(p);
    CHECK(p->first_day() == Date{2024, 7, 1});
    CHECK(p->last_day() == Date{2024, 12, 31});

    p = parse_period("2024-Q1");
    REQUIRE(p);
    CHECK(p->kind == K::quarter);
    CHECK(p->first_day() == Date{2024, 1, 1});
    CHECK(p->last_day() == Date{2024, 3, 31});
    p = parse_period("2024-Q2");
    REQUIRE(p);
    CHECK(p->last_day() == Date{2024, 6, 30});
    p = parse_period("2024-Q4");
    REQUIRE(p);
    CHECK(p->first_day() == Date{2024, 10, 1});
    CHECK(p->last_day() == Date{2024, 12, 31});

    p = parse_period("2024-02");
    REQUIRE(p);
    CHECK(p->kind == K::month);
    CHECK(p->index == 2);
    CHECK(p->last_day() == Date{2024, 2, 29});
    CHECK(parse_period("2023-02")->last_day() == Date{2023, 2, 28});

    p = parse_period("2024-06-30");
    REQUIRE(p);
    CHECK(p->kind == K::day);
    CHECK(p->first_day() == Date{2024, 6, 30});
    CHECK(p->last_day() == Date{2024, 6, 30});
}

TEST_CASE("parse_period: str() gives back what was parsed") {
    for (const char* s : {"2024", "2024-H1", "2024-H2", "2024-Q1", "2024-Q4", "2024-01", "2024-12", "2024-02-29"}) {
        CAPTURE(s);
        auto p = parse_period(s);
        REQUIRE(p);
        CHECK(p->str() == s);
        CHECK(parse_period(p->str()) == p);
    }
}

TEST_CASE("parse_period: rejects") {
    for (const char* bad : {"", "24", "202", "20245", "2024-", "2024-H0", "2024-H3", "2024-Q0", "2024-Q5", "2024-Q",
                            "2024-QQ", "2024-00", "2024-13", "2024-6", "2024-006", "2024-06-31", "2024-02-30",
                            "2024Q1", "2024/06", "abcd", "0000", "2024-W05", "2024-06-1"}) {
        CAPTURE(bad);
        CHECK_FALSE(parse_period(bad));
    }
}
