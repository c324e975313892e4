// Report Markdown: target attainment (from compute_score) and the Mermaid charts.
#include <fmt/format.h>

#include <algorithm>

#include "render/due_render.hpp"
#include "render/score_render.hpp"
#include "render/table.hpp"
#include "render/report_parts.hpp"

namespace cchc::report_md {

namespace {

std::string plan_name(const ReportData& d, const std::string& id, Lang lang) {
    for (const Plan* p : d.plans)
        if (p->id == id) return text(plan_ref(*p, lang));
    return id;
}

Table rollup_table(const ReportData& d, Lang lang) {
    Table t{{L(lang, "Kế hoạch", "Plan"), L(lang, "Số chỉ tiêu", "Targets"), L(lang, "Đạt", "Met"),
             L(lang, "Chưa đạt", "Not met"), L(lang, "Có nguy cơ", "At risk"),
             L(lang, "Chờ sự kiện", "Waiting"), L(lang, "Chưa có số liệu", "No data yet"),
             L(lang, "Tỷ lệ đạt (trên số có số liệu)", "Share met (of those with data)")},
            {},
            0};
    // A rate is taken over the targets with data: one without data is not "not met".
    auto row = [&](const Rollup& r, const std::string& name) {
        t.rows.push_back({name, std::to_string(r.total()), std::to_string(r.met), std::to_string(r.not_met),
                          std::to_string(r.at_risk), std::to_string(r.waiting), std::to_string(r.no_data),
                          r.with_data() ? percent(r.met, r.with_data(), lang) : "—"});
    };
    for (const auto& r : d.score.by_plan) row(r, plan_name(d, r.key, lang));
    row(d.score.total, L(lang, "**Tổng cộng**", "**Total**"));
    return t;
}

Table detail_table(const ReportData& d, const ReportRenderOptions& o) {
    const Lang lang = o.lang;
    Table t{{"STT", L(lang, "Kế hoạch", "Plan"), L(lang, "Mục", "Item"), L(lang, "Chỉ tiêu", "Target"),
             L(lang, "Yêu cầu", "Required"), L(lang, "Giá trị", "Value"), L(lang, "Tiến độ", "Progress"),
             L(lang, "Trạng thái", "Status")},
            {},
            3};
    int n = 0;
    for (const auto& x : d.score.targets) {
        if (x.status == TargetStatus::no_data || x.status == TargetStatus::waiting) continue;
        t.rows.push_back({std::to_string(++n), text(plan_ref(*x.plan, lang)), x.task ? task_ref(*x.task) : L(lang, "mục tiêu", "goal"),
                          cell(target_name(x), o), cell(target_requirement(*x.target, x.metric, lang == Lang::vi), o),
                          cell(value_cell(x, lang), o), ratio_cell(x, lang), status_cell(x, lang)});
    }
    return t;
}

}  // namespace

std::string targets_section(const ReportData& d, const ReportRenderOptions& o) {
    const Lang lang = o.lang;
    const Rollup& total = d.score.total;
    std::string out = fmt::format("## 4. {}\n\n", L(lang, "Kết quả thực hiện chỉ tiêu", "Target attainment"));
    if (total.total() == 0)
        return out + L(lang, "Các kế hoạch không đặt chỉ tiêu nào.\n\n", "The plans set no targets.\n\n");
    std::string sentence = fmt::format(
        fmt::runtime(lang == Lang::vi
                         ? "Tổng số {} chỉ tiêu, {} chỉ tiêu đã có số liệu: đạt {} ({}), chưa đạt {}, có nguy cơ {}; "
                           "chờ sự kiện {}, chưa có số liệu {}.\n\n"
                         : "{} targets, {} with data: met {} ({}), not met {}, at risk {}; waiting for an event {}, "
                           "no data yet {}.\n\n"),
        total.total(), total.with_data(), total.met, percent(total.met, total.with_data(), lang), total.not_met,
        total.at_risk, total.waiting, total.no_data);
    out += o.docx ? docx_keep_with_next(sentence) : sentence;  // Word: never the heading alone at a page's foot
    out += table(rollup_table(d, lang), o) + "\n";
    if (total.with_data() > 0) {
        out += fmt::format("### {}\n\n", L(lang, "Các chỉ tiêu đã có số liệu", "Targets with data"));
        out += table(detail_table(d, o), o) + "\n";
    }
    if (total.no_data > 0)
        out += fmt::format(fmt::runtime(lang == Lang::vi ? "Còn {} chỉ tiêu chưa có số liệu.\n\n"
                                                         : "{} targets have no data yet.\n\n"),
                           total.no_data);
    if (o.charts) out += targets_chart(d, o);
    return out;
}

}  // namespace cchc::report_md
