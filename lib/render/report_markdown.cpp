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
    const bool vi = lang == Lang::vi;
    const OverallCounts& c = d.overall;
    std::string out = fmt::format("## 1. {}\n\n", L(lang, "Tình hình chung", "Overall situation"));
    Table t{{L(lang, "Tình hình", "Status"), L(lang, "Số việc", "Items"), L(lang, "Tỷ lệ", "Share")}, {}, 0};
    auto row = [&](const std::string& label, int n) {
        t.rows.push_back({label, std::to_string(n), percent(n, c.total(), lang)});
    };
    row(L(lang, "Đã hoàn thành", "Done"), c.done);
    for (DueGroup g : {DueGroup::overdue, DueGroup::due_soon, DueGroup::later, DueGroup::ongoing, DueGroup::waiting,
                       DueGroup::no_date})
        row(group_title(g, d.window, lang), c.count(g));
    if (c.count(DueGroup::awaiting) > 0)  // with --unit: reports the unit receives
        row(group_title(DueGroup::awaiting, d.window, lang), c.count(DueGroup::awaiting));
    row(L(lang, "Đã hủy", "Cancelled"), c.cancelled);
    row(L(lang, "**Tổng cộng**", "**Total**"), c.total());
    out += table(t, o, false) + "\n";
    const Timeliness& tl = c.timeliness;
    const int undated = c.done - tl.total();
    out += fmt::format(
        fmt::runtime(
            vi ? "Trong {} việc đã hoàn thành: sớm hạn {} ({}), đúng hạn {} ({}), trễ hạn {} ({}), gia hạn {} ({})"
               : "Of the {} done: early {} ({}), on time {} ({}), late {} ({}), extended {} ({})"),
        c.done, tl.early, percent(tl.early, c.done, lang), tl.on_time, percent(tl.on_time, c.done, lang), tl.late,
        percent(tl.late, c.done, lang), tl.extended, percent(tl.extended, c.done, lang));
    if (undated > 0)
        out += fmt::format(fmt::runtime(vi ? ", không có thời hạn {}" : ", without a deadline {}"), undated);
    out += fmt::format(fmt::runtime(vi ? ".\nTrong {} việc chưa hoàn thành: đang thực hiện {}, vướng mắc {}.\n\n"
                                       : ".\nOf the {} not done: in progress {}, blocked {}.\n\n"),
                       c.open(), c.in_progress, c.blocked);
    if (o.charts && c.total() > 0) out += status_pie(d, o);
    const std::string note =
        vi ? "Cách đếm: mỗi nhiệm vụ (mỗi kỳ của nhiệm vụ định kỳ) đã hoàn thành là một việc; nhiệm vụ định kỳ "
             "bỏ lỡ nhiều kỳ là một việc quá hạn."
           : "How items are counted: each done task (or occurrence of a recurring one) is one item; a recurring "
             "task that missed several periods is one overdue item.";
    // Word: this paragraph ends the portrait pages (the section break rides on it).
    out += o.docx ? docx_last_portrait_paragraph(note, o) : "*" + note + "*\n\n";
    return out;
}

