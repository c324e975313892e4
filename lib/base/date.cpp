#include "base/date.hpp"

#include <fmt/format.h>

#include <charconv>

namespace cchc {

bool is_leap_year(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12) return 0;
    return (m == 2 && is_leap_year(y)) ? 29 : days[m - 1];
}

bool is_valid_date(int y, int m, int d) {
    return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m);
}

// Howard Hinnant's days_from_civil / civil_from_days.
long Date::serial() const {
    const long y = year - (month <= 2 ? 1 : 0);
    const long era = (y >= 0 ? y : y - 399) / 400;
    const long yoe = y - era * 400;
    const long mp = (month + 9) % 12;
    const long doy = (153 * mp + 2) / 5 + day - 1;
    const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

Date Date::from_serial(long z) {
    z += 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const long doe = z - era * 146097;
    const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long mp = (5 * doy + 2) / 153;
    const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    const int y = static_cast<int>(yoe + era * 400 + (m <= 2 ? 1 : 0));
    return Date{y, m, d};
}

int Date::weekday() const {
    // 1970-01-01 was a Thursday (3 in Monday=0 order).
    long w = (serial() + 3) % 7;
    return static_cast<int>(w < 0 ? w + 7 : w);
}

std::string Date::iso() const { return fmt::format("{:04}-{:02}-{:02}", year, month, day); }
std::string Date::dmy() const { return fmt::format("{:02}/{:02}/{:04}", day, month, year); }

namespace {
bool read_int(std::string_view s, int& out) {
    if (s.empty()) return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc{} && p == s.data() + s.size();
}
}  // namespace

std::optional<Date> parse_iso_date(std::string_view t) {
    if (t.size() != 10 || t[4] != '-' || t[7] != '-') return std::nullopt;
    int y = 0, m = 0, d = 0;
    if (!read_int(t.substr(0, 4), y) || !read_int(t.substr(5, 2), m) || !read_int(t.substr(8, 2), d))
        return std::nullopt;
    if (!is_valid_date(y, m, d)) return std::nullopt;
    return Date{y, m, d};
}

Date Period::first_day() const {
    switch (kind) {
        case Kind::year: return {year, 1, 1};
        case Kind::half: return {year, index == 1 ? 1 : 7, 1};
        case Kind::quarter: return {year, (index - 1) * 3 + 1, 1};
        case Kind::month: return {year, index, 1};
        case Kind::day: return {year, index, day};
    }
    return {year, 1, 1};
}

Date Period::last_day() const {
    switch (kind) {
        case Kind::year: return {year, 12, 31};
        case Kind::half: return index == 1 ? Date{year, 6, 30} : Date{year, 12, 31};
        case Kind::quarter: {
            const int m = index * 3;
            return {year, m, days_in_month(year, m)};
        }
        case Kind::month: return {year, index, days_in_month(year, index)};
        case Kind::day: return {year, index, day};
    }
    return {year, 12, 31};
}

std::string Period::str() const {
    switch (kind) {
        case Kind::year: return fmt::format("{:04}", year);
        case Kind::half: return fmt::format("{:04}-H{}", year, index);
        case Kind::quarter: return fmt::format("{:04}-Q{}", year, index);
        case Kind::month: return fmt::format("{:04}-{:02}", year, index);
        case Kind::day: return fmt::format("{:04}-{:02}-{:02}", year, index, day);
    }
    return {};
}

std::optional<Period> parse_period(std::string_view t) {
    Period p;
    if (t.size() < 4 || !read_int(t.substr(0, 4), p.year) || p.year < 1) return std::nullopt;
    if (t.size() == 4) return p;
    if (t[4] != '-') return std::nullopt;
    std::string_view rest = t.substr(5);
    if (rest.size() == 2 && (rest[0] == 'Q' || rest[0] == 'H')) {
        if (!read_int(rest.substr(1), p.index)) return std::nullopt;
        p.kind = rest[0] == 'Q' ? Period::Kind::quarter : Period::Kind::half;
        const int max = rest[0] == 'Q' ? 4 : 2;
        if (p.index < 1 || p.index > max) return std::nullopt;
        return p;
    }
    if (rest.size() == 2) {
        if (!read_int(rest, p.index) || p.index < 1 || p.index > 12) return std::nullopt;
        p.kind = Period::Kind::month;
        return p;
    }
    auto d = parse_iso_date(t);
    if (!d) return std::nullopt;
    p.kind = Period::Kind::day;
    p.index = d->month;
    p.day = d->day;
    return p;
}

Period next_period(Period p) {
    const int count = p.kind == Period::Kind::month     ? 12
                      : p.kind == Period::Kind::quarter ? 4
                      : p.kind == Period::Kind::half    ? 2
                                                        : 1;
    if (++p.index > count) {
        p.index = 1;
        ++p.year;
    }
    return p;
}

}  // namespace cchc
