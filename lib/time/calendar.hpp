#pragma once
// The Vietnamese public-sector working-day calendar: statutory holidays (Bộ luật Lao động
// 2019, Điều 112), compensatory days (nghỉ bù, Điều 111.3), the government's yearly
// swaps (nghỉ hoán đổi / làm bù) for công chức, viên chức, plus days a repository adds
// in cchc.yaml. Working days are Monday–Friday minus days off, plus make-up Saturdays.
// See docs/holidays.md for the rules and the shipped years.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/date.hpp"

namespace cchc {

enum class DayKind {
    holiday,       // a public holiday itself (ngày nghỉ lễ, Tết), even on a weekend
    compensatory,  // nghỉ bù: a weekday off because a holiday fell on Saturday/Sunday
    swapped,       // nghỉ hoán đổi: a weekday off, worked instead on a make-up day
    make_up,       // làm bù: a Saturday/Sunday that is a working day
};

enum class DaySource {
    announced,  // shipped table of the government's announcement for that year
    statutory,  // the default rule, for years with no shipped announcement
    settings,   // cchc.yaml `holidays:`
};

// One special day: a day off, or a make-up working day.
struct DayEntry {
    Date date;
    DayKind kind = DayKind::holiday;
    std::string name_vi;  // "Tết Nguyên đán Giáp Thìn", "Nghỉ bù Quốc khánh" …
    std::string name_en;  // "Lunar New Year (Giáp Thìn)", "National Day (compensatory day off)" …
    DaySource source = DaySource::statutory;

    bool is_day_off() const { return kind != DayKind::make_up; }
    bool operator==(const DayEntry&) const = default;
};

// A day from settings: off = true adds a day off, off = false makes the day a working
// day (a make-up Saturday, or cancelling a day off the default rule assumed).
struct ExtraDay {
    Date date;
    bool off = true;
    std::string name;
};

// A run of consecutive non-working days holding at least one day off, weekends included:
// how announcements state a break ("nghỉ từ thứ Bảy 27/4 đến hết thứ Tư 1/5").
struct Break {
    Date first;
    Date last;
    std::string name_vi;  // the holidays in the run, comma-separated
    std::string name_en;
    long days() const { return days_between(first, last) + 1; }
    bool operator==(const Break&) const = default;
};

// Short stable identifiers: "holiday", "compensatory", "swapped", "make_up";
// "announced", "statutory", "settings".
const char* day_kind_name(DayKind kind);
const char* day_source_name(DaySource source);

// The special days of the announcement for `year` (holiday_data.cpp): the shipped table
// when there is one, else the default rule. Entries are sorted by date; a make-up day may
// fall in the previous or next year (e.g. 27/12/2014 for 2/1/2015).
std::vector<DayEntry> special_days(int year);
// The default rule alone (statutory holidays + nghỉ bù), whatever is shipped.
std::vector<DayEntry> statutory_days(int year);
// True when `year` has a shipped announcement; the list of such years, ascending.
bool has_announcement(int year);
std::vector<int> announced_years();

class Calendar {
public:
    // Shipped announcements, the default rule for other years, no extra days.
    Calendar() = default;

    // Days from settings; a later day replaces an earlier entry for the same date.
    void add_extra_days(const std::vector<ExtraDay>& days);
    void add_extra_day(const ExtraDay& day);

    // The special-day entry for `date`, if any.
    std::optional<DayEntry> entry(const Date& date) const;
    // A day off that is not an ordinary weekend: holiday, nghỉ bù, hoán đổi or extra.
    bool is_holiday(const Date& date) const;
    bool is_working_day(const Date& date) const;
    // Vietnamese name of the day off on `date` (nullopt for working days and weekends).
    std::optional<std::string> holiday_name(const Date& date) const;

    std::vector<DayEntry> days_off(int year) const;      // dated in `year`, by date
    std::vector<DayEntry> make_up_days(int year) const;  // dated in `year`, by date
    std::vector<Break> breaks(int year) const;           // holding a day off in `year`

    // `date` when it is a working day, else the next working day.
    Date working_day_on_or_after(const Date& date) const;
    // The n-th working day after `from` (not counting `from`); n < 0 counts backwards,
    // n == 0 returns `from`.
    Date add_working_days(const Date& from, int n) const;
    // Working days from a to b: those in (a, b], or minus those in [b, a) when b < a — the
    // inverse of add_working_days: working_days_between(a, add_working_days(a, n)) == n.
    int working_days_between(const Date& a, const Date& b) const;

    // Bộ luật Dân sự 2015, Điều 147–148: "within N days of an event" starts the day after
    // the event and ends on the N-th day; a last day that is a weekend or holiday moves to
    // the next working day. n_days ≥ 0.
    Date civil_deadline(const Date& event, int n_days) const;
    // Same for N months (Điều 148.3): the corresponding day of the last month, or that
    // month's last day when it has no such day.
    Date civil_deadline_months(const Date& event, int n_months) const;

private:
    using YearEntries = std::map<long, DayEntry>;  // by Date::serial()
    const YearEntries& entries_in(int year) const;

    std::map<long, DayEntry> extras_;
    // Entries dated in a given year, built on first use. Not safe to share one Calendar
    // between threads; copies are independent.
    mutable std::map<int, YearEntries> cache_;
};

}  // namespace cchc
