#include <doctest/doctest.h>

#include "time/lunar.hpp"

using cchc::Date;
using cchc::LunarDate;

TEST_CASE("lunar: Tết (mùng 1 tháng Giêng) 2020–2031") {
    const Date expected[] = {
        {2020, 1, 25}, {2021, 2, 12}, {2022, 2, 1},  {2023, 1, 22},
        {2024, 2, 10}, {2025, 1, 29}, {2026, 2, 17}, {2027, 2, 6},
        {2028, 1, 26}, {2029, 2, 13}, {2030, 2, 2},  {2031, 1, 23},
    };
    for (const Date& tet : expected) {
        CAPTURE(tet.iso());
        CHECK(cchc::lunar_new_year(tet.year) == tet);
        CHECK(cchc::lunar_to_solar(tet.year, 1, 1) == tet);
        CHECK(cchc::solar_to_lunar(tet) == LunarDate{tet.year, 1, 1, false});
    }
}

TEST_CASE("lunar: computed at UTC+7, not the Chinese UTC+8") {
    CHECK(cchc::lunar_new_year(2030) == Date{2030, 2, 2});   // China: 3/2/2030
    CHECK(cchc::lunar_new_year(2007) == Date{2007, 2, 17});  // China: 18/2/2007
    CHECK(cchc::lunar_new_year(1985) == Date{1985, 1, 21});  // China: 20/2/1985
    // 1985's extra month is 2 nhuận in Vietnam (China put it in late 1984).
    CHECK(cchc::leap_month(1985) == 2);
    CHECK(cchc::leap_month(1984) == 0);
}

TEST_CASE("lunar: Giỗ Tổ Hùng Vương (10/3 âm lịch)") {
    CHECK(cchc::lunar_to_solar(2022, 3, 10) == Date{2022, 4, 10});
    CHECK(cchc::lunar_to_solar(2023, 3, 10) == Date{2023, 4, 29});
    CHECK(cchc::lunar_to_solar(2024, 3, 10) == Date{2024, 4, 18});
    CHECK(cchc::lunar_to_solar(2025, 3, 10) == Date{2025, 4, 7});
    CHECK(cchc::lunar_to_solar(2026, 3, 10) == Date{2026, 4, 26});
    CHECK(cchc::solar_to_lunar(Date{2024, 4, 18}) == LunarDate{2024, 3, 10, false});
}

TEST_CASE("lunar: other well-known days") {
    CHECK(cchc::lunar_to_solar(2023, 8, 15) == Date{2023, 9, 29});  // Tết Trung thu
    CHECK(cchc::lunar_to_solar(2024, 8, 15) == Date{2024, 9, 17});
    CHECK(cchc::lunar_to_solar(2025, 8, 15) == Date{2025, 10, 6});
    CHECK(cchc::lunar_to_solar(2024, 7, 15) == Date{2024, 8, 18});  // Vu Lan
}

TEST_CASE("lunar: the last day of the year belongs to the previous lunar year") {
    CHECK(cchc::solar_to_lunar(Date{2024, 2, 9}) == LunarDate{2023, 12, 30, false});
    CHECK(cchc::solar_to_lunar(Date{2025, 1, 28}) == LunarDate{2024, 12, 29, false});
    CHECK(cchc::solar_to_lunar(Date{2024, 1, 1}) == LunarDate{2023, 11, 20, false});
    CHECK(cchc::lunar_to_solar(2023, 12, 30) == Date{2024, 2, 9});
}

TEST_CASE("lunar: leap months") {
    CHECK(cchc::leap_month(2020) == 4);
    CHECK(cchc::leap_month(2023) == 2);
    CHECK(cchc::leap_month(2024) == 0);
    CHECK(cchc::leap_month(2025) == 6);
    CHECK(cchc::leap_month(2028) == 5);
    CHECK(cchc::lunar_to_solar(2023, 2, 1, true) == Date{2023, 3, 22});
    CHECK(cchc::lunar_to_solar(2025, 6, 1, true) == Date{2025, 7, 25});
    CHECK(cchc::lunar_to_solar(2025, 6, 1, false) == Date{2025, 6, 25});
    CHECK(cchc::solar_to_lunar(Date{2025, 7, 25}) == LunarDate{2025, 6, 1, true});
    CHECK(cchc::solar_to_lunar(Date{2025, 7, 24}) == LunarDate{2025, 6, 30, false});
}

TEST_CASE("lunar: impossible dates are rejected") {
    CHECK_FALSE(cchc::lunar_to_solar(2024, 2, 1, true));   // 2024 has no leap month
    CHECK_FALSE(cchc::lunar_to_solar(2025, 5, 1, true));   // 2025's leap month is 6
    CHECK_FALSE(cchc::lunar_to_solar(2024, 12, 30));       // tháng Chạp Giáp Thìn: 29 days
    CHECK_FALSE(cchc::lunar_to_solar(2024, 13, 1));
    CHECK_FALSE(cchc::lunar_to_solar(2024, 1, 0));
    CHECK_FALSE(cchc::lunar_to_solar(2024, 1, 31));
}

TEST_CASE("lunar: month lengths") {
    CHECK(cchc::lunar_month_length(2023, 12) == 30);
    CHECK(cchc::lunar_month_length(2024, 12) == 29);
    CHECK(cchc::lunar_month_length(2025, 6, true) == 29);
    CHECK(cchc::lunar_month_length(2025, 6) == 30);
    CHECK(cchc::lunar_month_length(2024, 6, true) == 0);
}

TEST_CASE("lunar: round trip for every day 2000–2040") {
    int failures = 0;
    for (long s = Date{2000, 1, 1}.serial(); s <= Date{2040, 12, 31}.serial(); ++s) {
        const Date d = Date::from_serial(s);
        const LunarDate l = cchc::solar_to_lunar(d);
        if (l.day < 1 || l.day > 30 || cchc::lunar_to_solar(l) != d) ++failures;
    }
    CHECK(failures == 0);
}

TEST_CASE("lunar: can chi names and display") {
    CHECK(cchc::can_chi_year(2024) == "Giáp Thìn");
    CHECK(cchc::can_chi_year(2025) == "Ất Tỵ");
    CHECK(cchc::can_chi_year(2026) == "Bính Ngọ");
    CHECK(cchc::can_chi_year(1945) == "Ất Dậu");
    CHECK(LunarDate{2024, 3, 10, false}.str() == "10/3");
    CHECK(LunarDate{2025, 6, 1, true}.str() == "1/6 nhuận");
}
