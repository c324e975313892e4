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
        return fmt::format(fmt::runtime(lang == Lang::vi ? "tuần {}/{}" : "week {} of {}"),
                           std::stoi(std::string(key.substr(6))), key.substr(0, 4));
    if (auto p = parse_period(key)) return period_label(*p, lang);
    return "";  // a milestone without a period: its words are the item's label
}

std::string deadline(const DueItem& i, Lang lang) {
    std::string out = i.due ? i.due->dmy() : "";
    const std::string period = occurrence_words(i.occurrence, lang);
    if (!period.empty()) out += (out.empty() ? "" : ", ") + std::string(L(lang, "kỳ ", "period ")) + period;
    return out;
}

namespace {
// "2024-02-29" → "29/02/2024", "2023-06" → "06/2023", "2024" → "2024".
std::string issued_words(const std::string& iso, Lang lang) {
    if (iso.size() == 10) return iso.substr(8, 2) + "/" + iso.substr(5, 2) + "/" + iso.substr(0, 4);
    const bool vi = lang == Lang::vi;
    if (iso.size() == 7) return std::string(vi ? "tháng " : "") + iso.substr(5, 2) + "/" + iso.substr(0, 4);
    return std::string(vi ? "năm " : "") + iso;
}
// "1186/KH-SKHĐT" has its number; "/KH-STTTT" (the number left blank in the source) has not.
bool numbered(const std::string& number) { return !number.empty() && number[0] != '/'; }
}  // namespace

std::string plan_ref(const Plan& p, Lang lang) {
    if (numbered(p.number.value)) return p.number.value;
    const bool vi = lang == Lang::vi;
    const std::string& iso = p.issued.value;
    if (iso.empty()) return p.stem;
    return std::string(vi ? "KH " : "Plan ") + (iso.size() == 10 ? (vi ? "ngày " : "of ") : "") + issued_words(iso, lang);
}

std::string plan_title(const Plan& p, Lang lang) {
    const bool vi = lang == Lang::vi;
    std::string out = vi ? "Kế hoạch" : "Plan";
    if (!p.number.value.empty()) out += (vi ? " số " : " No. ") + p.number.value;
    if (!p.issued.value.empty())
        out += (p.issued.value.size() == 10 ? (vi ? " ngày " : " of ") : (vi ? " " : " of ")) + issued_words(p.issued.value, lang);
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
    return lang == Lang::vi ? a.name + " tỉnh " + a.province : a.name + " (" + a.province + ")";
}

std::string plans_list(const ReportData& d, Lang lang) {
    std::string out = fmt::format("- **{}**{}\n", L(lang, "Kế hoạch được theo dõi:", "Plans covered:"),
                                  d.plans.empty() ? L(lang, " không có", " none") : "");
    int n = 0;
    for (const Plan* p : d.plans) {
        out += fmt::format("  {}. {}\n", ++n, text(plan_title(*p, lang)));
    }
    // Which option counts them is said on stderr (cli/cmd_report.cpp), not in the report.
    if (!d.due.left_out.empty())
        out += fmt::format(fmt::runtime(L(lang, "  (không tính {} kế hoạch đã hết hiệu lực hoặc đã đóng)\n",
                                          "  ({} plans no longer in force or closed are left out)\n")),
                           d.due.left_out.size());
    return out;
}

std::string duties_list(const ReportData& d, Lang lang) {
    if (d.duties.empty()) return "";
    std::string out = fmt::format("- **{}**\n", L(lang, "Hạn báo cáo:", "Reports due:"));
    for (const auto& i : d.duties) {
        std::string when = text(i.task->timing.value);
        const std::string period = occurrence_words(i.occurrence, lang);
        when += fmt::format(fmt::runtime(lang == Lang::vi ? " (hạn cuối {}{})" : " (last day {}{})"), i.due->dmy(),
                            period.empty() ? "" : ", " + std::string(L(lang, "kỳ ", "period ")) + period);
        if (i.group == DueGroup::overdue) when += lang == Lang::vi ? " — **đã quá hạn**" : " — **overdue**";
        out += fmt::format("  - {} ({} {}): {}\n", text(item_words(i, lang)), text(plan_ref(*i.plan, lang)),
                           task_ref(*i.task), when);
    }
    return out;
}

}  // namespace

