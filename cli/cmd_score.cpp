// cchc score: which targets are met, which are slipping; rolled up by plan, section,
// index or lead unit.
#include <iostream>
#include <optional>

#include "track/score.hpp"
#include "render/score_render.hpp"
#include "commands.hpp"
#include "common.hpp"
#include "terminal.hpp"
#include "today.hpp"
#include "unit_option.hpp"

namespace cchc::cli {

namespace {

struct ScoreOptions {
    CommonOptions common;
    ScopeOptions scope;
    DisplayOptions display;
    std::string unit, by = "plan", as_of, format = "table";
    std::optional<int> within;  // unset: cchc.yaml's due_within, else 30
    bool force = false;
};

ScoreBy parse_by(const std::string& by) {
    if (by == "section") return ScoreBy::section;
    if (by == "index") return ScoreBy::index;
    if (by == "unit") return ScoreBy::unit;
    return ScoreBy::plan;
}

int run_score(const ScoreOptions& o) {
    // Plans are read by their header first: only the bodies of the plans scored are loaded.
    auto ws = open_workspace(o.common, {.tree_cache = true, .plan_bodies_later = true});
    if (!repository_usable(*ws, o.force)) return kProblems;
    const Selection scope = resolve_selection(*ws, o.scope);
    const auto filter = unit_filter_option(ws->repo, o.unit, ws->lang, scope);
    const Date as_of = as_of_date(o.as_of, ws->lang);
    if (o.within && *o.within < 0) throw UsageError{tr("cli-within-negative", ws->lang)};
    const ScoreQuery q{query_scope(scope, o.scope, as_of, o.within ? *o.within : ws->repo.settings.due_within,
                                   filter ? &*filter : nullptr)};
    load_plan_bodies(ws->repo, score_inputs(ws->repo, q));
    const ScoreReport report = compute_score(ws->repo, q);
    const int width = output_width(o.display);
    ScoreRenderOptions ro{ws->lang, width, parse_by(o.by), width > 0, output_painter(o.display)};
    if (o.format == "json") std::cout << score_json(report, ws->lang);
    else if (o.format == "csv") std::cout << score_csv(report, ws->lang);
    else if (o.format == "md") std::cout << score_markdown(report, ro);
    else std::cout << score_text(report, ro);
    return kOk;
}

}  // namespace

void setup_score(CLI::App& app, int& exit_code) {
    auto opts = std::make_shared<ScoreOptions>();
    CLI::App* cmd = app.add_subcommand("score", "Kết quả thực hiện chỉ tiêu / target attainment");
    add_common_options(*cmd, opts->common);
    add_force_option(*cmd, opts->force);
    add_scope_options(*cmd, opts->scope, true);
    cmd->add_option("--unit", opts->unit, "Only targets of tasks this unit leads or supports");
    cmd->add_option("--by", opts->by, "Roll up by plan (default), section, index or unit")
        ->check(CLI::IsMember({"plan", "section", "index", "unit"}));
    cmd->add_option("--as-of", opts->as_of, "Date (YYYY-MM-DD; default: today in Vietnam)");
    cmd->add_option("--within", opts->within, "Days ahead in which an unmet target is 'at risk' (default 30)");
    cmd->add_option("--format", opts->format, "table (default), md, json or csv")
        ->check(CLI::IsMember({"table", "md", "json", "csv"}));
    add_display_options(*cmd, opts->display, true);
    cmd->callback([opts, &exit_code] { exit_code = run_score(*opts); });
}

}  // namespace cchc::cli
