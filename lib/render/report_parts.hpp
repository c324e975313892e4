#pragma once
// Private to the report renderers (report_markdown*.cpp): Markdown text helpers, the
// sections, and the Mermaid charts.
#include <string>
#include <string_view>

#include "track/report.hpp"
#include "render/table.hpp"

namespace cchc::report_md {

// Free text (plans, journal) made safe inline: Markdown punctuation escaped, and for `flat`
// line breaks and runs of blanks collapsed to one space (list items, headings).
std::string text(std::string_view s, bool flat = true);
// A table cell: whole, trailing blanks trimmed, escaped (render_markdown turns line breaks
// into <br> and escapes '|').
std::string cell(std::string_view s);
// "37,5%" (vi) / "37.5%": n of total with one decimal; "0%" when total is 0.
std::string percent(int n, int total, Lang lang);
// The task as the tables name it: its id, unique in the plan (I.1.1, B.III.11, giao-ban);
// the STT the plan prints is often repeated ("1.", "2.").
std::string task_ref(const Task& t);
// "31/01/2022, kỳ tháng 01/2022": the deadline with the period words of its occurrence.
std::string deadline(const DueItem& i, Lang lang);
// An occurrence key in words: "2024-11" → "tháng 11/2024", "tuan/2024-W47" → "tuần 47/2024";
// "" for a milestone without a period (its words are the item's label).
std::string occurrence_words(std::string_view key, Lang lang);
// A plan as tables name it: "1186/KH-SKHĐT", or by its date when it has no number yet
// ("KH ngày 29/02/2024"); plan_title: "Kế hoạch số 1186/KH-SKHĐT ngày 19/04/2022: <title>".
std::string plan_ref(const Plan& p, Lang lang);
std::string plan_title(const Plan& p, Lang lang);
// Lead units by name: "Văn phòng Sở, Bộ phận Một cửa" (groups by their names too).
std::string leads(const Plan& p, const std::vector<Text>& lead);
std::string leads(const Plan& p, const Task& t);
std::string leads(const DueItem& i);  // item_lead: an internal milestone's own lead

// The same (kept for the callers that pass options).
std::string cell(std::string_view s, const ReportRenderOptions& o);
// A table as GFM, or for Word as a pipe table with fitted column widths (report_docx.cpp);
// `landscape`: the page it is on.
std::string table(const Table& t, const ReportRenderOptions& o, bool landscape = true);

// Word only (report_docx.cpp): the heading of an administrative document, sized tables,
// and the section break after which the pages are landscape (to the end).
std::string docx_heading(const ReportData& d, const ReportRenderOptions& o);
std::string docx_table(const Table& t, bool landscape);
// The portrait part's last paragraph (italic), carrying the section break: no empty paragraph
// that could spill onto a page of its own.
std::string docx_last_portrait_paragraph(const std::string& text, const ReportRenderOptions& o);
// A paragraph that stays on the page of what follows it (a table's lead-in sentence).
std::string docx_keep_with_next(const std::string& markdown);
// The figures' line, the signature block and "Nơi nhận".
std::string docx_closing(const ReportData& d, const ReportRenderOptions& o);

// `title`: the "# …" line (Word has docx_heading instead).
std::string heading(const ReportData& d, Lang lang, bool title = true);
std::string targets_section(const ReportData& d, const ReportRenderOptions& o);
std::string completed_section(const ReportData& d, const ReportRenderOptions& o);
std::string issues_section(const ReportData& d, const ReportRenderOptions& o);

// Charts: Mermaid for the Markdown, an image (SVG drawn here, PNG by rsvg-convert) for Word;
// the same colours with meaning in both (report_charts.cpp).
std::string status_pie(const ReportData& d, const ReportRenderOptions& o);
std::string targets_chart(const ReportData& d, const ReportRenderOptions& o);

}  // namespace cchc::report_md
