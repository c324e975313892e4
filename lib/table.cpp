#include "cchc/table.hpp"

#include <algorithm>
#include <numeric>

#include "cchc/text.hpp"

namespace cchc {

namespace {

std::string one_line(const std::string& s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) out.push_back(c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
    return out;
}

std::vector<int> column_widths(const Table& t) {
    std::vector<int> w(t.headers.size(), 0);
    for (size_t c = 0; c < t.headers.size(); ++c) w[c] = display_width(t.headers[c]);
    for (const auto& row : t.rows)
        for (size_t c = 0; c < row.size() && c < w.size(); ++c) w[c] = std::max(w[c], display_width(one_line(row[c])));
    return w;
}

}  // namespace

std::string render_table(const Table& t, int max_width) {
    std::vector<int> w = column_widths(t);
    const int gaps = 2 * static_cast<int>(w.empty() ? 0 : w.size() - 1);
    const int total = std::accumulate(w.begin(), w.end(), 0) + gaps;
    if (max_width > 0 && total > max_width && t.flex_column >= 0 && t.flex_column < static_cast<int>(w.size())) {
        const int others = total - w[static_cast<size_t>(t.flex_column)];
        w[static_cast<size_t>(t.flex_column)] = std::max(12, max_width - others);
    }
    auto line = [&](const std::vector<std::string>& cells) {
        std::string out;
        for (size_t c = 0; c < w.size(); ++c) {
            std::string cell = c < cells.size() ? one_line(cells[c]) : "";
            cell = truncate_to_width(cell, w[c]);
            const bool last = c + 1 == w.size();
            out += last ? cell : pad_to_width(cell, w[c]) + "  ";
        }
        while (!out.empty() && out.back() == ' ') out.pop_back();
        return out + "\n";
    };
    std::string out = line(t.headers);
    std::vector<std::string> rule;
    for (int x : w) rule.push_back(std::string(static_cast<size_t>(x), '-'));
    out += line(rule);
    for (const auto& row : t.rows) out += line(row);
    return out;
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

}  // namespace cchc
