#pragma once
// The periodic briefing report (báo cáo giao ban): one month, quarter or year of the
// selected plans. Every count comes from compute_due and compute_score at the report's
// as-of date, so the report agrees with `cchc due` and `cchc score` for the same options;
// the journal adds what was completed in the period and the difficulties raised.
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "time/calendar.hpp"
#include "track/due.hpp"
#include "yaml/messages.hpp"
#include "track/score.hpp"
#include "track/scope.hpp"

namespace cchc {

struct ReportQuery : Scope {
    Period period{};
    std::string unit_text{};  // --unit as typed, for the heading
};

// The overall situation: compute_due's items by group, plus what it no longer lists.
struct OverallCounts {
    std::array<int, 7> groups{};       // indexed by DueGroup
    int done = 0, cancelled = 0;       // tasks or occurrences
    int in_progress = 0, blocked = 0;  // open items whose journalled status says so
    Timeliness timeliness;             // the done ones with a deadline: early, on time, late, extended
    int count(DueGroup g) const { return groups[static_cast<size_t>(g)]; }
    int open() const;
    int total() const { return open() + done + cancelled; }
};

// Who leads what an item lists: an internal milestone's own lead, else the task's. Every
// section names this one list.
const std::vector<Text>& item_lead(const DueItem& item);

// Overdue items under one lead: a unit or a group of the agency. A co-led item is under each
// of its leads (with --unit, each one inside the filter).
struct LeadGroup {
    const Agency* agency = nullptr;
    std::string code;  // unit code or group id; the text as written when it does not resolve
    std::string name;  // the unit's or group's name
    std::vector<DueItem> items;
};

// One lead unit (groups expanded, as compute_due's by_unit): open items, overdue ones, and
// the timeliness of the done ones.
struct UnitRow {
    const Agency* agency = nullptr;
    std::string key;  // "skhdt:VP" (Agency::unit_key), as DueReport::by_unit
    std::string code, name;
    int open = 0, overdue = 0;
    Timeliness done;
};

// A journal `done` entry dated within the period (up to as_of).
struct CompletedTask {
    const Plan* plan = nullptr;
    const Task* task = nullptr;
    Date date;
    std::string occurrence, evidence, note;
};

// A difficulty: a task blocked as of as_of (with its latest note), or a journal entry
// marked `issue: true` dated within the period.
struct ReportIssue {
    enum class Kind { blocked, flagged };
    Kind kind = Kind::flagged;
    const Agency* agency = nullptr;
    const Plan* plan = nullptr;  // null for an agency-wide note
    const Task* task = nullptr;
    std::optional<Date> date;
    std::string text;
};

struct ReportData {
    Period period, next;
    Date as_of;
    int window = 30;
    std::string unit_text;
    std::vector<const Agency*> agencies;
    std::vector<const Plan*> plans;
    DueReport due;      // compute_due at as_of: the source of every task count
    ScoreReport score;  // compute_score at as_of: the source of every target figure
    OverallCounts overall;
    std::vector<DueItem> duties;  // open reporting duties due from the period's start to the next one's end
    std::vector<LeadGroup> overdue;
    std::vector<DueItem> upcoming;  // due from as_of to the end of the next period
    std::vector<UnitRow> units;
    std::vector<CompletedTask> completed;
    std::vector<ReportIssue> issues;
};

// Every plan of report_inputs() must have its body loaded.
ReportData build_report(const Repository& repo, const Calendar& calendar, const ReportQuery& query);

// The plans whose bodies build_report() reads: those of `due` and `score` for the same scope.
std::vector<const Plan*> report_inputs(const Repository& repo, const ReportQuery& query);

// Filled by build_report from the journal (report_journal.cpp).
void add_journal_sections(const Repository& repo, const ReportQuery& query, ReportData& data);

struct ReportRenderOptions {
    ReportRenderOptions(Lang l = Lang::vi, bool with_charts = true, bool for_docx = false)
        : lang(l), charts(with_charts), docx(for_docx) {}
    Lang lang = Lang::vi;
    bool charts = true;  // Mermaid pie and bar charts
    bool docx = false;   // the variant pandoc turns into Word: texts whole, sized tables (report_docx.cpp)
    // Word only: the number ("123", or "123/BC-STTTT" as is; blank: left for the Office to
    // fill), the signer ("Họ tên", "CHỨC VỤ;Họ tên" or "QUYỀN HẠN;CHỨC VỤ;Họ tên"; blank: the
    // agency's), and page numbers (the built-in reference document has their header).
    std::string number, signer;
    bool page_numbers = false;
};

// GitHub-flavoured Markdown, NFC-normalised; texts whole. With
// options.docx, pandoc Markdown for Word instead (see report_docx.hpp).
std::string report_markdown(const ReportData& data, const ReportRenderOptions& options);
// The same content as data; numbers plain, texts whole. Codes and keys (plan, id, lead,
// occurrence, missed, group, status) are identifiers; the words people read are beside them
// (lead_names, period_words in `lang`, names, titles, texts): no command, option or code.
std::string report_json(const ReportData& data, Lang lang = Lang::vi);

}  // namespace cchc
