// The report's Markdown for Word (pandoc --reference-doc=assets/reference.docx): the heading
// of an administrative document (Nghị định 30/2020/NĐ-CP), tables with column widths fitted
// to their content, and the wide tables on landscape pages.
#include <fmt/format.h>

#include <algorithm>
#include <numeric>

#include "cchc/table.hpp"
#include "cchc/text.hpp"
#include "report_parts.hpp"

namespace cchc::report_md {

namespace {

// Characters of 11 pt Times New Roman (tables) a line holds: about 1.64 mm each (measured in LibreOffice).
constexpr int kPortraitChars = 100;   // A4 portrait, margins 30 + 15 mm: 165 mm
constexpr int kLandscapeChars = 154;  // A4 landscape, margins 25 + 20 mm: 252 mm
constexpr int kCellPadding = 2;       // the cell margins (and bold headers), in characters

// Raw Office Open XML for pandoc (raw_attribute extension).
std::string openxml_block(const std::string& xml) { return "```{=openxml}\n" + xml + "\n```\n\n"; }

std::string xml_escape(std::string_view s) {
    std::string out;
    for (char c : s) {
        if (c == '&') out += "&amp;";
        else if (c == '<') out += "&lt;";
        else if (c == '>') out += "&gt;";
        else if (c == '"') out += "&quot;";
        else out += c;
    }
    return out;
}

// A section break: the paragraph ends a section laid out as given (OOXML keeps a section's
// properties in its last paragraph; the body's own last section, from reference.docx, is
// landscape).
std::string section_end(bool landscape) {
    const std::string page = landscape ? R"(<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>)"
                                       : R"(<w:pgSz w:w="11906" w:h="16838"/>)";
    const std::string margins =
        landscape ? R"(<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1418" w:header="567" w:footer="567" w:gutter="0"/>)"
                  : R"(<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/>)";
    return openxml_block("<w:p><w:pPr><w:sectPr>" + page + margins + "</w:sectPr></w:pPr></w:p>");
}

// A word's width in average characters of Times New Roman (spaces included in the average):
// letters without spaces take a sixth more, capitals half as much again; one spare.
int print_width(std::string_view word) {
    int caps = 0;
    for (char c : word) caps += c >= 'A' && c <= 'Z' ? 1 : 0;
    const int w = display_width(word);
    return w + (w + 5) / 6 + caps / 2 + 1;
}

// The words of a cell, split at spaces and after hyphens, with their display widths; a
// width of -1 marks a line break.
std::vector<int> word_widths(std::string_view s) {
    std::vector<int> out;
    size_t start = 0;
    for (size_t i = 0; i <= s.size(); ++i) {
        const bool end = i == s.size() || s[i] == ' ' || s[i] == '\n' || s[i] == '-';
        if (!end) continue;
        const size_t stop = i < s.size() && s[i] == '-' ? i + 1 : i;
        if (stop > start) out.push_back(print_width(s.substr(start, stop - start)));
        if (i < s.size() && s[i] == '\n') out.push_back(-1);
        start = i + 1;
    }
    return out;
}

// Lines a cell takes at `width` characters, wrapped at words (a longer word is cut).
int lines_at(const std::vector<int>& words, int width) {
    int lines = 1, used = 0;
    for (int w : words) {
        if (w < 0) {
            ++lines, used = 0;
            continue;
        }
        const int need = used == 0 ? w : used + 1 + w;
        if (need <= width) {
            used = need;
        } else if (used == 0) {  // a word wider than the column: cut over several lines
            lines += (w - 1) / width;
            used = w - (w - 1) / width * width;
        } else {
            ++lines;
            used = std::min(w, width);
            lines += (w - 1) / width;
        }
    }
    return lines;
}

// Column widths (in characters, padding included) for `chars` a line that make the table
// shortest: each column starts at its longest word (no date is ever split), then the
// characters left go, a few at a time, where they save the most lines over all rows.
std::vector<int> fitted_widths(const Table& t, int chars) {
    const size_t n = t.headers.size();
    std::vector<std::vector<std::vector<int>>> words(t.rows.size() + 1, std::vector<std::vector<int>>(n));
    std::vector<int> w(n, 1);
    for (size_t r = 0; r <= t.rows.size(); ++r)
        for (size_t c = 0; c < n; ++c) {
            const std::string& text = r == 0 ? t.headers[c] : (c < t.rows[r - 1].size() ? t.rows[r - 1][c] : "");
            words[r][c] = word_widths(text);
            if (r == 0)
                for (int& x : words[r][c]) x += x > 0 ? 1 : 0;  // the header row is bold
            for (int x : words[r][c]) w[c] = std::max(w[c], x);
        }
    // lines[c][r][k]: lines of row r's cell in column c at width k (1 … chars).
    std::vector<std::vector<std::vector<int>>> lines(n, std::vector<std::vector<int>>(words.size()));
    for (size_t c = 0; c < n; ++c)
        for (size_t r = 0; r < words.size(); ++r) {
            lines[c][r].resize(static_cast<size_t>(chars) + 1);
            for (int k = 1; k <= chars; ++k) lines[c][r][static_cast<size_t>(k)] = lines_at(words[r][c], k);
        }
    // The table's height in lines, weighted, plus the lines of every cell: of two layouts
    // as tall, the one with fewer cells wrapped ("chưa thực / hiện") reads better.
    auto height = [&](const std::vector<int>& widths) {
        long total = 0;
        for (size_t r = 0; r < words.size(); ++r) {
            int row = 1;
            for (size_t c = 0; c < n; ++c) {
                const int l = lines[c][r][static_cast<size_t>(std::min(widths[c], chars))];
                row = std::max(row, l);
                total += l;
            }
            total += 4 * static_cast<long>(n) * row;
        }
        return total;
    };
    int left = chars - kCellPadding * static_cast<int>(n) - std::accumulate(w.begin(), w.end(), 0);
    long current = height(w);
    while (left > 0) {
        double best_gain = 0;
        size_t best_c = 0;
        int best_k = 0;
        for (size_t c = 0; c < n; ++c)
            for (int k = 1; k <= std::min(left, 30); ++k) {
                std::vector<int> trial = w;
                trial[c] += k;
                const double gain = static_cast<double>(current - height(trial)) / k;
                if (gain > best_gain) best_gain = gain, best_c = c, best_k = k;
            }
        if (best_k == 0) break;  // every row on one line already
        w[best_c] += best_k;
        left -= best_k;
        current = height(w);
    }
    for (int& x : w) x += kCellPadding;
    return w;
}

}  // namespace

