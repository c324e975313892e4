#pragma once
// Rendering rows of text as an aligned terminal table that fits a width (widths in display
// columns; long text wraps inside its cell, optional columns give way, and when even that
// does not fit, one record per block), as CSV (RFC 4180) or as a GitHub-flavoured Markdown table.
#include <functional>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace cchc {

// What a cell means for the reader; whoever prints the table picks the look (terminal
// colours in cli/), so lib/ stays free of escape codes.
enum class Style { plain, bad, warning, good };

// How a column gives way when the table is wider than the terminal.
enum class Fit {
    keep,  // whole on one line (codes, dates, numbers)
    wrap,  // wraps inside its cell: at spaces, else after '-' or '/', else anywhere
    drop,  // left out of the table (file paths, line numbers); still shown in blocks
};

struct Table {
    std::vector<std::string> headers;
    std::vector<std::vector<std::string>> rows;
    int flex_column = -1;  // the main text: always wraps and gets the room first
    std::vector<Fit> fit = {};  // per column; missing entries keep (the flex column always wraps)
    std::vector<std::vector<Style>> styles = {};  // per row and cell; missing entries plain
    // Blocks whatever the width (not without a limit): a caller showing several tables
    // one after the other lays them all out alike (see table_fits).
    bool blocks = false;
};

// Turns the text of a cell into what is printed for a style (e.g. adds colour codes);
// empty: printed as is.
using Painter = std::function<std::string(Style, const std::string&)>;

// max_width 0 = no limit: every cell on one line. Otherwise no line is wider than max_width
// (at least 20): a table with wrapped cells and dropped columns whenever its columns fit
// with the main text (flex column) at least 30 wide — every word whole when that fits, else
// words longer than 12 columns may break — and below that one block of "header: value"
// lines per row. Newlines inside cells are spaces. No cell is wider than 1000 columns, with
// or without a limit (a longer one wraps).
std::string render_table(const Table& t, int max_width, const Painter& paint = {});
// True when render_table would lay `t` out as a table at max_width (not as blocks).
bool table_fits(const Table& t, int max_width);
// The same, written to `os` row by row as it is laid out (a long listing is never held whole).
void write_table(std::ostream& os, const Table& t, int max_width, const Painter& paint = {});
// CSV for spreadsheets: RFC 4180 with CRLF, after a UTF-8 byte order mark (without it
// LibreOffice and Excel guess a legacy code page: "VÄƒn phÃ²ng"). Fields holding , ; tab
// " or a line break are quoted: LibreOffice's import splits at ; and tab by default too.
std::string render_csv(const Table& t);
// A text cell that a spreadsheet would read as a number ("1.10" → 1.1, and "(1)" → −1
// with "detect special numbers"), kept text by an invisible WORD JOINER (U+2060) in front:
// the one form LibreOffice keeps as text under every import setting and locale (quoting
// does not, and ="(1)" shows as typed unless "evaluate formulas" is on).
std::string csv_text(const std::string& s);
std::string render_markdown(const Table& t);

// `s` (NFC, white space as single spaces) in lines of at most `width` display columns.
// Breaks at spaces; a word longer than the line breaks after its last '-' or '/' that
// fits, else at the width (never inside a character). Empty input gives no lines.
std::vector<std::string> wrap_text(std::string_view s, int width);

// A line over or under a table ("Tiến độ hoàn thành: sớm hạn 8 · đúng hạn 4 · …"), `indent`
// spaces in and ending in a newline, fitted to `width` columns like the table (0: one line).
// The items of a "a · b · c" line stay whole where they fit: it breaks after a " ·", and
// continuation lines are two spaces further in.
std::string fit_line(const std::string& text, int width, int indent = 0);

}  // namespace cchc
