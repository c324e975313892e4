// cchc report: the monthly / quarterly / yearly briefing summary (báo cáo giao ban), as
// Markdown or JSON, on stdout or written atomically to a file, or as Word through pandoc.

#include <sys/stat.h>

#include <cstring>
#include <ctime>
#include <fstream>
#include <iostream>
#include <sstream>

#include "io/atomic_write.hpp"
#include "model/calendar_settings.hpp"
#include "render/pandoc_docx.hpp"
#include "time/dates_as_typed.hpp"
#include "track/report.hpp"
#include "base/vietnam_time.hpp"
#include "commands.hpp"
#include "common.hpp"
#include "today.hpp"
#include "unit_option.hpp"

namespace cchc::cli {

namespace {

struct ReportOptions {
    CommonOptions common;
    ScopeOptions scope;
    std::string month, quarter, year, as_of, unit, output, format = "md", reference_doc, number, signer;
    bool no_charts = false;
    bool force = false;
};

// The one period asked for; without any, the month of --as-of or of today in Vietnam.
Period report_period(const ReportOptions& o, Lang lang) {
    const int given = !o.month.empty() + !o.quarter.empty() + !o.year.empty();
    if (given > 1)
        throw UsageError{tr("report-one-period", lang)};
    auto parse = [&](const std::string& text, Period::Kind kind, const char* option, const char* form) {
        if (auto p = parse_period_as_typed(kind, text)) return *p;
        throw UsageError{render({"report-bad-period", {option, text, form}}, lang)};
    };
    if (!o.month.empty()) return parse(o.month, Period::Kind::month, "--month", "11/2024, 2024-11");
    if (!o.quarter.empty()) return parse(o.quarter, Period::Kind::quarter, "--quarter", "Q4/2024, 2024-Q4, quý IV/2024");
    if (!o.year.empty()) return parse(o.year, Period::Kind::year, "--year", "YYYY");
    const Date day = o.as_of.empty() ? vietnam_date(std::time(nullptr)) : as_of_date(o.as_of, lang);
    Period p;
    p.kind = Period::Kind::month;
    p.year = day.year;
    p.index = day.month;
    return p;
}

Date report_as_of(const ReportOptions& o, const Period& period, Lang lang) {
    if (o.as_of.empty()) return default_report_as_of(period, vietnam_date(std::time(nullptr)));
    const Date d = as_of_date(o.as_of, lang);
    if (d < period.first_day())
        throw UsageError{render({"report-as-of-before", {d.dmy(), period.first_day().dmy()}}, lang)};
    return d;
}

void write_output(const ReportOptions& o, const Workspace& ws, const std::string& text, Lang lang) {
    if (o.output.empty() || o.output == "-") {
        std::cout << text;
        return;
    }
    refuse_repository_target(ws, o.output);
    const std::string error = write_file_atomically(o.output, text);
    if (!error.empty())
        throw UsageError{render({"report-cannot-write", {o.output, error}}, lang)};
}

// --format docx: the Word variant of the Markdown, through pandoc, into -o FILE.
void write_docx(const ReportOptions& o, const Workspace& ws, const ReportData& data, Lang lang) {
    // The same refusals as every other -o: never a repository file, a link, a device or a
    // read-only file (pandoc's result is renamed over the target).
    refuse_repository_target(ws, o.output);
    struct stat st {};
    bool exists = false;
    if (const int err = writable_regular_file(o.output, st, exists); err != 0)
        throw UsageError{cchc::render({"report-cannot-write", {o.output, std::strerror(err)}}, lang)};
    std::string reference(builtin_reference_docx());
    if (!o.reference_doc.empty()) {
        std::ifstream in(o.reference_doc, std::ios::binary);
        std::ostringstream bytes;
        bytes << in.rdbuf();
        if (!in)
            throw UsageError{cchc::render({"report-bad-reference", {o.reference_doc}}, lang)};
        reference = bytes.str();
    }
    ReportRenderOptions render{lang, !o.no_charts, true};
    render.number = o.number;
    render.signer = o.signer;
    render.page_numbers = o.reference_doc.empty();  // the built-in reference document has the header
    const PandocResult r = markdown_to_docx(report_markdown(data, render), reference, o.output, lang);
    if (r.status == PandocResult::Status::missing)
        throw UsageError{tr("report-no-pandoc", lang)};
    if (r.status == PandocResult::Status::failed)
        throw UsageError{cchc::render({"report-pandoc-failed", {o.output, r.detail}}, lang)};
}

int run_report(const ReportOptions& o) {
    // Plans are read by their header first: only the bodies of the plans reported are loaded.
    auto ws = open_workspace(o.common, {.tree_cache = true, .plan_bodies_later = true});
    if (!repository_usable(*ws, o.force)) return kProblems;
    const Lang lang = ws->lang;
    if (o.format == "docx" && (o.output.empty() || o.output == "-"))
        throw UsageError{tr("report-docx-needs-output", lang)};
    const Selection scope = resolve_selection(*ws, o.scope);
    const auto filter = unit_filter_option(ws->repo, o.unit, lang, scope);
    const Period period = report_period(o, lang);
    ReportQuery q{query_scope(scope, o.scope, report_as_of(o, period, lang), ws->repo.settings.due_within,
                              filter ? &*filter : nullptr)};
    q.period = period;
    q.unit_text = o.unit;
    load_plan_bodies(ws->repo, report_inputs(ws->repo, q));
    const ReportData data = build_report(ws->repo, calendar_for(ws->repo.settings), q);
    // The report says how many plans it leaves out; which option counts them is for the user.
    if (!data.due.left_out.empty() && !o.scope.include_closed)
        std::cerr << render({"report-left-out-hint", {std::to_string(data.due.left_out.size())}}, lang) << "\n";
    if (o.format == "docx") write_docx(o, *ws, data, lang);
    else write_output(o, *ws, o.format == "json" ? report_json(data, lang) : report_markdown(data, {lang, !o.no_charts}), lang);
    return kOk;
}

}  // namespace

void setup_report(CLI::App& app, int& exit_code) {
    auto opts = std::make_shared<ReportOptions>();
    CLI::App* cmd = app.add_subcommand("report", "Báo cáo giao ban tháng, quý, năm / the briefing report (Markdown)");
    add_common_options(*cmd, opts->common);
    add_force_option(*cmd, opts->force);
    cmd->add_option("--month", opts->month, "Report on this month (YYYY-MM; default: the current month in Vietnam)");
    cmd->add_option("--quarter", opts->quarter, "Report on this quarter (YYYY-QN, e.g. 2024-Q4)");
    cmd->add_option("--year", opts->year, "Report on this year (YYYY)");
    cmd->add_option("--as-of", opts->as_of,
                    "Date of the figures (YYYY-MM-DD; default: the period's last day, or today)");
    cmd->add_option("--unit", opts->unit, "Only tasks this unit leads or supports (code, name or alias)");
    add_scope_options(*cmd, opts->scope, true);
    cmd->add_option("-o,--output", opts->output, "Write to this file (atomically) instead of stdout");
    cmd->add_option("--format", opts->format,
                    "md (default, GitHub-flavoured Markdown), json, or docx (Word, A4, via pandoc; needs -o)")
        ->check(CLI::IsMember({"md", "json", "docx"}));
    cmd->add_option("--reference-doc", opts->reference_doc,
                    "With --format docx: styles from this .docx instead of the built-in one (assets/reference.docx)");
    cmd->add_option("--number", opts->number,
                    "With --format docx: the report's number (123 gives Số: 123/BC-<abbreviation>; default: blank)");
    cmd->add_option("--signer", opts->signer,
                    "With --format docx: who signs ('Name', 'TITLE;Name' or 'AUTHORITY;TITLE;Name'; default: agency.yaml)");
    cmd->add_flag("--no-charts", opts->no_charts, "Leave out the charts (Mermaid in Markdown, pictures in Word)");
    cmd->callback([opts, &exit_code] { exit_code = run_report(*opts); });
}

}  // namespace cchc::cli
