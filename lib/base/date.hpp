#pragma once
// Calendar dates (proleptic Gregorian), the unit every deadline is computed in.
// Dates carry no time of day and no zone: "today" is decided by the caller (cli/).
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace cchc {

struct Date {
    int year = 1970;
    int month = 1;
    int day = 1;

    auto operator<=>(const Date&) const = default;

    // Days since 1970-01-01 (negative before); the arithmetic representation.
    long serial() const;
    static Date from_serial(long days);

    Date plus_days(long n) const { return from_serial(serial() + n); }
    // 0 = Monday … 6 = Sunday (ISO order).
    int weekday() const;
    std::string iso() const;  // YYYY-MM-DD
    std::string dmy() const;  // dd/mm/yyyy, the way Vietnamese documents write dates
};

bool is_leap_year(int year);
int days_in_month(int year, int month);
bool is_valid_date(int year, int month, int day);

// Parses YYYY-MM-DD strictly (a real calendar day); nullopt otherwise.
std::optional<Date> parse_iso_date(std::string_view text);

// Days from a to b (b - a).
inline long days_between(const Date& a, const Date& b) { return b.serial() - a.serial(); }

// A period a plan or journal names: a whole year, half, quarter, month or a single day.
struct Period {
    enum class Kind { year, half, quarter, month, day };
    Kind kind = Kind::year;
    int year = 1970;
    int index = 1;  // half 1-2, quarter 1-4, month 1-12; unused for year
    int day = 1;    // for Kind::day

    Date first_day() const;
    Date last_day() const;
    std::string str() const;  // 2024, 2024-H1, 2024-Q2, 2024-06, 2024-06-30
    bool operator==(const Period&) const = default;
};

// The period of the same kind after `p`: 2024-12 → 2025-01, 2024-H1 → 2024-H2, 2024 → 2025.
Period next_period(Period p);

// Parses 2024, 2024-H1, 2024-Q3, 2024-06, 2024-06-30; nullopt when malformed or impossible.
std::optional<Period> parse_period(std::string_view text);

}  // namespace cchc
