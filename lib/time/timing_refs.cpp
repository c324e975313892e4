// References to the calendar inside timing text: dates, months, quarters, halves, years.
// A reference that matches in shape but names no real day ("31/04", "tháng 13") is a
// definite error, never a guess.
#include <fmt/format.h>

#include <array>

#include "time/timing_grammar.hpp"

namespace cchc::timing {

namespace {

// "/2024" or "năm 2024" after a month or quarter; the plan's year when absent.
int year_suffix(Cursor& c) {
    Cursor probe = c;
    if (probe.accept_punct("/") || probe.accept("nam")) {
        if (auto y = probe.accept_year()) {
            c = probe;
            return *y;
        }
    }
    return c.plan_year();
}

// Quarters are written in Roman (Quý II) or Arabic (Quý 4) numerals.
std::optional<int> roman_or_number(Cursor& c) {
    static constexpr std::array<std::string_view, 4> roman = {"i", "ii", "iii", "iv"};
    for (std::size_t i = 0; i < roman.size(); ++i)
        if (c.accept(roman[i])) return static_cast<int>(i) + 1;
    return c.accept_number();
}

bool at_roman(const Cursor& c) { return c.at("i") || c.at("ii") || c.at("iii") || c.at("iv"); }

// The rest of a date after its day: "/12[/2024]" or "tháng 12 [năm 2024]".
std::optional<std::pair<int, std::optional<int>>> month_and_year(Cursor& c) {
    const bool slash = c.accept_punct("/");
    if (!slash && !c.accept("thang")) return std::nullopt;
    auto month = c.accept_number();
    if (!month) return std::nullopt;
    Cursor probe = c;
    if (slash ? probe.accept_punct("/") : probe.accept("nam")) {
        if (auto y = probe.accept_year()) {
            c = probe;
            return std::pair{*month, std::optional<int>(*y)};
        }
    }
    return std::pair{*month, std::optional<int>()};
}

}  // namespace

std::optional<Date> date_ref(Cursor& c) {
    Cursor p = c;
    p.accept("ngay");
    const std::size_t from = p.pos();
    auto day = p.accept_number();
    if (!day) return std::nullopt;
    auto rest = month_and_year(p);
    if (!rest) return std::nullopt;
    const int year = rest->second.value_or(c.plan_year());
    if (!is_valid_date(year, rest->first, *day)) {
        const std::string shown = p.text(from, p.pos());
        // The year matters only for a day that exists in some years (29/02).
        const bool some_year = is_valid_date(2024, rest->first, *day);
        p.fail(rest->second || !some_year ? fmt::format("invalid date '{}'", shown)
                                          : fmt::format("invalid date '{}' in {}", shown, year));
        return std::nullopt;
    }
    c = p;
    return Date{year, rest->first, *day};
}

std::optional<Period> month_ref(Cursor& c) {
    Cursor p = c;
    if (!p.accept("thang")) return std::nullopt;
    auto month = p.accept_number();
    if (!month) return std::nullopt;
    if (*month < 1 || *month > 12) {
        p.fail(fmt::format("invalid month '{}'", p.text(c.pos(), p.pos())));
        return std::nullopt;
    }
    Period period{Period::Kind::month, year_suffix(p), *month};
    c = p;
    return period;
}

std::optional<Period> quarter_ref(Cursor& c) {
    Cursor p = c;
    if (!p.accept("quy")) return std::nullopt;
    auto q = roman_or_number(p);
    if (!q) return std::nullopt;
    if (*q < 1 || *q > 4) {
        p.fail(fmt::format("invalid quarter '{}'", p.text(c.pos(), p.pos())));
        return std::nullopt;
    }
    Period period{Period::Kind::quarter, year_suffix(p), *q};
    c = p;
    return period;
}

std::optional<Period> half_ref(Cursor& c) {
    Cursor p = c;
    if (p.accept_number() != 6 || !p.accept("thang")) return std::nullopt;
    int index = 0;
    if (p.accept("dau nam"))
        index = 1;
    else if (p.accept("cuoi nam"))
        index = 2;
    else
        return std::nullopt;
    Period period{Period::Kind::half, p.accept_year().value_or(c.plan_year()), index};
    c = p;
    return period;
}

std::optional<Period> year_ref(Cursor& c) {
    Cursor p = c;
    if (!p.accept("nam")) return std::nullopt;
    auto y = p.accept_year();
    if (!y) return std::nullopt;
    c = p;
    return Period{Period::Kind::year, *y, 1};
}

std::optional<Period> period_ref(Cursor& c) {
    for (auto ref : {month_ref, quarter_ref, half_ref, year_ref})
        if (auto p = ref(c)) return p;
    if (auto d = date_ref(c)) return Period{Period::Kind::day, d->year, d->month, d->day};
    return std::nullopt;
}

namespace {

// "/2024" or "năm 2024" when written; nullopt (and nothing consumed) otherwise.
std::optional<int> written_year(Cursor& c) {
    Cursor probe = c;
    if (probe.accept_punct("/") || probe.accept("nam")) {
        if (auto y = probe.accept_year()) {
            c = probe;
            return y;
        }
    }
    return std::nullopt;
}

bool accept_range_sign(Cursor& c) { return c.accept_punct("-") || c.accept("den"); }

// Shared by month and quarter ranges: `head` is "thang" or "quy", `count` 12 or 4.
std::optional<std::pair<Period, Period>> range_ref(Cursor& c, std::string_view head, Period::Kind kind, int count,
                                                   std::optional<int> (*index)(Cursor&)) {
    Cursor p = c;
    if (!p.accept(head)) return std::nullopt;
    const std::size_t from = p.pos();
    auto first = index(p);
    if (!first) return std::nullopt;
    const auto first_year = written_year(p);
    if (!accept_range_sign(p)) return std::nullopt;
    p.accept(head);
    auto last = index(p);
    if (!last) return std::nullopt;
    const auto last_year = written_year(p);
    if (*first < 1 || *first > count || *last < 1 || *last > count) {
        p.fail(fmt::format("invalid range '{}'", p.text(from, p.pos())));
        return std::nullopt;
    }
    // A year written once, at the end, holds for both ends ("tháng 11 – 2/2025" crosses it).
    const int end_year = last_year.value_or(first_year.value_or(c.plan_year()));
    const int start_year = first_year.value_or(*first <= *last ? end_year : end_year - 1);
    const Period a{kind, start_year, *first}, b{kind, end_year, *last};
    if (b.first_day() <= a.first_day()) {
        p.fail(fmt::format("a range that does not run forward '{}'", p.text(from, p.pos())));
        return std::nullopt;
    }
    c = p;
    return std::pair{a, b};
}

std::optional<int> plain_number(Cursor& c) { return c.accept_number(); }

}  // namespace

std::optional<std::pair<Period, Period>> month_range_ref(Cursor& c) {
    return range_ref(c, "thang", Period::Kind::month, 12, plain_number);
}

std::optional<std::pair<Period, Period>> quarter_range_ref(Cursor& c) {
    return range_ref(c, "quy", Period::Kind::quarter, 4, roman_or_number);
}

std::optional<Period> end_of_ref(Cursor& c) {
    Cursor p = c;
    if (!p.accept("cuoi")) return std::nullopt;
    std::optional<Period> period;
    if (p.at("nam")) {
        p.accept("nam");
        period = Period{Period::Kind::year, p.accept_year().value_or(c.plan_year()), 1};
    } else if (auto m = month_ref(p)) {
        period = m;
    } else if (auto q = quarter_ref(p)) {
        period = q;
    }
    if (period) c = p;
    return period;
}

bool has_date_words(const Cursor& c, std::size_t from, std::size_t to) {
    for (std::size_t i = from; i < to; ++i) {
        const Cursor at = c.range(i, to);
        const Token* next = at.peek(1);
        const bool number_next = next && next->type == Token::Type::number;
        if (at.at("truoc") || at.at("cham nhat")) return true;
        if ((at.at("quy") || at.at("thang") || at.at("ngay")) && number_next) return true;
        if (at.at("quy") && at.range(i + 1, to).peek() && at_roman(at.range(i + 1, to))) return true;
        if (at.peek()->type == Token::Type::number && next && next->key == "/" && at.peek(2) &&
            at.peek(2)->type == Token::Type::number)
            return true;
    }
    return false;
}

bool check_ignored(const Cursor& c, std::size_t from, std::size_t to) {
    if (!has_date_words(c, from, to)) return true;
    c.fail(fmt::format("a date that cannot be read in '{}'", c.text(from, to)));
    return false;
}

bool at_per_marker(const Cursor& c) {
    static constexpr std::array<std::string_view, 10> heads = {"quy dinh",  "yeu cau",   "tien do", "ke hoach",
                                                               "thoi gian", "huong dan", "chi dao", "de nghi",
                                                               "lich",      "dinh ky"};
    Cursor p = c;
    if (!p.accept("theo")) return false;
    for (auto head : heads)
        if (p.at(head)) return true;
    return false;
}

}  // namespace cchc::timing