std::string overdue_section(const ReportData& d, const ReportRenderOptions& o) {
    const Lang lang = o.lang;
    const bool vi = lang == Lang::vi;
    std::string out = fmt::format(fmt::runtime(vi ? "## 2. Nhiệm vụ quá hạn theo đơn vị chủ trì ({})\n\n"
                                                  : "## 2. Overdue tasks by lead unit ({})\n\n"),
                                  d.overall.count(DueGroup::overdue));
    if (d.overdue.empty()) return out + L(lang, "Không có nhiệm vụ quá hạn.\n\n", "Nothing is overdue.\n\n");
    int n = 0;
    for (const auto& g : d.overdue) {
        std::string who = text(g.name);  // the name people use, never a group code ("all")
        if (d.agencies.size() > 1) who += " — " + text(g.agency->short_name + " " + g.agency->province);
        out += fmt::format("### {} — {} {}\n\n", who, g.items.size(),
                           L(lang, "việc", g.items.size() == 1 ? "item" : "items"));
        Table t{{"STT", L(lang, "Kế hoạch", "Plan"), L(lang, "Mục", "Item"), L(lang, "Nhiệm vụ", "Task"),
                 L(lang, "Thời hạn", "Deadline"), L(lang, "Số ngày quá hạn", "Days overdue"),
                 L(lang, "Trạng thái", "Status"), L(lang, "Ghi chú mới nhất", "Latest note")},
                {},
                3};
        for (const auto& i : g.items) {
            std::string days = std::to_string(-i.days);
            if (i.missed.size() > 1)
                days += fmt::format(fmt::runtime(vi ? " ({} kỳ)" : " ({} periods)"), i.missed.size());
            t.rows.push_back({std::to_string(++n), plan_ref(*i.plan, lang), task_ref(*i.task), cell(item_words(i, lang), o),
                              deadline(i, lang), days, status_label(i.status, lang), cell(i.note, o)});
        }
        out += table(t, o) + "\n";
    }
    return out;
}

std::string upcoming_section(const ReportData& d, const ReportRenderOptions& o) {
    const Lang lang = o.lang;
    const bool vi = lang == Lang::vi;
    std::string out = fmt::format(fmt::runtime(vi ? "## 3. Nhiệm vụ đến hạn từ {} đến hết {} ({})\n\n"
                                                  : "## 3. Due from {} to the end of {} ({})\n\n"),
                                  d.as_of.dmy(), period_label(d.next, lang), d.upcoming.size());
    if (d.upcoming.empty()) return out + L(lang, "Không có nhiệm vụ đến hạn.\n\n", "Nothing falls due.\n\n");
    Table t{{"STT", L(lang, "Kế hoạch", "Plan"), L(lang, "Mục", "Item"), L(lang, "Nhiệm vụ", "Task"),
             L(lang, "Chủ trì", "Lead"), L(lang, "Thời hạn", "Deadline"), L(lang, "Còn lại", "Left"),
             L(lang, "Trạng thái", "Status")},
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
    std::string out = fmt::format("## 5. {}\n\n", L(lang, "Tình hình theo đơn vị chủ trì", "By lead unit"));
    if (d.units.empty()) return out + L(lang, "Không có đơn vị nào.\n\n", "No unit.\n\n");
    const bool several = d.agencies.size() > 1;  // then a column says whose unit it is
    Table t{{L(lang, "Đơn vị", "Unit"), L(lang, "Đang theo dõi", "Open"), L(lang, "Quá hạn", "Overdue"),
             L(lang, "Đã hoàn thành", "Done"), L(lang, "Sớm hạn", "Early"), L(lang, "Đúng hạn", "On time"),
             L(lang, "Trễ hạn", "Late"), L(lang, "Gia hạn", "Extended")},
            {},
            0};
    if (several) t.headers.insert(t.headers.begin(), L(lang, "Cơ quan", "Agency"));
    for (const auto& u : d.units) {
        t.rows.push_back({u.name.empty() ? u.code : text(u.name) + " (" + u.code + ")", std::to_string(u.open),
                          std::to_string(u.overdue), std::to_string(u.done.total()), std::to_string(u.done.early),
                          std::to_string(u.done.on_time), std::to_string(u.done.late),
                          std::to_string(u.done.extended)});
        if (several) t.rows.back().insert(t.rows.back().begin(), u.agency ? text(u.agency->short_name + " " + u.agency->province) : "");
    }
    out += table(t, o) + "\n";
    out += L(lang,
             "*Việc giao cho một nhóm đơn vị được tính cho từng đơn vị của nhóm; \"đã hoàn thành\" gồm các việc có "
             "thời hạn.*\n\n",
             "*A task led by a group counts for each unit of the group; \"done\" counts the items that have a "
             "deadline.*\n\n");
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
        out += fmt::format(fmt::runtime(o.lang == Lang::vi ? "*Số liệu tính đến ngày {}.*\n" : "*Figures as of {}.*\n"),
                           d.as_of.dmy());
    }
    return nfc(out);
}

}  // namespace cchc
