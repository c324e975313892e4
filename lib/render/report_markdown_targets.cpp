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
    Table t{{tr("report-col-plan", lang), tr("report-col-targets", lang), tr("report-col-met", lang),
             tr("report-col-not-met", lang), tr("report-col-at-risk", lang),
             tr("report-col-waiting", lang), tr("report-col-no-data", lang),
             tr("report-col-share-met", lang)},
            {},
            0};
    // A rate is taken over the targets with data: one without data is not "not met".
    auto row = [&](const Rollup& r, const std::string& name) {
        t.rows.push_back({name, std::to_string(r.total()), std::to_string(r.met), std::to_string(r.not_met),
                          std::to_string(r.at_risk), std::to_string(r.waiting), std::to_string(r.no_data),
                          r.with_data() ? percent(r.met, r.with_data(), lang) : "—"});
    };
    for (const auto& r : d.score.by_plan) row(r, plan_name(d, r.key, lang));
    row(d.score.total, tr("report-total", lang));
    return t;
}

Table detail_table(const ReportData& d, const ReportRenderOptions& o) {
    const Lang lang = o.lang;
    Table t{{"STT", tr("report-col-plan", lang), tr("report-col-item", lang), tr("report-col-target", lang),
             tr("report-col-required", lang), tr("report-col-value", lang), tr("report-col-progress", lang),
             tr("report-col-status", lang)},
            {},
            3};
    int n = 0;
    for (const auto& x : d.score.targets) {
        if (x.status == TargetStatus::no_data || x.status == TargetStatus::waiting) continue;
        t.rows.push_back({std::to_string(++n), text(plan_ref(*x.plan, lang)), x.task ? task_ref(*x.task) : tr("score-goal", lang),
                          cell(target_name(x), o), cell(target_requirement(*x.target, x.metric, lang == Lang::vi), o),
                          cell(value_cell(x, lang), o), ratio_cell(x, lang), status_cell(x, lang)});
    }
    return t;
}

}  // namespace

std::string targets_section(const ReportData& d, const ReportRenderOptions& o) {
    const Lang lang = o.lang;
    const Rollup& total = d.score.total;
    std::string out = fmt::format("## 4. {}\n\n", tr("report-targets-title", lang));
    if (total.total() == 0)
        return out + tr("report-targets-none", lang);
    const std::string sentence =
        render({"report-targets-counts",
                {std::to_string(total.total()), std::to_string(total.with_data()), std::to_string(total.met),
                 percent(total.met, total.with_data(), lang), std::to_string(total.not_met),
                 std::to_string(total.at_risk), std::to_string(total.waiting), std::to_string(total.no_data)}},
               lang);
    out += o.docx ? docx_keep_with_next(sentence) : sentence;  // Word: never the heading alone at a page's foot
    out += table(rollup_table(d, lang), o) + "\n";
    if (total.with_data() > 0) {
        out += fmt::format("### {}\n\n", tr("report-targets-with-data", lang));
        out += table(detail_table(d, o), o) + "\n";
    }
    if (total.no_data > 0)
        out += render({"report-targets-no-data", {std::to_string(total.no_data)}}, lang);
    if (o.charts) out += targets_chart(d, o);
    return out;
}

}  // namespace cchc::report_md