std::string heading(const ReportData& d, Lang lang, bool title) {
    const bool vi = lang == Lang::vi;
    std::string out = !title ? "" : fmt::format(fmt::runtime(vi ? "# Báo cáo kết quả thực hiện kế hoạch cải cách hành chính {}\n\n"
                                                  : "# Administrative reform plans: progress report, {}\n\n"),
                                  period_label(d.period, lang));
    std::string agencies;
    for (const Agency* a : d.agencies) agencies += (agencies.empty() ? "" : "; ") + text(agency_line(*a, lang));
    out += fmt::format("- **{}** {}\n", L(lang, "Cơ quan:", "Agency:"), agencies.empty() ? "—" : agencies);
    out += fmt::format(fmt::runtime(vi ? "- **Kỳ báo cáo:** {} (từ {} đến {})\n" : "- **Period:** {} ({} to {})\n"),
                       period_label(d.period, lang), d.period.first_day().dmy(), d.period.last_day().dmy());
    out += fmt::format("- **{}** {}\n", L(lang, "Số liệu tính đến ngày:", "Figures as of:"), d.as_of.dmy());
    if (!d.unit_text.empty()) out += fmt::format("- **{}** {}\n", L(lang, "Đơn vị:", "Unit:"), text(d.unit_text));
    out += plans_list(d, lang) + duties_list(d, lang);
    return out + "\n";
}

std::string completed_section(const ReportData& d, const ReportRenderOptions& o) {
    const Lang lang = o.lang;
    const bool vi = lang == Lang::vi;
    std::string out =
        fmt::format(fmt::runtime(vi ? "## 6. Kết quả hoàn thành trong {} ({})\n\n" : "## 6. Completed in {} ({})\n\n"),
                    period_label(d.period, lang), d.completed.size());
    if (d.completed.empty())
        return out + L(lang, "Sổ theo dõi không ghi nhận nhiệm vụ nào hoàn thành trong kỳ.\n\n",
                       "The journals record no task completed in the period.\n\n");
    Table t{{"STT", L(lang, "Ngày", "Date"), L(lang, "Kế hoạch", "Plan"), L(lang, "Mục", "Item"),
             L(lang, "Nhiệm vụ", "Task"), L(lang, "Chủ trì", "Lead"), L(lang, "Minh chứng", "Evidence")},
            {},
            4};
    int n = 0;
    for (const auto& c : d.completed) {
        std::string task = cell(c.task->task.value, o);
        const std::string period = occurrence_words(c.occurrence, lang);
        if (!period.empty()) task += " (" + std::string(L(lang, "kỳ ", "period ")) + period + ")";
        std::string evidence = c.evidence.empty() ? c.note : c.evidence;
        if (evidence.empty()) evidence = L(lang, "(chưa ghi minh chứng)", "(no evidence recorded)");
        t.rows.push_back(
            {std::to_string(++n), c.date.dmy(), plan_ref(*c.plan, lang), task_ref(*c.task), task,
             leads(*c.plan, *c.task), cell(evidence, o)});
    }
    return out + table(t, o) + "\n";
}

std::string issues_section(const ReportData& d, const ReportRenderOptions& o) {
    const Lang lang = o.lang;
    std::string out =
        fmt::format("## 7. {}\n\n", L(lang, "Khó khăn, vướng mắc và đề xuất", "Difficulties and proposals"));
    if (d.issues.empty())
        return out + L(lang, "Không có khó khăn, vướng mắc nào được ghi nhận.\n\n", "No difficulty was recorded.\n\n");
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
        const std::string kind = i.kind == ReportIssue::Kind::blocked ? L(lang, "**Vướng mắc** ", "**Blocked** ") : "";
        const std::string body = i.text.empty() ? L(lang, "(không ghi nội dung)", "(no note)") : text(i.text);
        out += fmt::format("- {}({}{}): {}\n", kind, date, where, body);
    }
    return out + "\n";
}

}  // namespace cchc::report_md
