// Calendar: look-ups over the special days of each year, and working-day arithmetic.
#include "time/calendar.hpp"

#include <algorithm>

namespace cchc {

namespace {

bool is_weekend(const Date& d) { return d.weekday() >= 5; }

// Appends `name` unless already present (break names list each holiday once).
void add_unique(std::vector<std::string>& names, const std::string& name) {
    if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
}

std::string join(const std::vector<std::string>& parts) {
    std::string out;
    for (const auto& p : parts) out += (out.empty() ? "" : ", ") + p;
    return out;
}

}  // namespace

void Calendar::add_extra_day(const ExtraDay& day) {
    DayEntry e;
    e.date = day.date;
    e.kind = day.off ? DayKind::holiday : DayKind::make_up;
    e.name_vi = day.name;
    e.name_en = day.name;
    e.source = DaySource::settings;
    extras_[day.date.serial()] = e;
    cache_.erase(day.date.year);
}

void Calendar::add_extra_days(const std::vector<ExtraDay>& days) {
    for (const auto& d : days) add_extra_day(d);
}

const Calendar::YearEntries& Calendar::entries_in(int year) const {
    if (auto it = cache_.find(year); it != cache_.end()) return it->second;
    YearEntries table;
    // A make-up day may belong to the previous or next year's announcement.
    for (int y = year - 1; y <= year + 1; ++y)
        for (auto& e : special_days(y))
            if (e.date.year == year) table[e.date.serial()] = std::move(e);
    for (auto it = extras_.lower_bound(Date{year, 1, 1}.serial());
         it != extras_.end() && it->second.date.year == year; ++it)
        table[it->first] = it->second;  // settings win over shipped data and the rule
    return cache_.emplace(year, std::move(table)).first->second;
}

std::optional<DayEntry> Calendar::entry(const Date& date) const {
    const YearEntries& table = entries_in(date.year);
    if (auto it = table.find(date.serial()); it != table.end()) return it->second;
    return std::nullopt;
}

bool Calendar::is_holiday(const Date& date) const {
    const auto e = entry(date);
    return e && e->is_day_off();
}

bool Calendar::is_working_day(const Date& date) const {
    if (const auto e = entry(date)) return !e->is_day_off();
    return !is_weekend(date);
}

std::optional<std::string> Calendar::holiday_name(const Date& date) const {
    const auto e = entry(date);
    if (!e || !e->is_day_off()) return std::nullopt;
    return e->name_vi;
}

std::vector<DayEntry> Calendar::days_off(int year) const {
    std::vector<DayEntry> out;
    for (const auto& [serial, e] : entries_in(year))
        if (e.is_day_off()) out.push_back(e);
    return out;
}

std::vector<DayEntry> Calendar::make_up_days(int year) const {
    std::vector<DayEntry> out;
    for (const auto& [serial, e] : entries_in(year))
        if (!e.is_day_off()) out.push_back(e);
    return out;
}

std::vector<Break> Calendar::breaks(int year) const {
    std::vector<Break> out;
    for (const DayEntry& off : days_off(year)) {
        if (!out.empty() && off.date <= out.back().last) continue;  // inside the last break
        Break b{off.date, off.date, {}, {}};
        while (!is_working_day(b.first.plus_days(-1))) b.first = b.first.plus_days(-1);
        while (!is_working_day(b.last.plus_days(1))) b.last = b.last.plus_days(1);
        // Name a break after its holidays; one made only of other days off by those.
        std::vector<std::string> vi, en, any_vi, any_en;
        for (Date d = b.first; d <= b.last; d = d.plus_days(1)) {
            const auto e = entry(d);
            if (!e || !e->is_day_off()) continue;
            add_unique(any_vi, e->name_vi);
            add_unique(any_en, e->name_en);
            if (e->kind != DayKind::holiday) continue;
            add_unique(vi, e->name_vi);
            add_unique(en, e->name_en);
        }
        b.name_vi = join(vi.empty() ? any_vi : vi);
        b.name_en = join(en.empty() ? any_en : en);
        out.push_back(std::move(b));
    }
    return out;
}

Date Calendar::working_day_on_or_after(const Date& date) const {
    Date d = date;
    while (!is_working_day(d)) d = d.plus_days(1);
    return d;
}

Date Calendar::add_working_days(const Date& from, int n) const {
    const int step = n < 0 ? -1 : 1;
    Date d = from;
    for (int left = n < 0 ? -n : n; left > 0;) {
        d = d.plus_days(step);
        if (is_working_day(d)) --left;
    }
    return d;
}

int Calendar::working_days_between(const Date& a, const Date& b) const {
    // Forwards count (a, b], backwards [b, a): the days add_working_days steps onto.
    const bool back = b < a;
    const Date lo = back ? b : a.plus_days(1);
    const Date hi = back ? a.plus_days(-1) : b;
    int count = 0;
    for (Date d = lo; d <= hi; d = d.plus_days(1))
        if (is_working_day(d)) ++count;
    return back ? -count : count;
}

Date Calendar::civil_deadline(const Date& event, int n_days) const {
    // Điều 147.3: the event's own day is not counted; Điều 148.5: a last day that is a
    // weekend or holiday moves to the next working day.
    return working_day_on_or_after(event.plus_days(n_days));
}

Date Calendar::civil_deadline_months(const Date& event, int n_months) const {
    const int index = event.year * 12 + (event.month - 1) + n_months;
    const int year = index / 12;
    const int month = index % 12 + 1;
    const Date last{year, month, std::min(event.day, days_in_month(year, month))};
    return working_day_on_or_after(last);
}

}  // namespace cchc
