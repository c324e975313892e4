// The forms without one fixed date: ongoing work, recurring work, work after an event,
// and work whose timing is set elsewhere ("Theo quy định", "đột xuất").
#include <array>
#include <utility>

#include "time/timing_grammar.hpp"

namespace cchc::timing {

namespace {

// The period word after "hàng"/"hằng" or after "/" in a rate ("01 bài/tháng").
std::optional<Recurrence> recurrence_unit(Cursor& c) {
    static constexpr std::array<std::pair<std::string_view, Recurrence>, 4> units = {{
        {"tuan", Recurrence::week},
        {"thang", Recurrence::month},
        {"quy", Recurrence::quarter},
        {"nam", Recurrence::year},
    }};
    for (const auto& [word, every] : units)
        if (c.accept(word)) return every;
    return std::nullopt;
}

// "6 tháng [một lần]", unless it is "6 tháng đầu/cuối năm" (a half, read by form_within).
bool accept_six_months(Cursor& c) {
    Cursor p = c;
    if (p.accept_number() != 6 || !p.accept("thang") || p.at("dau") || p.at("cuoi")) return false;
    p.accept("mot lan");
    c = p;
    return true;
}

// "định kỳ 01 bài/tháng": a count of something per period.
std::optional<Recurrence> rate(Cursor& c) {
    Cursor p = c;
    if (!p.accept_number()) return std::nullopt;
    const std::size_t words = p.pos();
    while (p.peek() && p.peek()->type == Token::Type::word) p.skip(1);
    if (p.pos() == words || !p.accept_punct("/")) return std::nullopt;
    auto every = recurrence_unit(p);
    if (every) c = p;
    return every;
}

// The first "(" in [from, to), or `to`.
std::size_t find_open_paren(const Cursor& c, std::size_t from, std::size_t to) {
    for (std::size_t i = from; i < to; ++i)
        if (c.range(i, to).at_punct("(")) return i;
    return to;
}

// "(dự kiến [trong|vào] quý II/2024)" after an event; nullopt when it is something else.
std::optional<Period> expected_remark(Cursor c) {
    if (!c.accept_punct("(") || !c.accept("du kien")) return std::nullopt;
    if (!c.accept("trong")) c.accept("vao");
    auto period = period_ref(c);
    c.accept_punct(")");
    if (!period || !c.done()) return std::nullopt;
    return period;
}

// The event's words from the cursor to the end, with an optional remark; false when
// nothing names the event or the words hide a date.
bool read_event(Cursor& c, Deadline& d) {
    const std::size_t open = find_open_paren(c, c.pos(), c.end());
    if (open == c.pos()) return false;
    if (!check_ignored(c, c.pos(), open)) return false;
    d.event_text = c.text(c.pos(), open);
    if (open < c.end()) {
        d.expected = expected_remark(c.range(open, c.end()));
        if (!d.expected && !check_ignored(c, open, c.end())) return false;
    }
    c.skip_to_end();
    return true;
}

// "trong vòng|thời hạn|thời gian 05 ngày [làm việc] kể từ …"
std::optional<Deadline> days_after(Cursor& c) {
    Cursor p = c;
    if (!p.accept("trong")) return std::nullopt;
    if (!p.accept("vong") && !p.accept("thoi han")) p.accept("thoi gian");
    auto days = p.accept_number();
    if (!days || *days < 1 || !p.accept("ngay")) return std::nullopt;
    Deadline d;
    d.kind = Deadline::Kind::after_event;
    d.within_days = *days;
    d.working = p.accept("lam viec");
    if (!p.accept("ke tu") && !p.accept("sau khi") && !p.accept("sau")) {
        p.fail("no event to count the days from");
        return std::nullopt;
    }
    if (!read_event(p, d)) return std::nullopt;
    c = p;
    return d;
}

}  // namespace

std::optional<Deadline> form_ongoing(Cursor& c) {
    Cursor p = c;
    if (!p.accept("thuong xuyen")) return std::nullopt;
    p.accept_punct(",");
    Deadline d;
    d.kind = Deadline::Kind::ongoing;
    d.period = Period{Period::Kind::year, c.plan_year(), 1};
    if (p.accept("trong nam")) d.period.year = p.accept_year().value_or(c.plan_year());
    // What follows says what is done regularly ("cập nhật theo quy định …"); it may not date it.
    if (!check_ignored(p, p.pos(), p.end())) return std::nullopt;
    p.skip_to_end();
    c = p;
    return d;
}

std::optional<Deadline> form_recurring(Cursor& c) {
    Cursor p = c;
    const bool periodic = p.accept("dinh ky");
    std::optional<Recurrence> every;
    if (p.accept("hang"))
        every = recurrence_unit(p);
    else if (accept_six_months(p))
        every = Recurrence::half;
    else if (periodic)
        every = rate(p);
    if (!every) return std::nullopt;
    Deadline d;
    d.kind = Deadline::Kind::recurring;
    d.every = *every;
    if (p.accept("trong nam")) {
        if (auto year = p.accept_year()) d.range_from = d.range_until = Period{Period::Kind::year, *year, 1};
    }
    c = p;
    return d;
}

std::optional<Deadline> form_after(Cursor& c) {
    if (auto d = days_after(c)) return d;
    Cursor p = c;
    if (!p.accept("sau khi")) return std::nullopt;
    Deadline d;
    d.kind = Deadline::Kind::after_event;
    if (!read_event(p, d)) return std::nullopt;
    c = p;
    return d;
}

std::optional<Deadline> form_per(Cursor& c) {
    Cursor p = c;
    Deadline d;
    d.kind = Deadline::Kind::no_date;
    if (p.accept("dot xuat")) {
        if (!check_ignored(p, p.pos(), p.end())) return std::nullopt;
        c.skip_to_end();
        return d;
    }
    if (!at_per_marker(p)) return std::nullopt;
    // "Theo quy định (Trước ngày 14 …)": a closing remark may state the actual deadline.
    const std::size_t open = find_open_paren(p, p.pos(), p.end());
    const Token* last = p.range(p.end() - 1, p.end()).peek();
    if (open < p.end() && last->key == ")") {
        if (auto inner = read_item(p.source(), open + 1, p.end() - 1)) {
            c.skip_to_end();
            return inner;
        }
    }
    if (!check_ignored(p, p.pos(), p.end())) return std::nullopt;
    c.skip_to_end();
    return d;
}

}  // namespace cchc::timing