std::string docx_table(const Table& all, bool landscape) {
    // Paper is scarce: a column blank in every row ("Ghi chú" when nobody wrote a note) goes.
    Table t{{}, std::vector<std::vector<std::string>>(all.rows.size()), -1};
    for (size_t c = 0; c < all.headers.size(); ++c) {
        const bool blank = !all.rows.empty() && std::all_of(all.rows.begin(), all.rows.end(), [&](const auto& row) {
            return c >= row.size() || row[c].find_first_not_of(" \n") == std::string::npos;
        });
        if (blank) continue;
        if (static_cast<int>(c) == all.flex_column) t.flex_column = static_cast<int>(t.headers.size());
        t.headers.push_back(all.headers[c]);
        for (size_t r = 0; r < all.rows.size(); ++r) t.rows[r].push_back(c < all.rows[r].size() ? all.rows[r][c] : "");
    }
    const std::vector<int> w = fitted_widths(t, landscape ? kLandscapeChars : kPortraitChars);
    auto cell_text = [](const std::string& s) {
        std::string out;
        for (char c : s) {
            if (c == '|') out += "\\|";
            else if (c == '\n') out += "`<w:r><w:br/></w:r>`{=openxml}";  // a line break inside the cell
            else if (c != '\r') out.push_back(c);
        }
        return out.empty() ? std::string(" ") : out;
    };
    auto line = [&](const std::vector<std::string>& cells) {
        std::string out = "|";
        for (size_t c = 0; c < t.headers.size(); ++c) out += " " + cell_text(c < cells.size() ? cells[c] : "") + " |";
        return out + "\n";
    };
    // The dashes of the separator line give pandoc the relative column widths (pandoc is run
    // with --columns=1, so that every pipe table takes them).
    std::string out = line(t.headers) + "|";
    for (int x : w) out += std::string(static_cast<size_t>(std::max(3, x)), '-') + "|";
    out += "\n";
    for (const auto& row : t.rows) out += line(row);
    return out;
}

