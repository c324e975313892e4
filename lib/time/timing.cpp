// parse_timing(): the Vietnamese timing text of a task into a Deadline.
//
// Grammar. Words are compared folded (case and diacritics ignored: "Quý" = "quy");
// numbers may carry leading zeros; a missing year is the plan's year.
//
//   timing     := "-" item ("-" item)+        several milestones; a "-" starts an item
//                                             at the start or after "." / ";"
//               | ["-"] item
//   item       := reading tail
//               | label marked-reading        only when no reading starts the item
//   label      := the words before the first "trước" / "chậm nhất" (or, when there is
//                 none, before the first "theo <ref>"); it keeps a milestone's name
//   tail       := ["(" remark ")"] [","] ["theo <ref>" words] ["." | ";"]
//   reading    := dates | on-date | before | latest | by | within | from | ongoing
//               | recurring | after-event | per          (tried in this order)
//   dates      := dated ("," | ";" | "và") dated …       two or more; dated := on-date |
//                                                        before | latest | by | within
//   on-date    := date
//   before     := "trước" (date | every-day)             before_date / recurring, before
//   latest     := "chậm nhất" ["vào"] (date | every-day) on_date / recurring, inclusive
//   every-day  := ["ngày"] D ["của"] ("tháng cuối" ["của"] ("kỳ báo cáo" | "quý" | "năm")
//                                     | "hàng tháng")     reporting periods are quarters
//   by         := "đến" ["hết"] date                        on_date, inclusive
//               | "cuối" ("năm" [Y] | month | quarter)   on_date: the period's last day
//   within     := ["trong"] (range | month | quarter | half) | "trong năm" [Y] | "năm" Y
//   range      := "tháng" M [yr] ("-" | "đến") ["tháng"] M [yr]     a year written once,
//               | "quý" Q [yr] ("-" | "đến") ["quý"] Q [yr]         at the end, holds for both
//   from       := "từ" range                              within the range (it has an end)
//               | "từ" (month | quarter | half | "năm" Y | date)
//   ongoing    := "thường xuyên" [","] ["trong năm" [Y]] words
//   recurring  := ["định kỳ"] ("hàng"|"hằng") ("tuần"|"tháng"|"quý"|"năm") ["trong năm" Y]
//               | ["định kỳ"] "6 tháng" ["một lần"] | "định kỳ" N words "/" unit
//   after-event:= "trong" ["vòng" | "thời hạn" | "thời gian"] N "ngày" ["làm việc"]
//                 ("kể từ" | "sau khi" | "sau") event | "sau khi" event
//   event      := words ["(" "dự kiến" ["trong" | "vào"] period ")"]
//   per        := "theo <ref>" words ["(" reading ")"] | "đột xuất" words
//   <ref>      := quy định | yêu cầu | tiến độ | kế hoạch | thời gian | hướng dẫn |
//                 chỉ đạo | đề nghị | lịch | định kỳ
//   date       := ["ngày"] D "/" M ["/" Y] | ["ngày"] D "tháng" M ["năm" Y]
//   month      := "tháng" M [("/" | "năm") Y]
//   quarter    := "quý" (I | II | III | IV | 1..4) [("/" | "năm") Y]
//   half       := "6 tháng" ("đầu" | "cuối") "năm" [Y]
//
// Words the reading does not use (labels, remarks, "theo …" clauses, what follows
// "Thường xuyên", an event's description) are checked: if they hold a date or a deadline
// marker ("15/12", "quý II", "tháng 6", "trước") the text is an error, because a date is
// never silently dropped. A recognised word inside other text is not a reading: the
// reading must start the item (or follow a label at a marker) and run to its end.
#include "time/timing.hpp"

#include <fmt/format.h>

#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "base/text.hpp"
#include "time/timing_grammar.hpp"

