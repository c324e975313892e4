// Report Markdown: text helpers, the heading, what was completed, and the difficulties.
#include <fmt/format.h>

#include <cctype>

#include "time/dates_as_typed.hpp"
#include "render/due_render.hpp"
#include "base/number_format.hpp"
#include "render/table.hpp"
#include "base/text.hpp"
#include "track/unit_filter.hpp"
#include "render/report_parts.hpp"

namespace cchc::report_md {

std::string text(std::string_view s, bool flat) {
    std::string out;
    bool blank = false;
    for (size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (flat && (c == '\n' || c == '\r' || c == '\t' || c == ' ')) {
            blank = !out.empty();
            continue;
        }
        if (blank) out += ' ', blank = false;
        const bool word_before = i > 0 && std::isalnum(static_cast<unsigned char>(s[i - 1]));
        const bool word_after = i + 1 < s.size() && std::isalnum(static_cast<unsigned char>(s[i + 1]));
        if (c == '\\' || c == '`' || c == '*' || c == '<' || c == '[' || c == ']' || c == '~' ||
            (c == '_' && !(word_before && word_after)))
            out += '\\';
        if (c != '\r') out += c;
    }
    return out;
}

std::string cell(std::string_view s) {
    std::string trimmed(s);
    while (!trimmed.empty() && (trimmed.back() == '\n' || trimmed.back() == ' ')) trimmed.pop_back();
    return text(trimmed, false);
}

std::string cell(std::string_view s, const ReportRenderOptions&) { return cell(s); }

std::string table(const Table& t, const ReportRenderOptions& o, bool landscape) {
    return o.docx ? docx_table(t, landscape) : render_markdown(t);
}

std::string percent(int n, int total, Lang lang) {
    if (total <= 0) return "0%";
    return format_number(100.0 * n / total, lang == Lang::vi, 1) + "%";
}

std::string task_ref(const Task& t) { return t.id.value; }

std::string occurrence_words(std::string_view key, Lang lang) {
    const auto slash = key.find('/');
    if (slash != std::string_view::npos) key = key.substr(slash + 1);  // "tuan/2024-W47": the milestone's period
    if (key.size() == 8 && key[4] == '-' && key[5] == 'W')
        return render({"report-week", {std::to_string(std::stoi(std::string(key.substr(6)))), std::string(key.substr(0, 4))}},
                      lang);
    if (auto p = parse_period(key)) return period_label(*p, lang);
    return "";  // a milestone without a period: its words are the item's label
}

std::string deadline(const DueItem& i, Lang lang) {
    std::string out = i.due ? i.due->dmy() : "";
    const std::string period = occurrence_words(i.occurrence, lang);
    if (!period.empty()) out += (out.empty() ? "" : ", ") + render({"report-occurrence", {period}}, lang);
    return out;
}

namespace {
// "2024-02-29" → "29/02/2024", "2023-06" → "06/2023", "2024" → "2024".
std::string issued_words(const std::string& iso, Lang lang) {
    if (iso.size() == 10) return iso.substr(8, 2) + "/" + iso.substr(5, 2) + "/" + iso.substr(0, 4);
    if (iso.size() == 7) return render({"report-issued-month", {iso.substr(5, 2) + "/" + iso.substr(0, 4)}}, lang);
    return render({"report-issued-year", {iso}}, lang);
}
// "1186/KH-SKHĐT" has its number; "/KH-STTTT" (the number left blank in the source) has not.
bool numbered(const std::string& number) { return !number.empty() && number[0] != '/'; }
}  // namespace

std::string plan_ref(const Plan& p, Lang lang) {
    if (numbered(p.number.value)) return p.number.value;
    const std::string& iso = p.issued.value;
    if (iso.empty()) return p.stem;
    return render({iso.size() == 10 ? "report-plan-ref-day" : "report-plan-ref", {issued_words(iso, lang)}}, lang);
}

std::string plan_title(const Plan& p, Lang lang) {
    std::string out = tr("report-plan-title", lang);
    if (!p.number.value.empty()) out += render({"report-plan-title-number", {p.number.value}}, lang);
    if (!p.issued.value.empty())
        out += render({p.issued.value.size() == 10 ? "report-plan-title-day" : "report-plan-title-period",
                       {issued_words(p.issued.value, lang)}},
                      lang);
    return out + ": " + p.title.value;
}

std::string leads(const Plan& p, const std::vector<Text>& lead) {
    std::string out;
    for (const Text& ref : lead) {
        std::string name = ref.value;
        if (p.agency) {
            if (const Unit* u = p.agency->find_unit(ref.value)) name = u->name;
            else if (const Group* g = p.agency->find_group(ref.value)) name = g->name;
        }
        out += (out.empty() ? "" : ", ") + name;
    }
    return out;
}
std::string leads(const Plan& p, const Task& t) { return leads(p, t.lead); }
std::string leads(const DueItem& i) { return leads(*i.plan, item_lead(i)); }

namespace {

std::string agency_line(const Agency& a, Lang lang) {
    if (a.province.empty()) return a.name;
    return render({"report-agency-province", {a.name, a.province}}, lang);
}

std::string plans_list(const ReportData& d, Lang lang) {
    std::string out = fmt::format("- **{}**{}\n", tr("report-plans-covered", lang),
                                  d.plans.empty() ? tr("report-plans-none", lang) : "");
    int n = 0;
    for (const Plan* p : d.plans) {
        out += fmt::format("  {}. {}\n", ++n, text(plan_title(*p, lang)));
    }
    // Which option counts them is said on stderr (cli/cmd_report.cpp), not in the report.
    if (!d.due.left_out.empty())
        out += render({"report-plans-left-out", {std::to_string(d.due.left_out.size())}}, lang);
    return out;
}

std::string duties_list(const ReportData& d, Lang lang) {
    if (d.duties.empty()) return "";
    std::string out = fmt::format("- **{}**\n", tr("report-duties", lang));
    for (const auto& i : d.duties) {
        std::string when = text(i.task->timing.value);
        const std::string period = occurrence_words(i.occurrence, lang);
        when += render({"report-duty-last-day",
                        {i.due->dmy(), period.empty() ? "" : ", " + render({"report-occurrence", {period}}, lang)}},
                       lang);
        if (i.group == DueGroup::overdue) when += tr("report-duty-overdue", lang);
        out += fmt::format("  - {} ({} {}): {}\n", text(item_words(i, lang)), text(plan_ref(*i.plan, lang)),
                           task_ref(*i.task), when);
    }
    return out;
}

}  // namespace

std::string heading(const ReportData& d, Lang lang, bool title) {
    std::string out = !title ? "" : "# " + render({"report-title", {period_label(d.period, lang)}}, lang) + "\n\n";
    std::string agencies;
    for (const Agency* a : d.agencies) agencies += (agencies.empty() ? "" : "; ") + text(agency_line(*a, lang));
    out += fmt::format("- **{}** {}\n", tr("report-agency", lang), agencies.empty() ? "—" : agencies);
    out += render({"report-period-line",
                   {period_label(d.period, lang), d.period.first_day().dmy(), d.period.last_day().dmy()}},
                  lang);
    out += fmt::format("- **{}** {}\n", tr("report-as-of", lang), d.as_of.dmy());
    if (!d.unit_text.empty()) out += fmt::format("- **{}** {}\n", tr("report-unit", lang), text(d.unit_text));
    out += plans_list(d, lang) + duties_list(d, lang);
    return out + "\n";
}

std::string completed_section(const ReportData& d, const ReportRenderOptions& o) {
    const Lang lang = o.lang;
    std::string out =
        render({"report-completed-title", {period_label(d.period, lang), std::to_string(d.completed.size())}}, lang);
    if (d.completed.empty())
        return out + tr("report-completed-none", lang);
    Table t{{"STT", tr("report-col-date", lang), tr("report-col-plan", lang), tr("report-col-item", lang),
             tr("report-col-task", lang), tr("report-col-lead", lang), tr("report-col-evidence", lang)},
            {},
            4};
    int n = 0;
    for (const auto& c : d.completed) {
        std::string task = cell(c.task->task.value, o);
        const std::string period = occurrence_words(c.occurrence, lang);
        if (!period.empty()) task += " (" + render({"report-occurrence", {period}}, lang) + ")";
        std::string evidence = c.evidence.empty() ? c.note : c.evidence;
        if (evidence.empty()) evidence = tr("report-no-evidence", lang);
        t.rows.push_back(
            {std::to_string(++n), c.date.dmy(), plan_ref(*c.plan, lang), task_ref(*c.task), task,
             leads(*c.plan, *c.task), cell(evidence, o)});
    }
    return out + table(t, o) + "\n";
}

std::string issues_section(const ReportData& d, const ReportRenderOptions& o) {
    const Lang lang = o.lang;
    std::string out =
        fmt::format("## 7. {}\n\n", tr("report-issues-title", lang));
    if (d.issues.empty())
        return out + tr("report-issues-none", lang);
    for (const auto& i : d.issues) {
        std::string where;
        if (i.task)
            where = fmt::format("{} {} — {}", text(plan_ref(*i.plan, lang)), task_ref(*i.task), text(i.task->task.value));
        else if (i.plan)
            where = text(plan_ref(*i.plan, lang));
        else
            where =
                text(i.agency->short_name.empty() ? i.agency->name : i.agency->short_name + " " + i.agency->province);
        const std::string date = i.date ? i.date->dmy() + ", " : "";
        const std::string kind = i.kind == ReportIssue::Kind::blocked ? tr("report-issue-blocked", lang) : "";
        const std::string body = i.text.empty() ? tr("report-issue-no-note", lang) : text(i.text);
        out += fmt::format("- {}({}{}): {}\n", kind, date, where, body);
    }
    return out + "\n";
}

}  // namespace cchc::report_md
