// The report's Markdown for Word (pandoc --reference-doc=assets/reference.docx): the heading
// and closing of an administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I), tables
// (raw Office Open XML: column widths fitted to their content, rows that do not split, header
// rows repeated), the first pages portrait and the wide tables on landscape pages.
#include <fmt/format.h>

#include <utf8proc.h>

#include <algorithm>
#include <cctype>
#include <numeric>

#include "time/dates_as_typed.hpp"
#include "render/table.hpp"
#include "base/text.hpp"
#include "render/report_parts.hpp"

namespace cchc::report_md {

namespace {

// Characters of 11 pt Times New Roman (tables) a line holds: about 1.64 mm each (measured in LibreOffice).
constexpr int kPortraitChars = 100;   // A4 portrait, margins 30 + 15 mm: 165 mm
constexpr int kLandscapeChars = 154;  // A4 landscape, margins 25 + 20 mm: 252 mm
constexpr int kPortraitTwips = 9355;  // the same widths in twentieths of a point
constexpr int kLandscapeTwips = 14288;

constexpr const char* kTimes =
    R"(<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>)";
constexpr int kCellPadding = 2;       // the cell margins (and bold headers), in characters
constexpr int kWholePhrase = 16;      // a column whose cells are all this short keeps each whole

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

// The portrait section's properties (OOXML keeps a section's properties in its last
// paragraph; the body's own last section, from reference.docx, is landscape). Page numbers:
// the header of reference.docx (relationship rId9 once pandoc has renumbered it: the eight
// parts before it are pandoc's own), on every page but the first (titlePg).
std::string portrait_section(bool page_numbers) {
    return std::string("<w:sectPr>") +
           (page_numbers ? R"(<w:headerReference w:type="default" r:id="rId9"/>)" : "") +
           R"(<w:pgSz w:w="11906" w:h="16838"/>)"
           R"(<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/>)"
           R"(<w:titlePg/></w:sectPr>)";
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
    // A column of short phrases (status, days, plan number) reads wrong broken ("chưa thực /
    // hiện", "hôm / nay", "1186/KH- / SKHĐT"): each of its cells is measured as one word, so
    // the column holds it whole. Columns with longer texts (tasks, units) wrap as usual.
    std::vector<bool> phrases(n, !t.rows.empty());
    for (const auto& row : t.rows)
        for (size_t c = 0; c < n; ++c) {
            const std::string text = c < row.size() ? row[c] : "";
            if (text.find('\n') != std::string::npos || display_width(text) > kWholePhrase) phrases[c] = false;
        }
    for (size_t r = 0; r <= t.rows.size(); ++r)
        for (size_t c = 0; c < n; ++c) {
            const std::string& text = r == 0 ? t.headers[c] : (c < t.rows[r - 1].size() ? t.rows[r - 1][c] : "");
            words[r][c] = word_widths(text);
            if (r > 0 && phrases[c]) words[r][c] = {print_width(text)};
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

namespace {

// A run of text (escaped), with the given run properties.
std::string run(std::string_view text, const std::string& props = "") {
    return std::string("<w:r><w:rPr>") + kTimes + props + "</w:rPr><w:t xml:space=\"preserve\">" + xml_escape(text) +
           "</w:t></w:r>";
}

// A table cell's Markdown (text() escapes, **bold**, line breaks) as runs of 11 pt text.
std::string cell_runs(std::string_view s, bool bold_all) {
    std::string out, chunk;
    bool bold = bold_all;
    auto flush = [&] {
        if (!chunk.empty()) out += run(chunk, std::string(bold ? "<w:b/>" : "") + R"(<w:sz w:val="22"/><w:szCs w:val="22"/>)");
        chunk.clear();
    };
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\\' && i + 1 < s.size()) {
            chunk += s[++i];
        } else if (s.substr(i, 2) == "**") {
            flush();
            bold = bold_all || !bold;
            ++i;
        } else if (s[i] == '\n') {
            flush();
            out += "<w:r><w:br/></w:r>";
        } else if (s[i] != '\r') {
            chunk += s[i];
        }
    }
    flush();
    return out;
}

// The text a cell shows (for measuring): escapes and ** gone.
std::string plain(std::string_view s) {
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\\' && i + 1 < s.size()) out += s[++i];
        else if (s.substr(i, 2) == "**") ++i;
        else out += s[i];
    }
    return out;
}

// Figures ("12", "37,5%", "3 (2 kỳ)") are centred; words start at the left.
bool figure(std::string_view s) {
    return !s.empty() && std::isdigit(static_cast<unsigned char>(s[0])) && s.size() <= 12 &&
           s.find('/') == std::string_view::npos;
}

std::string para(const std::string& text, const std::string& ppr, const std::string& rpr) {
    return "<w:p><w:pPr>" + ppr + "</w:pPr>" + (text.empty() ? "" : run(text, rpr)) + "</w:p>";
}

constexpr const char* kTight = R"(<w:spacing w:before="0" w:after="0"/><w:ind w:firstLine="0"/>)";
constexpr const char* kCentre = R"(<w:jc w:val="center"/>)";

std::string borderless_table(const std::vector<std::pair<int, std::string>>& cells) {
    int total = 0;
    std::string grid, row;
    for (const auto& [w, content] : cells) {
        total += w;
        grid += fmt::format(R"(<w:gridCol w:w="{}"/>)", w);
        row += fmt::format(R"(<w:tc><w:tcPr><w:tcW w:w="{}" w:type="dxa"/></w:tcPr>{}</w:tc>)", w, content);
    }
    return fmt::format(
        R"(<w:tbl><w:tblPr><w:tblW w:w="{}" w:type="dxa"/><w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/>)"
        R"(<w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>)"
        R"(<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar>)"
        R"(</w:tblPr><w:tblGrid>{}</w:tblGrid><w:tr><w:trPr><w:cantSplit/></w:trPr>{}</w:tr></w:tbl>)",
        total, grid, row);
}

// Upper case of Vietnamese text for the heading lines (w:caps would do it on screen, but
// pdftotext and screen readers then see the lower case).
std::string upper(std::string_view s) {
    std::string out;
    for (size_t i = 0; i < s.size();) {
        int32_t cp = 0;
        const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                                        static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
        if (n <= 0) {
            out += s[i++];
            continue;
        }
        utf8proc_uint8_t buf[4];
        const auto m = utf8proc_encode_char(utf8proc_toupper(cp), buf);
        out.append(reinterpret_cast<const char*>(buf), static_cast<size_t>(m));
        i += static_cast<size_t>(n);
    }
    return out;
}

struct Issuer {
    std::string parent, name, place, abbreviation;
    Agency::Signer signer;
    std::vector<std::string> recipients;
};

// Who issues the report: its one agency, or for several the governing body they share.
Issuer issuer(const ReportData& d) {
    Issuer out;
    if (d.agencies.empty()) return out;
    const Agency& first = *d.agencies.front();
    auto place_of = [](const Agency& a) { return a.place.empty() ? a.province : a.place; };
    if (d.agencies.size() == 1) {
        out = {first.parent, first.name, place_of(first),
               first.abbreviation.empty() ? first.short_name : first.abbreviation, first.signer, first.recipients};
        return out;
    }
    bool one_parent = true, one_place = true;
    for (const Agency* a : d.agencies) {
        one_parent = one_parent && a->parent == first.parent;
        one_place = one_place && place_of(*a) == place_of(first);
    }
    if (one_parent && !first.parent.empty()) {
        out.name = first.parent;  // the governing body reports on its departments
    } else {
        for (const Agency* a : d.agencies) {
            const std::string who = a->short_name.empty() ? a->name : a->short_name + " " + a->province;
            out.name += (out.name.empty() ? "" : " - ") + who;
        }
    }
    out.place = one_place ? place_of(first) : "";
    return out;
}

Agency::Signer signer_of(const Issuer& is, const std::string& option) {
    if (option.empty()) return is.signer;
    std::vector<std::string> parts;
    size_t start = 0;
    for (size_t i = 0; i <= option.size(); ++i)
        if (i == option.size() || option[i] == ';') {
            std::string p = option.substr(start, i - start);
            while (!p.empty() && p.front() == ' ') p.erase(0, 1);
            while (!p.empty() && p.back() == ' ') p.pop_back();
            parts.push_back(p);
            start = i + 1;
        }
    Agency::Signer s = is.signer;
    if (parts.size() == 1) s.name = parts[0];
    else if (parts.size() == 2) s = {"", parts[0], parts[1]};
    else s = {parts[0], parts[1], parts.back()};
    return s;
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
    Table measured = t;
    for (auto& h : measured.headers) h = plain(h);
    for (auto& row : measured.rows)
        for (auto& c : row) c = plain(c);
    std::vector<int> w = fitted_widths(measured, landscape ? kLandscapeChars : kPortraitChars);
    // A word longer than a line (a long link) wraps inside its cell rather than squeeze the rest.
    for (int& x : w) x = std::min(x, (landscape ? kLandscapeChars : kPortraitChars) * 3 / 4);
    const int total = landscape ? kLandscapeTwips : kPortraitTwips;
    const int chars = std::accumulate(w.begin(), w.end(), 0);
    std::vector<int> twips;
    for (int x : w) twips.push_back(total * x / chars);
    // Raw table: rows never split across pages, the header row repeats on every page and
    // stays with the first row.
    std::string grid;
    for (int x : twips) grid += fmt::format(R"(<w:gridCol w:w="{}"/>)", x);
    auto row = [&](const std::vector<std::string>& cells, bool header) {
        std::string out = std::string("<w:tr><w:trPr><w:cantSplit/>") + (header ? "<w:tblHeader/>" : "") + "</w:trPr>";
        for (size_t c = 0; c < t.headers.size(); ++c) {
            const std::string& s = c < cells.size() ? cells[c] : "";
            const bool centre = header || figure(plain(s));
            out += fmt::format(R"(<w:tc><w:tcPr><w:tcW w:w="{}" w:type="dxa"/>{}</w:tcPr><w:p><w:pPr>)"
                               R"(<w:pStyle w:val="Compact"/>{}{}{}</w:pPr>{}</w:p></w:tc>)",
                               twips[c], header ? R"(<w:vAlign w:val="center"/>)" : "", kTight,
                               centre ? kCentre : "", header ? "<w:keepNext/>" : "", cell_runs(s, header));
        }
        return out + "</w:tr>";
    };
    std::string xml = fmt::format(R"(<w:tbl><w:tblPr><w:tblStyle w:val="Table"/><w:tblW w:w="{}" w:type="dxa"/>)"
                                  R"(<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>{}</w:tblGrid>)",
                                  total, grid);
    xml += row(t.headers, true);
    for (const auto& r : t.rows) xml += row(r, false);
    return openxml_block(xml + "</w:tbl>");
}

std::string docx_last_portrait_paragraph(const std::string& text, const ReportRenderOptions& o) {
    return openxml_block("<w:p><w:pPr><w:pStyle w:val=\"BodyText\"/>" + portrait_section(o.page_numbers) + "</w:pPr>" +
                         run(text, "<w:i/>") + "</w:p>");
}

std::string docx_keep_with_next(const std::string& markdown) {
    std::string text = markdown;
    while (!text.empty() && text.back() == '\n') text.pop_back();
    return openxml_block(R"(<w:p><w:pPr><w:pStyle w:val="BodyText"/><w:keepNext/></w:pPr>)" + run(plain(text)) +
                         "</w:p>");
}

std::string docx_heading(const ReportData& d, const ReportRenderOptions& o) {
    const Lang lang = o.lang;
    const Issuer is = issuer(d);
    // Left: the governing body and the agency, the number; right: the national motto and the
    // place and date. A borderless two-column table, as in the decree's model documents
    // (Phụ lục I: 12-13 pt upright, the agency bold, a short rule under it).
    const std::string size12 = R"(<w:sz w:val="24"/><w:szCs w:val="24"/>)";
    const std::string size13 = R"(<w:sz w:val="26"/><w:szCs w:val="26"/>)";
    const std::string size14 = R"(<w:sz w:val="28"/><w:szCs w:val="28"/>)";
    const std::string rule = R"(<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>)";
    const std::string tight = std::string(kTight) + kCentre;
    std::string left;
    if (!is.parent.empty()) left += para(upper(is.parent), tight, size12);
    left += para(upper(is.name.empty() ? tr("docx-reporting-agency", lang) : is.name),
                 tight + "<w:ind w:left=\"0\" w:right=\"0\"/>", "<w:b/>" + size12);
    left += para("", tight + R"(<w:ind w:left="1200" w:right="1200"/>)" + rule, size12);
    std::string number;
    if (o.number.find('/') != std::string::npos) number = o.number;
    else number = (o.number.empty() ? std::string("      ") : o.number) + "/BC-" + is.abbreviation;
    left += para(render({"docx-number", {number}}, lang), tight + R"(<w:spacing w:before="120" w:after="0"/>)", size13);
    const std::string place = is.place.empty() ? "" : is.place + ", ";
    // "Hà Nội, ngày 05 tháng 12 năm 2024"; in English the place and the date as dd/mm/yyyy.
    const std::string date = render({"docx-place-date", {place, fmt::format("{:02}", d.as_of.day),
                                                         fmt::format("{:02}", d.as_of.month),
                                                         std::to_string(d.as_of.year), d.as_of.dmy()}},
                                    lang);
    std::string right = para("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", tight, "<w:b/>" + size12);
    right += para("Độc lập - Tự do - Hạnh phúc", tight + R"(<w:ind w:left="700" w:right="700"/>)" + rule,
                  "<w:b/>" + size13);
    right += para(date, tight + R"(<w:spacing w:before="120" w:after="0"/>)", "<w:i/>" + size14);
    std::string out = openxml_block(borderless_table({{4155, left}, {5200, right}}));
    out += openxml_block(para(tr("docx-report", lang), tight + R"(<w:spacing w:before="240" w:after="0"/><w:keepNext/>)",
                              "<w:b/>" + size14) +
                         para(render({"docx-report-title", {period_label(d.period, lang)}}, lang),
                              tight + R"(<w:spacing w:before="0" w:after="240"/>)", "<w:b/>" + size14));
    return out;
}

std::string docx_closing(const ReportData& d, const ReportRenderOptions& o) {
    const Lang lang = o.lang;
    const Issuer is = issuer(d);
    std::string out = openxml_block(
        para(render({"report-figures-as-of", {d.as_of.dmy()}}, lang),
             R"(<w:pStyle w:val="BodyText"/><w:keepNext/>)", "<w:i/>"));
    // Left: "Nơi nhận" (12 pt bold italic, the list 11 pt); right: authority, title, the
    // space for the signature and seal, the name (13-14 pt bold). Phụ lục I, mục 7 and 9.
    const std::string size11 = R"(<w:sz w:val="22"/><w:szCs w:val="22"/>)";
    const std::string size13 = R"(<w:sz w:val="26"/><w:szCs w:val="26"/>)";
    const std::string left_ppr = std::string(kTight) + R"(<w:jc w:val="left"/>)";
    std::string left = para(tr("docx-recipients", lang), left_ppr, R"(<w:b/><w:i/><w:sz w:val="24"/><w:szCs w:val="24"/>)");
    std::vector<std::string> recipients = is.recipients;
    if (recipients.empty()) recipients = {tr("docx-recipient-as-above", lang), tr("docx-recipient-file", lang)};
    for (size_t i = 0; i < recipients.size(); ++i)
        left += para("- " + recipients[i] + (i + 1 == recipients.size() ? "." : ";"), left_ppr, size11);
    const Agency::Signer s = signer_of(is, o.signer);
    const std::string centre = std::string(kTight) + kCentre;
    std::string right;
    if (!s.authority.empty()) right += para(upper(s.authority), centre, "<w:b/>" + size13);
    right += para(upper(s.title.empty() ? tr("docx-head-of-agency", lang) : s.title), centre,
                  "<w:b/>" + size13);
    for (int i = 0; i < 4; ++i) right += para("", centre, size13);
    right += para(s.name, centre, "<w:b/>" + size13);
    out += openxml_block(borderless_table({{7144, left}, {7144, right}}));
    return out;
}

}  // namespace cchc::report_md