namespace cchc {

namespace timing {

namespace {

constexpr FormFn kForms[] = {form_dates, form_on_date, form_before,    form_latest, form_by,  form_within,
                             form_from,  form_ongoing, form_recurring, form_after,  form_per};

bool is_punct(const Source& src, std::size_t i, std::string_view mark) {
    return src.tokens[i].type == Token::Type::punct && src.tokens[i].key == mark;
}

// Drops closing "." and ";" (and "," before a label's end).
std::size_t trim_end(const Source& src, std::size_t from, std::size_t to, bool commas = false) {
    while (to > from && (is_punct(src, to - 1, ".") || is_punct(src, to - 1, ";") ||
                         (commas && (is_punct(src, to - 1, ",") || is_punct(src, to - 1, ":")))))
        --to;
    return to;
}

// What may follow a reading: a remark in parentheses and a "theo …" clause, neither dated.
bool read_tail(Cursor& c) {
    if (c.at_punct("(")) {
        const std::size_t open = c.pos();
        while (!c.done() && !c.accept_punct(")")) c.skip(1);
        if (!check_ignored(c, open, c.pos())) return false;
    }
    Cursor q = c;
    q.accept_punct(",");
    if (at_per_marker(q)) {
        if (!check_ignored(q, q.pos(), q.end())) return false;
        q.skip_to_end();
        c = q;
    }
    return c.done();
}

// Remembers the words left after the reading that came furthest, for the error.
void note_leftover(const Cursor& c) {
    Source& src = c.source();
    if (!src.leftover.empty() && src.leftover_at >= c.pos()) return;
    src.leftover = fmt::format("unexpected words '{}'", c.text(c.pos(), c.end()));
    src.leftover_at = c.pos();
}

struct Attempt {
    std::optional<Deadline> reading;
    bool started = false;  // some form read the item's first words
};

Attempt read_unlabelled(Source& src, std::size_t from, std::size_t to) {
    Attempt attempt;
    for (FormFn form : kForms) {
        Cursor c(src, from, to);
        auto d = form(c);
        if (!d) continue;
        attempt.started = true;
        if (read_tail(c)) {
            attempt.reading = std::move(d);
            return attempt;
        }
        if (!c.done()) note_leftover(c);
    }
    return attempt;
}

std::optional<std::size_t> find_marker(Source& src, std::size_t from, std::size_t to) {
    for (std::size_t i = from; i < to; ++i) {
        const Cursor c(src, i, to);
        if (c.at("truoc") || c.at("cham nhat")) return i;
    }
    for (std::size_t i = from; i < to; ++i)
        if (at_per_marker(Cursor(src, i, to))) return i;
    return std::nullopt;
}

// "BC theo dõi thi hành pháp luật trước 05/12": a name, then the reading at its marker.
std::optional<Deadline> read_labelled(Source& src, std::size_t from, std::size_t to) {
    auto marker = find_marker(src, from, to);
    if (!marker || *marker == from) return std::nullopt;
    const Cursor whole(src, from, to);
    if (!check_ignored(whole, from, *marker)) return std::nullopt;
    auto d = read_unlabelled(src, *marker, to).reading;
    if (d) d->label = whole.text(from, trim_end(src, from, *marker, true));
    return d;
}

}  // namespace

std::optional<Deadline> read_item(Source& src, std::size_t from, std::size_t to) {
    to = trim_end(src, from, to);
    if (from >= to) return std::nullopt;
    const int failures = src.failures;
    Attempt attempt = read_unlabelled(src, from, to);
    auto d = std::move(attempt.reading);
    if (!d && !attempt.started && src.failures == failures) d = read_labelled(src, from, to);
    if (d && d->kind == Deadline::Kind::no_date) d->per = Cursor(src, from, to).text(from, to);
    return d;
}

namespace {

// Item starts: a "-" at the start or after "." / ";".
std::vector<std::size_t> bullets(const Source& src, std::size_t to) {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < to; ++i)
        if (is_punct(src, i, "-") && (i == 0 || is_punct(src, i - 1, ".") || is_punct(src, i - 1, ";")))
            out.push_back(i);
    return out;
}

std::string error_of(const Source& src) {
    if (!src.error.empty()) return src.error;
    if (!src.leftover.empty()) return src.leftover;
    return "no timing form recognised";
}

std::optional<Deadline> read_milestones(Source& src, const std::vector<std::size_t>& starts, std::size_t to) {
    Deadline d;
    d.kind = Deadline::Kind::milestones;
    for (std::size_t k = 0; k < starts.size(); ++k) {
        const std::size_t end = k + 1 < starts.size() ? starts[k + 1] : to;
        // Each milestone is read afresh: what went wrong before it is not its error.
        src.error.clear();
        src.leftover.clear();
        auto part = read_item(src, starts[k] + 1, end);
        if (!part) {
            const std::string item = Cursor(src, 0, to).text(starts[k] + 1, trim_end(src, starts[k] + 1, end));
            src.error = fmt::format("milestone {} '{}': {}", k + 1, item, error_of(src));
            return std::nullopt;
        }
        d.parts.push_back(std::move(*part));
    }
    return d;
}

}  // namespace

}  // namespace timing

namespace {

TimingParse read_timing(std::string_view text, int plan_year) {
    timing::Source src;
    src.text = nfc(text);
    src.tokens = timing::tokenize(src.text);
    src.plan_year = plan_year;
    if (src.tokens.empty()) return {std::nullopt, "empty timing text"};
    const auto starts = timing::bullets(src, src.tokens.size());
    std::optional<Deadline> d;
    if (starts.size() >= 2 && starts.front() == 0) {
        d = timing::read_milestones(src, starts, src.tokens.size());
    } else {
        const std::size_t from = starts.empty() || starts.front() != 0 ? 0 : 1;
        d = timing::read_item(src, from, src.tokens.size());
        if (d) d->label.clear();  // a label only names a milestone
    }
    if (!d) return {std::nullopt, timing::error_of(src)};
    return {std::move(d), {}};
}

struct TextHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

// Readings are pure, and the same wordings come back: a plan says "Trong năm 2024" or
// "Thường xuyên" dozens of times, and check's rules (timing-unparsed, deadline-outside-plan-
// year) and due read each task's text more than once. Each thread keeps the readings it has
// made (per thread: no locks), up to a budget of text bytes; a long text is read each time.
constexpr std::size_t kMemoTextBytes = 256 * 1024, kMemoMaxText = 1024;

}  // namespace

TimingParse parse_timing(std::string_view text, int plan_year) {
    if (text.size() > kMemoMaxText) return read_timing(text, plan_year);
    thread_local std::unordered_map<std::string, std::vector<std::pair<int, TimingParse>>, TextHash, std::equal_to<>> memo;
    thread_local std::size_t memo_bytes = 0;
    if (auto it = memo.find(text); it != memo.end())
        for (const auto& [year, reading] : it->second)
            if (year == plan_year) return reading;
    if (memo_bytes > kMemoTextBytes) {
        memo.clear();
        memo_bytes = 0;
    }
    TimingParse reading = read_timing(text, plan_year);
    auto [it, added] = memo.try_emplace(std::string(text));
    if (added) memo_bytes += text.size();
    it->second.emplace_back(plan_year, reading);
    return reading;
}

}  // namespace cchc
