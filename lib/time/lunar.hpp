#pragma once
// The Vietnamese lunisolar calendar (âm lịch), computed astronomically at UTC+7 after
// Hồ Ngọc Đức's algorithm (mean new moons with periodic terms, apparent sun longitude,
// month 11 holds the winter solstice, the first month without a major solar term is leap).
// It differs from the Chinese calendar (UTC+8) when a new moon falls between 16:00 and
// 17:00 UTC: Tết 1985 is 21/1 in Vietnam but 20/2 in China; Tết 2030 is 2/2 (China 3/2).
// Accurate for 1900–2199; outside that range results are best effort.
#include <compare>
#include <optional>
#include <string>

#include "base/date.hpp"

namespace cchc {

struct LunarDate {
    int year = 1970;    // the lunar year: month 1 day 1 is Tết of this (solar) year
    int month = 1;      // 1..12; a leap month repeats the number of the month before it
    int day = 1;        // 1..30
    bool leap = false;  // tháng nhuận

    auto operator<=>(const LunarDate&) const = default;

    // "10/3", "15/4 nhuận" — day/month as Vietnamese documents write lunar dates.
    std::string str() const;
};

// The lunar date of a (Gregorian) calendar day.
LunarDate solar_to_lunar(const Date& date);

// The calendar day of a lunar date; nullopt when no such day exists (no leap month of
// that number in that year, or day 30 of a 29-day month).
std::optional<Date> lunar_to_solar(int lunar_year, int lunar_month, int lunar_day,
                                   bool leap_month = false);
std::optional<Date> lunar_to_solar(const LunarDate& lunar);

// Mùng 1 Tết (first day of the first lunar month) of `lunar_year`; always in late
// January or February of the same Gregorian year.
Date lunar_new_year(int lunar_year);

// Number of the leap month of `lunar_year` (1..12), 0 when the year has none.
int leap_month(int lunar_year);

// Length of a lunar month (29 or 30); 0 when the month does not exist.
int lunar_month_length(int lunar_year, int lunar_month, bool leap_month = false);

// Sexagenary (can chi) name of a lunar year: 2024 → "Giáp Thìn".
std::string can_chi_year(int lunar_year);

}  // namespace cchc
