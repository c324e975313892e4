#pragma once
// Private to the report renderers (report_markdown*.cpp): Markdown text helpers, the
// sections, and the Mermaid charts.
#include <string>
#include <string_view>

#include "cchc/report.hpp"
#include "cchc/table.hpp"

namespace cchc::report_md {

inline constexpr int kCellWidth = 160;  // long task texts are cut to this many columns in tables

// Free text (plans, journal) made safe inline: Markdown punctuation escaped, and for `flat`
// line breaks and runs of blanks collapsed to one space (list items, headings).
std::string text(std::string_view s, bool flat = true);
// A table cell: cut to `width` columns with "…", then escaped (render_markdown turns line
// breaks into <br> and escapes '|').
std::string cell(std::string_view s, int width = kCellWidth);
// "37,5%" (vi) / "37.5%": n of total with one decimal; "0%" when total is 0.
std::string percent(int n, int total, Lang lang);
// The task as the tables name it: its id, unique in the plan (I.1.1, B.III.11, giao-ban);
// the STT the plan prints is often repeated ("1.", "2.").
std::string task_ref(const Task& t);
// "31/01/2022 [2022-01]": the deadline with the occurrence key.
std::string deadline(const DueItem& i);
// The task text of an item, after its milestone words when it has some:
// "BC theo dõi thi hành pháp luật — Thực hiện chế độ báo cáo …".
std::string item_task(const DueItem& i);
// Lead units as written, codes joined: "VP, BPMC".
std::string leads(const Task& t);
std::string leads(const DueItem& i);  // item_lead: an internal milestone's own lead

// The same, whole in the Word variant.
std::string cell(std::string_view s, const ReportRenderOptions& o);
// A table as GFM, or for Word as a pipe table with fitted column widths (report_docx.cpp);
// `landscape`: the page it is on.
std::string table(const Table& t, const ReportRenderOptions& o, bool landscape = true);

// Word only (report_docx.cpp): the heading of an administrative document, sized tables,
// and the section break after which the pages are landscape (to the end).
std::string docx_heading(const ReportData& d, Lang lang);
std::string docx_table(const Table& t, bool landscape);
std::string landscape_begin();

inline const char* L(Lang lang, const char* vi, const char* en) { return lang == Lang::vi ? vi : en; }

// `title`: the "# …" line (Word has docx_heading instead).
std::string heading(const ReportData& d, Lang lang, bool title = true);
std::string targets_section(const ReportData& d, const ReportRenderOptions& o);
std::string completed_section(const ReportData& d, const ReportRenderOptions& o);
std::string issues_section(const ReportData& d, const ReportRenderOptions& o);

std::string status_pie(const ReportData& d, Lang lang);
std::string targets_chart(const ReportData& d, Lang lang);

}  // namespace cchc::report_md
