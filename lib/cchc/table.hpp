#pragma once
// Rendering rows of text as an aligned terminal table (widths in display columns, one
// flexible column cut to fit), as CSV (RFC 4180) or as a GitHub-flavoured Markdown table.
#include <string>
#include <vector>

namespace cchc {

struct Table {
    std::vector<std::string> headers;
    std::vector<std::vector<std::string>> rows;
    int flex_column = -1;  // the column cut when the table is wider than max_width
};

// max_width 0 = no limit. Newlines inside cells are shown as spaces.
std::string render_table(const Table& t, int max_width);
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

}  // namespace cchc
