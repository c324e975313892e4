// The forms pinned to the calendar: a date, "trước"/"chậm nhất" a date or a day of
// every reporting period, within a month/quarter/half/year, from a period, several dates.
#include <fmt/format.h>

#include "time/timing_grammar.hpp"

namespace cchc::timing {

namespace {

Deadline at_date(Deadline::Kind kind, Date date) {
    Deadline d;
    d.kind = kind;
    d.date = date;
    return d;
}

Deadline in_period(Deadline::Kind kind, Period period) {
    Deadline d;
    d.kind = kind;
    d.period = period;
    return d;
}

// Which period "tháng cuối [của] …" closes. Reports are quarterly (glossary): "kỳ báo cáo"
// is read as the quarter.
std::optional<Recurrence> last_month_of(Cursor& c) {
    if (!c.accept("thang cuoi")) return std::nullopt;
    c.accept("cua");
    if (c.accept("ky bao cao") || c.accept("quy")) return Recurrence::quarter;
    if (c.accept("nam")) return Recurrence::year;
    return std::nullopt;
}

// "[ngày] 14 [của] tháng cuối [của] kỳ báo cáo" · "[ngày] 5 hàng tháng": a day of every period.
std::optional<Deadline> day_of_every_period(Cursor& c, bool before) {
    Cursor p = c;
    p.accept("ngay");
    const std::size_t from = p.pos();
    auto day = p.accept_number();
    if (!day) return std::nullopt;
    p.accept("cua");
    std::optional<Recurrence> every = last_month_of(p);
    if (!every && p.accept("hang thang")) every = Recurrence::month;
    // "15 tháng 12 hằng năm": a day of the year's last month, every year (other months
    // are no day of a period's last month: not read).
    if (!every) {
        Cursor q = p;
        if (q.accept("thang") && q.accept_number() == 12 && q.accept("hang nam")) every = Recurrence::year, p = q;
    }
    if (!every) return std::nullopt;
    if (*day < 1 || *day > 31) {
        p.fail(fmt::format("invalid day '{}'", p.text(from, from + 1)));
        return std::nullopt;
    }
    Deadline d;
    d.kind = Deadline::Kind::recurring;
    d.every = *every;
    d.day = *day;
    d.before = before;
    c = p;
    return d;
}

// The parts a list of dates may hold ("Tháng 6, Tháng 12"): fixed dates and periods only.
std::optional<Deadline> dated_item(Cursor& c) {
    for (FormFn form : {form_on_date, form_before, form_latest, form_by, form_within}) {
        Cursor p = c;
        auto d = form(p);
        if (d && d->kind != Deadline::Kind::recurring) {
            c = p;
            return d;
        }
    }
    return std::nullopt;
}

bool accept_separator(Cursor& c) { return c.accept_punct(",") || c.accept_punct(";") || c.accept("va"); }

}  // namespace

std::optional<Deadline> form_on_date(Cursor& c) {
    // "Ngày 05 hằng tháng": that day of every month.
    if (c.at("ngay")) {
        if (auto d = day_of_every_period(c, false)) return d;
    }
    // "Tuần đầu tháng 12/2024": the month's first seven days, due on the 7th.
    {
        Cursor p = c;
        if (p.accept("tuan dau")) {
            auto month = month_ref(p);
            if (!month) return std::nullopt;
            c = p;
            const Date first = month->first_day();
            return at_date(Deadline::Kind::on_date, Date{first.year, first.month, 7});
        }
    }
    auto date = date_ref(c);
    if (!date) return std::nullopt;
    return at_date(Deadline::Kind::on_date, *date);
}

std::optional<Deadline> form_before(Cursor& c) {
    Cursor p = c;
    if (!p.accept("truoc")) return std::nullopt;
    // A day of every period first: "trước ngày 15 tháng 12 hằng năm" starts like a date.
    if (auto d = day_of_every_period(p, true)) {
        c = p;
        return d;
    }
    Cursor q = p;
    if (auto date = date_ref(q)) {
        c = q;
        return at_date(Deadline::Kind::before_date, *date);
    }
    return std::nullopt;
}

std::optional<Deadline> form_latest(Cursor& c) {
    Cursor p = c;
    if (!p.accept("cham nhat")) return std::nullopt;
    if (!p.accept("vao")) p.accept("la");
    Cursor q = p;
    if (auto date = date_ref(q)) {
        c = q;
        return at_date(Deadline::Kind::on_date, *date);
    }
    auto d = day_of_every_period(p, false);
    if (d) c = p;
    return d;
}

std::optional<Deadline> form_by(Cursor& c) {
    Cursor p = c;
    if (p.accept("den")) {
        p.accept("het");
        auto date = date_ref(p);
        if (!date) return std::nullopt;
        c = p;
        return at_date(Deadline::Kind::on_date, *date);
    }
    auto period = end_of_ref(p);
    if (!period) return std::nullopt;
    c = p;
    return at_date(Deadline::Kind::on_date, period->last_day());
}

namespace {

// "tháng 3 – 5/2024", "quý II–III": within the whole range, due at its last day.
std::optional<Deadline> within_range(Cursor& c) {
    for (auto ref : {month_range_ref, quarter_range_ref}) {
        if (auto range = ref(c)) {
            Deadline d = in_period(Deadline::Kind::within, range->first);
            d.period_until = range->second;
            return d;
        }
    }
    return std::nullopt;
}

}  // namespace

std::optional<Deadline> form_within(Cursor& c) {
    Cursor p = c;
    const bool trong = p.accept("trong");
    if (auto d = within_range(p)) {
        c = p;
        return d;
    }
    for (auto ref : {month_ref, quarter_ref, half_ref}) {
        if (auto period = ref(p)) {
            c = p;
            return in_period(Deadline::Kind::within, *period);
        }
    }
    // "Trong năm" alone is the plan's year; a bare "năm" needs its number.
    if (trong && p.accept("nam")) {
        const int year = p.accept_year().value_or(c.plan_year());
        c = p;
        return in_period(Deadline::Kind::within, Period{Period::Kind::year, year, 1});
    }
    if (auto period = year_ref(p)) {
        // "Năm 2024 và các năm tiếp theo": from 2024 on, no end.
        const bool onwards = p.accept("va cac nam tiep theo");
        c = p;
        return in_period(onwards ? Deadline::Kind::from : Deadline::Kind::within, *period);
    }
    return std::nullopt;
}

std::optional<Deadline> form_from(Cursor& c) {
    Cursor p = c;
    if (!p.accept("tu")) return std::nullopt;
    // "Từ nay đến [hết] năm 2024 / ngày 15/12/2024": by the end of it.
    if (p.accept("nay")) {
        if (!p.accept("den")) return std::nullopt;
        p.accept("het");
        Cursor q = p;
        if (auto date = date_ref(q)) {
            c = q;
            return at_date(Deadline::Kind::on_date, *date);
        }
        auto period = period_ref(p);
        if (!period) return std::nullopt;
        c = p;
        return in_period(Deadline::Kind::within, *period);
    }
    if (auto d = within_range(p)) {  // "từ tháng 3 đến tháng 5/2024" has an end: a range
        c = p;
        return d;
    }
    auto period = period_ref(p);
    if (!period) return std::nullopt;
    c = p;
    return in_period(Deadline::Kind::from, *period);
}

std::optional<Deadline> form_dates(Cursor& c) {
    Cursor p = c;
    auto first = dated_item(p);
    if (!first) return std::nullopt;
    Deadline d;
    d.kind = Deadline::Kind::dates;
    d.parts.push_back(*first);
    for (;;) {
        Cursor q = p;
        if (!accept_separator(q)) break;
        // "Trước ngày 30/6 và 30/12": a bare date after "trước …" is "trước" too.
        Cursor bare = q;
        const bool bare_date = date_ref(bare).has_value();
        auto next = dated_item(q);
        if (!next) break;
        if (bare_date && next->kind == Deadline::Kind::on_date && d.parts.back().kind == Deadline::Kind::before_date)
            next->kind = Deadline::Kind::before_date;
        d.parts.push_back(*next);
        p = q;
    }
    if (d.parts.size() < 2) return std::nullopt;
    c = p;
    return d;
}

}  // namespace cchc::timing
