// Deadlines made concrete: the occurrences a plan year holds, and short descriptions.
// Weekly occurrences are ISO weeks (Monday..Sunday), due on their Friday: the week's last
// working day (Saturday and Sunday are days off), as the plans never name a weekday; a Friday
// holiday moves it earlier, with the calendar (working_week.hpp: on_working_days).
#include "time/deadline.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

namespace cchc {

namespace {

using Occurrences = std::vector<Occurrence>;

// --- recurring ---

Period::Kind period_kind(Recurrence r) {
    static constexpr std::array<Period::Kind, 5> kinds = {
        Period::Kind::month, Period::Kind::month, Period::Kind::quarter, Period::Kind::half, Period::Kind::year};
    return kinds[static_cast<std::size_t>(r)];
}

// The period of kind `k` that holds `d`.
Period period_at(Period::Kind k, Date d) {
    const int index = k == Period::Kind::month     ? d.month
                      : k == Period::Kind::quarter ? (d.month - 1) / 3 + 1
                      : k == Period::Kind::half    ? (d.month - 1) / 6 + 1
                                                   : 1;
    return Period{k, d.year, index};
}

// "day 14 of the period's last month", clamped to that month's length; before = the day before.
Date due_in(const Period& p, int day, bool before) {
    const Date end = p.last_day();
    if (day <= 0) return end;
    const Date due{end.year, end.month, std::min(day, days_in_month(end.year, end.month))};
    return before ? due.plus_days(-1) : due;
}

std::string iso_week_key(Date sunday) {
    const Date thursday = sunday.plus_days(-3);  // ISO: a week belongs to its Thursday's year
    const long day_of_year = days_between(Date{thursday.year, 1, 1}, thursday);
    return fmt::format("{:04}-W{:02}", thursday.year, day_of_year / 7 + 1);
}

Occurrences weeks(Date from, Date until) {
    Occurrences out;
    for (Date sunday = from.plus_days(6 - from.weekday()); sunday <= until; sunday = sunday.plus_days(7))
        out.push_back({sunday.plus_days(-6), sunday.plus_days(-2), iso_week_key(sunday), {}});
    return out;
}

// A period belongs to the range when its last day is in it (weeks alike, by their Sunday).
Occurrences recurring(const Deadline& d, int plan_year) {
    const Date from = d.range_from ? d.range_from->first_day() : Date{plan_year, 1, 1};
    const Date until = d.range_until ? d.range_until->last_day() : Date{plan_year, 12, 31};
    if (d.every == Recurrence::week) return weeks(from, until);
    Occurrences out;
    for (Period p = period_at(period_kind(d.every), from); p.first_day() <= until; p = next_period(p))
        if (p.last_day() >= from && p.last_day() <= until)
            out.push_back({p.first_day(), due_in(p, d.day, d.before), p.str(), {}});
    return out;
}

// --- the other kinds ---

Occurrences none(const Deadline&, int) { return {}; }
Occurrences on_date(const Deadline& d, int) { return {{std::nullopt, d.date, {}, {}}}; }
Occurrences before_date(const Deadline& d, int) { return {{std::nullopt, d.date.plus_days(-1), {}, {}}}; }
Occurrences within(const Deadline& d, int) {
    const Date last = d.period_until ? d.period_until->last_day() : d.period.last_day();
    return {{d.period.first_day(), last, {}, {}}};
}

Occurrences after_event(const Deadline& d, int) {
    if (!d.expected) return {};
    return {{std::nullopt, d.expected->last_day(), {}, {}}};
}

// Each part once; a part of "dates" is keyed by its own date or period so that a journal
// can say which one was done, a milestone by its label.
Occurrences parts(const Deadline& d, int plan_year) {
    Occurrences out;
    for (const Deadline& part : d.parts) {
        for (Occurrence o : occurrences(part, plan_year)) {
            if (d.kind == Deadline::Kind::milestones)
                o.label = part.label;
            else if (o.key.empty())
                o.key = part.kind == Deadline::Kind::within ? part.period.str() : part.date.iso();
            out.push_back(std::move(o));
        }
    }
    return out;
}

// --- descriptions ---

std::string describe_recurring(const Deadline& d) {
    std::string out = fmt::format("every {}", recurrence_name(d.every));
    if (d.day > 0 && d.every != Recurrence::week)
        out += d.every == Recurrence::month ? fmt::format(", day {}", d.day)
                                            : fmt::format(", day {} of its last month", d.day);
    if (d.day > 0 && d.before) out += ", before";
    if (d.range_from) out += " from " + d.range_from->str();
    if (d.range_until) out += " until " + d.range_until->str();
    return out;
}

std::string describe_event(const Deadline& d) {
    const std::string event = d.event.empty() ? fmt::format("\"{}\"", d.event_text) : d.event;
    std::string out = d.within_days > 0
                          ? fmt::format("within {} {}days of {}", d.within_days, d.working ? "working " : "", event)
                          : "after " + event;
    if (d.expected) out += ", expected in " + d.expected->str();
    return out;
}

std::string describe_parts(const Deadline& d) {
    std::string out = d.kind == Deadline::Kind::milestones ? "milestones: " : "each of: ";
    for (std::size_t i = 0; i < d.parts.size(); ++i) {
        const Deadline& part = d.parts[i];
        if (i > 0) out += "; ";
        if (!part.label.empty()) out += part.label + ": ";
        out += describe(part);
    }
    return out;
}

std::string describe_dated(const Deadline& d) {
    using K = Deadline::Kind;
    if (d.kind == K::on_date) return "on or before " + d.date.iso();
    if (d.kind == K::before_date)
        return fmt::format("before {} (last day {})", d.date.iso(), d.date.plus_days(-1).iso());
    if (d.kind == K::within && d.period_until)
        return fmt::format("within {}..{} ({}..{})", d.period.str(), d.period_until->str(), d.period.first_day().iso(),
                           d.period_until->last_day().iso());
    if (d.kind == K::within)
        return fmt::format("within {} ({}..{})", d.period.str(), d.period.first_day().iso(), d.period.last_day().iso());
    if (d.kind == K::from) return fmt::format("from {} on, no end", d.period.str());
    return "ongoing through " + d.period.str();
}

std::string describe_per(const Deadline& d) { return fmt::format("no date of its own: \"{}\"", d.per); }

using OccurrenceFn = Occurrences (*)(const Deadline&, int);
// Indexed by Deadline::Kind, in its order.
constexpr std::array<OccurrenceFn, 10> kOccurrenceFns = {on_date, before_date, within,      none, none,
                                                         parts,   recurring,   after_event, none, parts};

using DescribeFn = std::string (*)(const Deadline&);
constexpr std::array<DescribeFn, 10> kDescribeFns = {describe_dated, describe_dated, describe_dated,     describe_dated,
                                                     describe_dated, describe_parts, describe_recurring, describe_event,
                                                     describe_per,   describe_parts};

constexpr std::array<const char*, 10> kKindNames = {"on_date", "before_date", "within",      "from",    "ongoing",
                                                    "dates",   "recurring",   "after_event", "no_date", "milestones"};
constexpr std::array<const char*, 5> kRecurrenceNames = {"week", "month", "quarter", "half", "year"};

}  // namespace

std::vector<Occurrence> occurrences(const Deadline& d, int plan_year) {
    return kOccurrenceFns[static_cast<std::size_t>(d.kind)](d, plan_year);
}

std::string describe(const Deadline& d) { return kDescribeFns[static_cast<std::size_t>(d.kind)](d); }

const char* kind_name(Deadline::Kind k) { return kKindNames[static_cast<std::size_t>(k)]; }
const char* recurrence_name(Recurrence r) { return kRecurrenceNames[static_cast<std::size_t>(r)]; }

}  // namespace cchc
