#include "time/lunar.hpp"

#include <fmt/format.h>

#include <array>
#include <cmath>
#include <numbers>

// Port of Hồ Ngọc Đức's "amlich" algorithm (public description:
// https://www.informatik.uni-leipzig.de/~duc/amlich/calrules.html). Days are Julian day
// numbers; all astronomy is evaluated at local midnight of UTC+7.
namespace cchc {

namespace {

constexpr double time_zone = 7.0;  // Vietnam, not the Chinese UTC+8
constexpr double pi = std::numbers::pi;
constexpr double dr = pi / 180.0;  // degrees → radians
constexpr double synodic_month = 29.530588853;
constexpr double new_moon_epoch = 2415021.076998695;  // new moon of 1900-01-01
constexpr long unix_epoch_jdn = 2440588;                // Julian day number of 1970-01-01

long floor_long(double x) { return static_cast<long>(std::floor(x)); }

long jdn(const Date& d) { return d.serial() + unix_epoch_jdn; }
Date from_jdn(long jd) { return Date::from_serial(jd - unix_epoch_jdn); }

// Day (JDN at UTC+7) of the k-th new moon after 1900-01-01.
long new_moon_day(long k) {
    const double t = static_cast<double>(k) / 1236.85;  // Julian centuries from 1900-01-00.5
    const double t2 = t * t;
    const double t3 = t2 * t;
    double jd1 = 2415020.75933 + 29.53058868 * static_cast<double>(k) + 0.0001178 * t2 -
                 0.000000155 * t3;
    jd1 += 0.00033 * std::sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
    const double m = 359.2242 + 29.10535608 * static_cast<double>(k) - 0.0000333 * t2 -
                     0.00000347 * t3;  // sun's mean anomaly
    const double mpr = 306.0253 + 385.81691806 * static_cast<double>(k) + 0.0107306 * t2 +
                       0.00001236 * t3;  // moon's mean anomaly
    const double f = 21.2964 + 390.67050646 * static_cast<double>(k) - 0.0016528 * t2 -
                     0.00000239 * t3;  // moon's argument of latitude
    double c1 = (0.1734 - 0.000393 * t) * std::sin(m * dr) + 0.0021 * std::sin(2 * dr * m);
    c1 = c1 - 0.4068 * std::sin(mpr * dr) + 0.0161 * std::sin(dr * 2 * mpr);
    c1 = c1 - 0.0004 * std::sin(dr * 3 * mpr);
    c1 = c1 + 0.0104 * std::sin(dr * 2 * f) - 0.0051 * std::sin(dr * (m + mpr));
    c1 = c1 - 0.0074 * std::sin(dr * (m - mpr)) + 0.0004 * std::sin(dr * (2 * f + m));
    c1 = c1 - 0.0004 * std::sin(dr * (2 * f - m)) - 0.0006 * std::sin(dr * (2 * f + mpr));
    c1 = c1 + 0.0010 * std::sin(dr * (2 * f - mpr)) + 0.0005 * std::sin(dr * (2 * mpr + m));
    const double delta_t = t < -11
        ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
        : -0.000278 + 0.000265 * t + 0.000262 * t2;
    return floor_long(jd1 + c1 - delta_t + 0.5 + time_zone / 24.0);
}

// Sun's apparent longitude at local midnight starting day `jd`, as the index (0..11) of
// the 30° sector it lies in; sector changes are the major solar terms (trung khí).
int sun_sector(long jd) {
    const double t = (static_cast<double>(jd) - 2451545.5 - time_zone / 24.0) / 36525.0;
    const double t2 = t * t;
    const double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
    const double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
    double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * std::sin(dr * m);
    dl += (0.019993 - 0.000101 * t) * std::sin(dr * 2 * m) + 0.000290 * std::sin(dr * 3 * m);
    double l = (l0 + dl) * dr;
    l -= 2 * pi * std::floor(l / (2 * pi));
    return static_cast<int>(std::floor(l / pi * 6));
}

// First day of lunar month 11 (the month holding the winter solstice) of solar year y.
long month11_start(int y) {
    const long off = jdn(Date{y, 12, 31}) - 2415021;
    const long k = floor_long(static_cast<double>(off) / synodic_month);
    const long nm = new_moon_day(k);
    return sun_sector(nm) >= 9 ? new_moon_day(k - 1) : nm;
}

// Offset (1..13) from month 11 of the leap month in a 13-month span starting at a11: the
// first month in which the sun does not enter a new sector.
int leap_month_offset(long a11) {
    const long k = floor_long((static_cast<double>(a11) - new_moon_epoch) / synodic_month + 0.5);
    int i = 1;
    int arc = sun_sector(new_moon_day(k + i));
    int last = 0;
    do {
        last = arc;
        ++i;
        arc = sun_sector(new_moon_day(k + i));
    } while (arc != last && i < 14);
    return i - 1;
}

// Julian day of a lunar date without validation of the day; -1 for a leap flag on a
// month that is not leap.
long lunar_to_jdn(int year, int month, int day, bool leap) {
    const long a11 = month < 11 ? month11_start(year - 1) : month11_start(year);
    const long b11 = month < 11 ? month11_start(year) : month11_start(year + 1);
    const long k = floor_long(0.5 + (static_cast<double>(a11) - new_moon_epoch) / synodic_month);
    int off = month - 11;
    if (off < 0) off += 12;
    if (b11 - a11 > 365) {
        const int leap_off = leap_month_offset(a11);
        int leap_number = leap_off - 2;
        if (leap_number <= 0) leap_number += 12;  // offset 1 → leap 11, offset 2 → leap 12
        if (leap && month != leap_number) return -1;
        if (leap || off >= leap_off) off += 1;
    }
    return new_moon_day(k + off) + day - 1;
}

}  // namespace

std::string LunarDate::str() const {
    return leap ? fmt::format("{}/{} nhuận", day, month) : fmt::format("{}/{}", day, month);
}

LunarDate solar_to_lunar(const Date& date) {
    const long day_number = jdn(date);
    long k = floor_long((static_cast<double>(day_number) - new_moon_epoch) / synodic_month) + 1;
    // The mean-month estimate can be one lunation late (e.g. 2054-05-07): step back.
    long month_start = new_moon_day(k);
    while (month_start > day_number) month_start = new_moon_day(--k);
    long a11 = month11_start(date.year);
    long b11 = a11;
    LunarDate out;
    if (a11 >= month_start) {
        out.year = date.year;
        a11 = month11_start(date.year - 1);
    } else {
        out.year = date.year + 1;
        b11 = month11_start(date.year + 1);
    }
    out.day = static_cast<int>(day_number - month_start + 1);
    const int diff = static_cast<int>((month_start - a11) / 29);
    out.month = diff + 11;
    if (b11 - a11 > 365) {
        const int leap_off = leap_month_offset(a11);
        if (diff >= leap_off) {
            out.month = diff + 10;
            out.leap = diff == leap_off;
        }
    }
    if (out.month > 12) out.month -= 12;
    if (out.month >= 11 && diff < 4) out.year -= 1;
    return out;
}

std::optional<Date> lunar_to_solar(int lunar_year, int lunar_month, int lunar_day,
                                   bool leap_month) {
    if (lunar_month < 1 || lunar_month > 12 || lunar_day < 1 || lunar_day > 30)
        return std::nullopt;
    const long jd = lunar_to_jdn(lunar_year, lunar_month, lunar_day, leap_month);
    if (jd < 0) return std::nullopt;
    const Date solar = from_jdn(jd);
    // The round trip rejects day 30 of a short month and a leap flag on a normal year.
    const LunarDate back = solar_to_lunar(solar);
    if (back != LunarDate{lunar_year, lunar_month, lunar_day, leap_month}) return std::nullopt;
    return solar;
}

std::optional<Date> lunar_to_solar(const LunarDate& lunar) {
    return lunar_to_solar(lunar.year, lunar.month, lunar.day, lunar.leap);
}

Date lunar_new_year(int lunar_year) { return from_jdn(lunar_to_jdn(lunar_year, 1, 1, false)); }

int leap_month(int lunar_year) {
    for (int m = 1; m <= 12; ++m)
        if (lunar_to_solar(lunar_year, m, 1, true)) return m;
    return 0;
}

int lunar_month_length(int lunar_year, int lunar_month, bool leap_month) {
    if (!lunar_to_solar(lunar_year, lunar_month, 1, leap_month)) return 0;
    return lunar_to_solar(lunar_year, lunar_month, 30, leap_month) ? 30 : 29;
}

std::string can_chi_year(int lunar_year) {
    static constexpr std::array<const char*, 10> can = {
        "Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"};
    static constexpr std::array<const char*, 12> chi = {
        "Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"};
    const int c = ((lunar_year + 6) % 10 + 10) % 10;  // 4 CE was Giáp Tý
    const int z = ((lunar_year + 8) % 12 + 12) % 12;
    return fmt::format("{} {}", can[static_cast<std::size_t>(c)], chi[static_cast<std::size_t>(z)]);
}

}  // namespace cchc