std::string landscape_begin() { return section_end(false); }

std::string docx_heading(const ReportData& d, Lang lang) {
    const bool vi = lang == Lang::vi;
    // Left: the agency (when the report is about one), right: the national motto; below, the
    // place and date. A borderless two-column table, as in the decree's model documents.
    std::string agency, place;
    if (d.agencies.size() == 1) {
        agency = d.agencies[0]->name;
        place = d.agencies[0]->province;
    }
    auto para = [](const std::string& text, const std::string& props, const std::string& run_props) {
        return "<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\"/><w:jc w:val=\"center\"/>" + props +
               "</w:pPr><w:r><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" "
               "w:cs=\"Times New Roman\"/>" +
               run_props + "</w:rPr><w:t xml:space=\"preserve\">" + xml_escape(text) + "</w:t></w:r></w:p>";
    };
    const std::string bold12 = "<w:b/><w:sz w:val=\"24\"/>";
    const std::string bold13 = "<w:b/><w:sz w:val=\"26\"/>";
    const std::string bold14 = "<w:b/><w:sz w:val=\"28\"/>";
    const std::string rule = "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"000000\"/></w:pBdr>";
    auto cell = [](int width, const std::string& content) {
        return "<w:tc><w:tcPr><w:tcW w:w=\"" + std::to_string(width) + "\" w:type=\"dxa\"/></w:tcPr>" + content +
               "</w:tc>";
    };
    const std::string left = para(agency.empty() ? (vi ? "Cơ quan báo cáo" : "Reporting agency") : agency, "",
                                  bold12 + "<w:caps/>") +
                             para("", "<w:ind w:left=\"1100\" w:right=\"1100\"/>" + rule, bold13) +
                             para(vi ? "Số:        /BC-" : "No.:        /BC-", "", "<w:sz w:val=\"26\"/>");
    const std::string date = vi ? fmt::format("{}ngày {:02} tháng {:02} năm {}", place.empty() ? "" : place + ", ",
                                              d.as_of.day, d.as_of.month, d.as_of.year)
                                : (place.empty() ? "" : place + ", ") + d.as_of.dmy();
    const std::string right = para("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "", bold12) +
                              para("Độc lập - Tự do - Hạnh phúc", "<w:ind w:left=\"1100\" w:right=\"1100\"/>" + rule,
                                   bold13) +
                              para(date, "<w:spacing w:before=\"120\" w:after=\"0\"/>", "<w:i/><w:sz w:val=\"28\"/>");
    std::string xml =
        "<w:tbl><w:tblPr><w:tblW w:w=\"9355\" w:type=\"dxa\"/><w:tblBorders><w:top w:val=\"nil\"/><w:left "
        "w:val=\"nil\"/><w:bottom w:val=\"nil\"/><w:right w:val=\"nil\"/><w:insideH w:val=\"nil\"/><w:insideV "
        "w:val=\"nil\"/></w:tblBorders><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid><w:gridCol "
        "w:w=\"3555\"/><w:gridCol w:w=\"5800\"/></w:tblGrid><w:tr>" +
        cell(3555, left) + cell(5800, right) + "</w:tr></w:tbl>";
    std::string out = openxml_block(xml);
    out += openxml_block(para(vi ? "BÁO CÁO" : "REPORT", "<w:spacing w:before=\"240\" w:after=\"0\"/>", bold14) +
                         para(vi ? fmt::format("Kết quả thực hiện kế hoạch cải cách hành chính {}",
                                               period_label(d.period, lang))
                                 : fmt::format("Progress of the administrative reform plans, {}",
                                               period_label(d.period, lang)),
                              "<w:spacing w:before=\"0\" w:after=\"120\"/>", bold14));
    return out;
}

}  // namespace cchc::report_md
