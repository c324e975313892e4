#include "render/table.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <ostream>
#include <sstream>
#include <utility>

#include "base/text.hpp"

namespace cchc {

namespace {

// Narrower than this is not worth laying out; treated as this width.
constexpr int kMinWidth = 20;
// The main text column is never squeezed below this (else: blocks). A table is shown
// whenever its columns fit with the main text this wide, whatever the terminal's width.
constexpr int kFlexMin = 30;
// Other wrapping columns get up to kFewWords before the main text has its room, then up
// to kSoftCap before it has its whole width.
constexpr int kFewWords = 10;
constexpr int kSoftCap = 14;
// A wrapping column may be narrower than its longest word, down to this (the word breaks),
// only when the table does not fit with that column's words whole.
constexpr int kWordCap = 12;
constexpr int kGap = 2;
// No cell is wider than this, even without a width limit: one huge text (a 7 MB task
// accepted by check) wraps at it instead of padding every other row to its width.
// Real cells are at most a few hundred columns.
constexpr int kMaxCellWidth = 1000;

std::string one_line(const std::string& s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) out.push_back(c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
    return out;
}

// Splits a word wider than `width` (> 0): after its last '-' or '/' that fits when that keeps
// at least half the line, else at the width. The head is never empty.
std::pair<std::string, std::string> split_word(const std::string& word, int width) {
    auto p = reinterpret_cast<const utf8proc_uint8_t*>(word.data());
    const auto size = static_cast<utf8proc_ssize_t>(word.size());
    utf8proc_ssize_t pos = 0, fit = 0, hyphen = 0;
    int w = 0, hyphen_w = 0;
    while (pos < size) {
        utf8proc_int32_t cp = 0;
        utf8proc_ssize_t n = utf8proc_iterate(p + pos, size - pos, &cp);
        if (n <= 0) n = 1, cp = 0xFFFD;
        const int cw = utf8proc_charwidth(cp);
        if (w + cw > width && fit > 0) break;
        w += cw;
        pos += n;
        fit = pos;
        if ((cp == '-' || cp == '/') && pos < size) hyphen = pos, hyphen_w = w;
    }
    const utf8proc_ssize_t cut = hyphen > 0 && 2 * hyphen_w >= width ? hyphen : fit;
    return {word.substr(0, static_cast<size_t>(cut)), word.substr(static_cast<size_t>(cut))};
}

std::vector<std::string> words_of(const std::string& text) {
    std::vector<std::string> out;
    size_t i = 0;
    while (i < text.size()) {
        const size_t j = text.find(' ', i);
        const size_t end = j == std::string::npos ? text.size() : j;
        if (end > i) out.push_back(text.substr(i, end - i));
        i = end + 1;
    }
    return out;
}

int longest_word(const std::string& s) {
    int w = 0;
    for (const auto& word : words_of(one_line(s))) w = std::max(w, display_width(word));
    return w;
}

const std::string& cell_of(const std::vector<std::string>& row, size_t c) {
    static const std::string empty;
    return c < row.size() ? row[c] : empty;
}

Style style_of(const Table& t, size_t r, size_t c) {
    if (r >= t.styles.size() || c >= t.styles[r].size()) return Style::plain;
    return t.styles[r][c];
}

Fit fit_of(const Table& t, size_t c) {
    if (static_cast<int>(c) == t.flex_column) return Fit::wrap;
    return c < t.fit.size() ? t.fit[c] : Fit::keep;
}

std::string painted(const Painter& paint, Style s, const std::string& text) {
    return paint && s != Style::plain && !text.empty() ? paint(s, text) : text;
}

// Column widths in a terminal table: every cell on one line.
std::vector<int> natural_widths(const Table& t) {
    std::vector<int> w(t.headers.size(), 0);
    for (size_t c = 0; c < t.headers.size(); ++c) w[c] = display_width(t.headers[c]);
    for (const auto& row : t.rows)
        for (size_t c = 0; c < row.size() && c < w.size(); ++c)
            w[c] = std::max(w[c], std::min(kMaxCellWidth, display_width(one_line(row[c]))));
    return w;
}

// How narrow each column may get: keep and drop columns not at all, wrapping columns to
// their longest word (`whole_words`: so that no word of it breaks — identifiers such as
// "2024-nang-cao-sipas-par" stay whole; else at most kWordCap), the main text to kFlexMin.
std::vector<int> minimum_widths(const Table& t, const std::vector<int>& natural, bool whole_words) {
    std::vector<int> w = natural;
    for (size_t c = 0; c < w.size(); ++c) {
        if (fit_of(t, c) != Fit::wrap) continue;
        int word = longest_word(t.headers[c]);
        for (const auto& row : t.rows) word = std::max(word, longest_word(cell_of(row, c)));
        const int floor = static_cast<int>(c) == t.flex_column ? kFlexMin
                          : whole_words                         ? std::max(word, 2)
                                                                : std::clamp(word, 2, kWordCap);
        w[c] = std::min(natural[c], floor);
    }
    return w;
}

// Lines the header and cells of column `c` take at `width`, all rows together.
size_t lines_in_column(const Table& t, size_t c, int width) {
    size_t n = wrap_text(t.headers[c], width).size();
    for (const auto& row : t.rows) n += std::max<size_t>(1, wrap_text(cell_of(row, c), width).size());
    return n;
}

int total_width(const std::vector<int>& w, const std::vector<bool>& shown) {
    int sum = 0, n = 0;
    for (size_t c = 0; c < w.size(); ++c)
        if (shown[c]) sum += w[c], ++n;
    return sum + kGap * std::max(0, n - 1);
}

// Widths for the columns shown (-1 for hidden ones) that fit `width`, or empty when the
// table cannot fit and is better shown as blocks.
std::vector<int> fitted_widths(const Table& t, int width) {
    const std::vector<int> natural = natural_widths(t);
    std::vector<bool> shown(natural.size(), true);
    if (t.blocks && width > 0) return {};
    if (width <= 0 || total_width(natural, shown) <= width) return natural;
    // The room the main text should have before optional columns are kept.
    const size_t flex = static_cast<size_t>(t.flex_column);
    const bool has_flex = t.flex_column >= 0 && flex < natural.size();
    std::vector<int> wanted = minimum_widths(t, natural, false);
    if (has_flex) wanted[flex] = std::min(natural[flex], std::max(kFlexMin, width * 2 / 5));
    for (size_t c = natural.size(); c-- > 0 && total_width(wanted, shown) > width;)
        if (fit_of(t, c) == Fit::drop) shown[c] = false;
    // Words longer than kWordCap may break; but each column, from the left (where the
    // identifiers are: plan, STT), gets its longest word whole while the table still fits.
    std::vector<int> least = minimum_widths(t, natural, false);
    const std::vector<int> whole = minimum_widths(t, natural, true);
    if (total_width(least, shown) <= width)
        for (size_t c = 0; c < least.size(); ++c) {
            if (!shown[c] || whole[c] <= least[c]) continue;
            const int capped = least[c];
            least[c] = whole[c];
            if (total_width(least, shown) > width) least[c] = capped;
        }
    if (total_width(natural, shown) <= width) {
        std::vector<int> w = natural;
        for (size_t c = 0; c < w.size(); ++c)
            if (!shown[c]) w[c] = -1;
        return w;
    }
    if (total_width(least, shown) > width) return {};
    std::vector<int> w = least;
    int spare = width - total_width(least, shown);
    auto grow = [&](size_t c, int target) {
        const int add = std::min(spare, std::max(0, target - w[c]));
        w[c] += add;
        spare -= add;
    };
    // The other columns, the nearest to their whole width first (so that short words such
    // as statuses stop wrapping before a long column takes the room).
    std::vector<size_t> others;
    for (size_t c = 0; c < w.size(); ++c)
        if (shown[c] && !(has_flex && c == flex)) others.push_back(c);
    std::stable_sort(others.begin(), others.end(),
                     [&](size_t a, size_t b) { return natural[a] - least[a] < natural[b] - least[b]; });
    // A column other than the main text grows only when it gets all it asks for and that
    // saves lines: width that does not would be lost to the text.
    auto grow_whole = [&](size_t c, int target) {
        if (target > w[c] && target - w[c] <= spare && lines_in_column(t, c, target) < lines_in_column(t, c, w[c]))
            grow(c, target);
    };
    // The others first get room for a few words, then the main text its room, then the
    // others a modest width, then the text its whole width, then the others theirs. What
    // is left (it would save no line) stays unused.
    for (size_t c : others) grow_whole(c, std::min(natural[c], kFewWords));
    if (has_flex) grow(flex, wanted[flex]);
    for (size_t c : others) grow_whole(c, std::min(natural[c], kSoftCap));
    if (has_flex) grow(flex, natural[flex]);
    for (size_t c : others) grow_whole(c, natural[c]);
    for (size_t c = 0; c < w.size(); ++c)
        if (!shown[c]) w[c] = -1;
    return w;
}

std::string trimmed(std::string s) {
    while (!s.empty() && s.back() == ' ') s.pop_back();
    return s;
}

// A text's lines at `width` (wrap_text), each with its display width, as wrapping measures
// them: a cell that fits (every cell of a table written to a pipe, most on a terminal) is
// one line, measured once; a 10,000-plan `due` writes 120,000 rows.
struct CellLines {
    std::vector<std::string> lines;
    std::vector<int> widths;
};

CellLines wrap_measured(std::string_view s, int width) {
    width = std::max(width, 1);
    CellLines out;
    std::string text = nfc(one_line(std::string(s)));
    if (const int w = display_width(text); w <= width) {
        if (!text.empty()) out.lines.push_back(std::move(text)), out.widths.push_back(w);
        return out;
    }
    auto push = [&](std::string line, int w) { out.lines.push_back(std::move(line)), out.widths.push_back(w); };
    std::string line;
    int used = 0;
    for (std::string word : words_of(text)) {
        int ww = display_width(word);
        if (!line.empty() && used + 1 + ww <= width) {
            line += " " + word;
            used += 1 + ww;
            continue;
        }
        if (!line.empty()) push(std::move(line), used);
        line.clear();
        while (ww > width) {
            auto [head, tail] = split_word(word, width);
            const int head_width = display_width(head);
            push(std::move(head), head_width);
            word = std::move(tail);
            ww = display_width(word);
        }
        line = std::move(word);
        used = ww;
    }
    if (!line.empty()) push(std::move(line), used);
    return out;
}

// Written row by row to `os`: a long table is never held whole in memory.
void render_columns(std::ostream& os, const Table& t, const std::vector<int>& w, const Painter& paint) {
    std::vector<size_t> cols;
    for (size_t c = 0; c < w.size(); ++c)
        if (w[c] >= 0) cols.push_back(c);
    std::vector<CellLines> parts(cols.size());
    std::string out, line;
    // One row, possibly several lines tall, into `out`; `r` indexes the styles (npos: no styles).
    auto row_lines = [&](const std::vector<std::string>& cells, size_t r) {
        size_t height = 1;
        for (size_t k = 0; k < cols.size(); ++k) {
            parts[k] = wrap_measured(cell_of(cells, cols[k]), w[cols[k]]);
            height = std::max(height, parts[k].lines.size());
        }
        out.clear();
        for (size_t i = 0; i < height; ++i) {
            line.clear();
            for (size_t k = 0; k < cols.size(); ++k) {
                const size_t c = cols[k];
                const bool has = i < parts[k].lines.size();
                const Style style = r == std::string::npos ? Style::plain : style_of(t, r, c);
                if (has && paint && style != Style::plain) line += painted(paint, style, parts[k].lines[i]);
                else if (has) line += parts[k].lines[i];
                if (k + 1 < cols.size())
                    line.append(static_cast<size_t>(w[c] - (has ? parts[k].widths[i] : 0) + kGap), ' ');
            }
            while (!line.empty() && line.back() == ' ') line.pop_back();
            out += line;
            out += '\n';
        }
        return height;
    };
    row_lines(t.headers, std::string::npos);
    os << out;
    std::vector<std::string> rule;
    for (int x : w) rule.push_back(std::string(static_cast<size_t>(std::max(x, 0)), '-'));
    row_lines(rule, std::string::npos);
    os << out;
    // A row more than one line tall is set apart by empty lines, so that it reads as one.
    bool tall_before = false;
    for (size_t r = 0; r < t.rows.size(); ++r) {
        const size_t height = row_lines(t.rows[r], r);
        if (r > 0 && (tall_before || height > 1)) os << "\n";
        os << out;
        tall_before = height > 1;
    }
}

// One block per record: "header: value" lines, the value wrapped under itself; empty cells left out.
void render_blocks(std::ostream& os, const Table& t, int width, const Painter& paint) {
    int label = 0;
    for (const auto& h : t.headers)
        if (!h.empty()) label = std::max(label, display_width(h) + 1);
    const bool beside = label + 1 + kFlexMin <= width;
    const int value_width = beside ? width - label - 1 : width - 2;
    for (size_t r = 0; r < t.rows.size(); ++r) {
        std::string out;
        if (r > 0) out += "\n";
        for (size_t c = 0; c < t.headers.size(); ++c) {
            const std::vector<std::string> lines = wrap_text(cell_of(t.rows[r], c), value_width);
            if (lines.empty()) continue;
            const std::string head = t.headers[c].empty() ? "" : t.headers[c] + ":";
            for (size_t i = 0; i < lines.size(); ++i) {
                const std::string value = painted(paint, style_of(t, r, c), lines[i]);
                if (beside) {
                    out += trimmed(pad_to_width(i == 0 ? head : "", label) + " " + value) + "\n";
                } else {
                    if (i == 0 && !head.empty())
                        for (const auto& h : wrap_text(head, width)) out += h + "\n";
                    out += "  " + value + "\n";
                }
            }
        }
        os << out;
    }
}

}  // namespace

std::vector<std::string> wrap_text(std::string_view s, int width) { return wrap_measured(s, width).lines; }

bool table_fits(const Table& t, int max_width) {
    const int width = max_width > 0 ? std::max(max_width, kMinWidth) : 0;
    return !fitted_widths(t, width).empty();
}

void write_table(std::ostream& os, const Table& t, int max_width, const Painter& paint) {
    const int width = max_width > 0 ? std::max(max_width, kMinWidth) : 0;
    const std::vector<int> w = fitted_widths(t, width);
    if (w.empty()) render_blocks(os, t, width, paint);
    else render_columns(os, t, w, paint);
}

std::string render_table(const Table& t, int max_width, const Painter& paint) {
    std::ostringstream out;
    write_table(out, t, max_width, paint);
    return out.str();
}

std::string render_csv(const Table& t) {
    auto field = [](const std::string& s) {
        if (s.find_first_of(",;\t\"\n\r") == std::string::npos) return s;
        std::string q = "\"";
        for (char c : s) q += c == '"' ? std::string("\"\"") : std::string(1, c);
        return q + "\"";
    };
    auto line = [&](const std::vector<std::string>& cells) {
        std::string out;
        for (size_t c = 0; c < cells.size(); ++c) out += (c ? "," : "") + field(cells[c]);
        return out + "\r\n";
    };
    std::string out = "\xEF\xBB\xBF" + line(t.headers);
    for (const auto& row : t.rows) out += line(row);
    return out;
}

std::string csv_text(const std::string& s) {
    if (s.empty() || std::string_view("0123456789(+-.").find(s.front()) == std::string_view::npos) return s;
    return "\u2060" + s;
}

std::string render_markdown(const Table& t) {
    auto cell = [](const std::string& s) {
        std::string out;
        for (char c : s) {
            if (c == '|') out += "\\|";
            else if (c == '\n') out += "<br>";
            else if (c != '\r') out.push_back(c);
        }
        return out.empty() ? std::string(" ") : out;
    };
    auto line = [&](const std::vector<std::string>& cells) {
        std::string out = "|";
        for (size_t c = 0; c < t.headers.size(); ++c) out += " " + cell(c < cells.size() ? cells[c] : "") + " |";
        return out + "\n";
    };
    std::string out = line(t.headers) + "|";
    for (size_t c = 0; c < t.headers.size(); ++c) out += " --- |";
    out += "\n";
    for (const auto& row : t.rows) out += line(row);
    return out;
}

std::string fit_line(const std::string& text, int width, int indent) {
    const std::string lead(static_cast<size_t>(indent), ' '), more(static_cast<size_t>(indent + 2), ' ');
    if (width <= 0 || indent + display_width(text) <= width) return lead + text + "\n";
    const int room = std::max(width - indent - 2, 12);
    std::vector<std::string> lines;
    std::string line;
    constexpr std::string_view kDot = " · ";
    for (size_t at = 0; at <= text.size();) {
        const size_t end = std::min(text.find(kDot, at), text.size());
        const std::string item = text.substr(at, end - at);
        at = end + kDot.size();
        const std::string joined = line.empty() ? item : line + std::string(kDot) + item;
        if (display_width(joined) + 2 <= room) {  // + 2: room for a trailing " ·"
            line = joined;
            continue;
        }
        if (!line.empty()) lines.push_back(line + " ·");
        std::vector<std::string> parts = wrap_text(item, room - 2);  // an item longer than a line
        line = parts.empty() ? "" : parts.back();
        if (!parts.empty()) parts.pop_back();
        lines.insert(lines.end(), parts.begin(), parts.end());
    }
    if (!line.empty()) lines.push_back(line);
    std::string out;
    for (const auto& l : lines) out += (out.empty() ? lead : more) + l + "\n";
    return out;
}

}  // namespace cchc
