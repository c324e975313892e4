#pragma once
// Internal to the timing reader (lib/timing*.cpp): the tokens, the cursor the grammar
// walks, and the grammar's pieces. Not part of the public API; see lib/time/timing.cpp for
// the grammar itself.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "time/deadline.hpp"

namespace cchc::timing {

struct Token {
    enum class Type { word, number, punct };
    Type type = Type::word;
    std::string key;                 // folded word, the digits, or the mark ("-" for any dash)
    int value = 0;                   // numbers only
    std::size_t begin = 0, end = 0;  // byte span in the NFC text
};

// Splits NFC text into words, numbers and single punctuation marks; white space only
// separates. "01bài/tháng" gives 01 · bài · / · tháng.
std::vector<Token> tokenize(std::string_view nfc_text);

// The text being read and what went wrong so far. Errors are kept across backtracking:
// `error` is definite (a form matched but its value is impossible: 31/04), `leftover`
// says a form matched but words were left after it.
struct Source {
    std::string text;  // NFC
    std::vector<Token> tokens;
    int plan_year = 0;
    std::string error;
    int failures = 0;  // definite errors so far, to tell whether an attempt added one
    std::string leftover;
    std::size_t leftover_at = 0;  // how far the reading that left words had come
};

// A position in a range of tokens. Cheap to copy: copying is how the grammar backtracks.
class Cursor {
public:
    Cursor(Source& src, std::size_t begin, std::size_t end) : src_(&src), pos_(begin), end_(end) {}

    bool done() const { return pos_ >= end_; }
    std::size_t pos() const { return pos_; }
    std::size_t end() const { return end_; }
    int plan_year() const { return src_->plan_year; }
    Source& source() const { return *src_; }
    const Token* peek(std::size_t ahead = 0) const;

    // True when the next tokens are these folded words ("cham nhat"); `accept` consumes them.
    bool at(std::string_view words) const;
    bool accept(std::string_view words);
    bool at_punct(std::string_view mark) const;
    bool accept_punct(std::string_view mark);
    std::optional<int> accept_number();
    std::optional<int> accept_year();  // four digits
    void skip_to_end() { pos_ = end_; }
    void skip(std::size_t n) { pos_ += n; }

    // The original (NFC) text of tokens [from, to).
    std::string text(std::size_t from, std::size_t to) const;
    Cursor range(std::size_t from, std::size_t to) const { return Cursor(*src_, from, to); }
    // Records a definite error; the first one wins.
    void fail(std::string message) const;

private:
    Source* src_;
    std::size_t pos_;
    std::size_t end_;
};

// --- references to the calendar (timing_refs.cpp) ---
std::optional<Date> date_ref(Cursor& c);       // [ngày] 15/12[/2024] · [ngày] 10 tháng 12 [năm 2024]
std::optional<Period> month_ref(Cursor& c);    // tháng 6 · tháng 02/2024 · tháng 10 năm 2024
std::optional<Period> quarter_ref(Cursor& c);  // quý II · quý 4/2024 · quý III năm 2024
std::optional<Period> half_ref(Cursor& c);     // 6 tháng đầu năm [2024] · 6 tháng cuối năm
std::optional<Period> year_ref(Cursor& c);     // năm 2024 (the year is required)
std::optional<Period> period_ref(Cursor& c);   // any of the above, a date as a day period
// A range of months or quarters: "tháng 3 – 5/2024", "tháng 3 đến tháng 5 năm 2024",
// "quý II–III", "quý II - quý III/2024". A year written once, at the end, holds for both.
std::optional<std::pair<Period, Period>> month_range_ref(Cursor& c);
std::optional<std::pair<Period, Period>> quarter_range_ref(Cursor& c);
// "cuối năm [2024]" · "cuối tháng 6[/2024]" · "cuối quý II[/2024]": the period that ends.
std::optional<Period> end_of_ref(Cursor& c);
// True when tokens [from, to) hold something that reads as a date or deadline marker.
bool has_date_words(const Cursor& c, std::size_t from, std::size_t to);
// Fails (definitely) and returns false when ignored words [from, to) hold a date.
bool check_ignored(const Cursor& c, std::size_t from, std::size_t to);
// "theo" followed by what it refers to ("quy định", "yêu cầu", "tiến độ" …).
bool at_per_marker(const Cursor& c);

// --- the forms (timing_calendar.cpp, timing_relative.cpp) ---
// Each reads one form from the cursor's position, consuming what it understood.
using FormFn = std::optional<Deadline> (*)(Cursor&);
std::optional<Deadline> form_on_date(Cursor& c);    // 15/12/2024
std::optional<Deadline> form_before(Cursor& c);     // trước [ngày] 20/12 · … tháng cuối kỳ báo cáo
std::optional<Deadline> form_latest(Cursor& c);     // chậm nhất [ngày] 19/12 · … tháng cuối kỳ báo cáo
std::optional<Deadline> form_by(Cursor& c);         // đến [ngày] 15/12/2024 · cuối năm 2024
std::optional<Deadline> form_within(Cursor& c);     // [trong] tháng/quý/6 tháng … [– …] · trong năm · năm 2024
std::optional<Deadline> form_from(Cursor& c);       // từ quý I/2024
std::optional<Deadline> form_dates(Cursor& c);      // tháng 6, tháng 12
std::optional<Deadline> form_ongoing(Cursor& c);    // thường xuyên …
std::optional<Deadline> form_recurring(Cursor& c);  // định kỳ hàng tháng · hằng quý · 6 tháng
std::optional<Deadline> form_after(Cursor& c);      // trong vòng 05 ngày kể từ … · sau khi …
std::optional<Deadline> form_per(Cursor& c);        // theo quy định … · đột xuất

// --- the item level (timing.cpp) ---
// Reads tokens [from, to) as one whole reading (with its tail), or nullopt.
std::optional<Deadline> read_item(Source& src, std::size_t from, std::size_t to);

}  // namespace cchc::timing
