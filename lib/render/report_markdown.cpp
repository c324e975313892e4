// The report as GitHub-flavoured Markdown, in the order a briefing runs: heading, overall
// situation, overdue tasks by lead, what falls due next, targets, units, completed work,
// difficulties.
#include <fmt/format.h>

#include "time/dates_as_typed.hpp"
#include "render/due_render.hpp"
#include "render/table.hpp"
#include "base/text.hpp"
#include "render/report_parts.hpp"

namespace cchc {

namespace report_md {
namespace {

std::string overall_section(const ReportData& d, const ReportRenderOptions& o) {
    const Lang lang = o.lang;
    const OverallCounts& c = d.overall;
    std::string out = fmt::format("## 1. {}\n\n", tr("report-overall-title", lang));
    Table t{{tr("report-col-situation", lang), tr("report-col-items", lang), tr("report-col-share", lang)}, {}, 0};
    auto row = [&](const std::string& label, int n) {
        t.rows.push_back({label, std::to_string(n), percent(n, c.total(), lang)});
    };
    row(tr("report-done", lang), c.done);
    for (DueGroup g : {DueGroup::overdue, DueGroup::due_soon, DueGroup::later, DueGroup::ongoing, DueGroup::waiting,
                       DueGroup::no_date})
        row(group_title(g, d.window, lang), c.count(g));
    if (c.count(DueGroup::awaiting) > 0)  // with --unit: reports the unit receives
        row(group_title(DueGroup::awaiting, d.window, lang), c.count(DueGroup::awaiting));
    row(tr("report-cancelled", lang), c.cancelled);
    row(tr("report-total", lang), c.total());
    out += table(t, o, false) + "\n";
    const Timeliness& tl = c.timeliness;
    const int undated = c.done - tl.total();
    out += render({"report-done-timeliness",
                   {std::to_string(c.done), std::to_string(tl.early), percent(tl.early, c.done, lang),
                    std::to_string(tl.on_time), percent(tl.on_time, c.done, lang), std::to_string(tl.late),
                    percent(tl.late, c.done, lang), std::to_string(tl.extended), percent(tl.extended, c.done, lang)}},
                  lang);
    if (undated > 0) out += render({"report-done-undated", {std::to_string(undated)}}, lang);
    out += render({"report-open-counts",
                   {std::to_string(c.open()), std::to_string(c.in_progress), std::to_string(c.blocked)}},
                  lang);
    if (o.charts && c.total() > 0) out += status_pie(d, o);
    const std::string note = tr("report-how-counted", lang);
    // Word: this paragraph ends the portrait pages (the section break rides on it).
    out += o.docx ? docx_last_portrait_paragraph(note, o) : "*" + note + "*\n\n";
    return out;
}

std::string overdue_section(const ReportData& d, const ReportRenderOptions& o) {
    const Lang lang = o.lang;
    std::string out = render({"report-overdue-title", {std::to_string(d.overall.count(DueGroup::overdue))}}, lang);
    if (d.overdue.empty()) return out + tr("report-overdue-none", lang);
    int n = 0;
    for (const auto& g : d.overdue) {
        std::string who = text(g.name);  // the name people use, never a group code ("all")
        if (d.agencies.size() > 1) who += " — " + text(g.agency->short_name + " " + g.agency->province);
        out += fmt::format("### {} — {} {}\n\n", who, g.items.size(),
                           tr(g.items.size() == 1 ? "report-item-one" : "report-item-many", lang));
        Table t{{"STT", tr("report-col-plan", lang), tr("report-col-item", lang), tr("report-col-task", lang),
                 tr("report-col-deadline", lang), tr("report-col-days-overdue", lang),
                 tr("report-col-status", lang), tr("report-col-latest-note", lang)},
                {},
                3};
        for (const auto& i : g.items) {
            std::string days = std::to_string(-i.days);
            if (i.missed.size() > 1)
                days += render({"report-missed-periods", {std::to_string(i.missed.size())}}, lang);
            t.rows.push_back({std::to_string(++n), plan_ref(*i.plan, lang), task_ref(*i.task), cell(item_words(i, lang), o),
                              deadline(i, lang), days, status_label(i.status, lang), cell(i.note, o)});
        }
        out += table(t, o) + "\n";
    }
    return out;
}

std::string upcoming_section(const ReportData& d, const ReportRenderOptions& o) {
    const Lang lang = o.lang;
    std::string out = render({"report-upcoming-title",
                              {d.as_of.dmy(), period_label(d.next, lang), std::to_string(d.upcoming.size())}},
                             lang);
    if (d.upcoming.empty()) return out + tr("report-upcoming-none", lang);
    Table t{{"STT", tr("report-col-plan", lang), tr("report-col-item", lang), tr("report-col-task", lang),
             tr("report-col-lead", lang), tr("report-col-deadline", lang), tr("report-col-left", lang),
             tr("report-col-status", lang)},
            {},
            3};
    int n = 0;
    for (const auto& i : d.upcoming)
        t.rows.push_back({std::to_string(++n), plan_ref(*i.plan, lang), task_ref(*i.task), cell(item_words(i, lang), o),
                          leads(i), deadline(i, lang), days_label(i, lang), status_label(i.status, lang)});
    return out + table(t, o) + "\n";
}

std::string units_section(const ReportData& d, const ReportRenderOptions& o) {
    const Lang lang = o.lang;
    std::string out = fmt::format("## 5. {}\n\n", tr("report-units-title", lang));
    if (d.units.empty()) return out + tr("report-units-none", lang);
    const bool several = d.agencies.size() > 1;  // then a column says whose unit it is
    Table t{{tr("report-col-unit", lang), tr("report-col-open", lang), tr("report-col-overdue", lang),
             tr("report-done", lang), tr("report-col-early", lang), tr("report-col-on-time", lang),
             tr("report-col-late", lang), tr("report-col-extended", lang)},
            {},
            0};
    if (several) t.headers.insert(t.headers.begin(), tr("report-col-agency", lang));
    for (const auto& u : d.units) {
        t.rows.push_back({u.name.empty() ? u.code : text(u.name) + " (" + u.code + ")", std::to_string(u.open),
                          std::to_string(u.overdue), std::to_string(u.done.total()), std::to_string(u.done.early),
                          std::to_string(u.done.on_time), std::to_string(u.done.late),
                          std::to_string(u.done.extended)});
        if (several) t.rows.back().insert(t.rows.back().begin(), u.agency ? text(u.agency->short_name + " " + u.agency->province) : "");
    }
    out += table(t, o) + "\n";
    out += tr("report-units-note", lang);
    return out;
}

}  // namespace
}  // namespace report_md

std::string report_markdown(const ReportData& d, const ReportRenderOptions& options) {
    using namespace report_md;
    const ReportRenderOptions& o = options;
    std::string out = o.docx ? docx_heading(d, o) + heading(d, o.lang, false) : heading(d, o.lang);
    out += overall_section(d, o);  // Word: the portrait pages end with it; landscape from here on
    out += overdue_section(d, o);
    out += upcoming_section(d, o);
    out += targets_section(d, o);
    out += units_section(d, o);
    out += completed_section(d, o);
    out += issues_section(d, o);
    if (o.docx) {
        out += docx_closing(d, o);
    } else {
        out += "*" + render({"report-figures-as-of", {d.as_of.dmy()}}, o.lang) + "*\n";
    }
    return nfc(out);
}

}  // namespace cchc
