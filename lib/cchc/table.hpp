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
std::string render_csv(const Table& t);
std::string render_markdown(const Table& t);

}  // namespace cchc
