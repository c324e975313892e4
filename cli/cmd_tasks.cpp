// cchc tasks: the loaded tasks as a table, JSON or CSV.
#include <iostream>
#include <set>

#include "base/json.hpp"
#include "render/table.hpp"
#include "track/unit_filter.hpp"
#include "commands.hpp"
#include "common.hpp"
#include "terminal.hpp"
#include "unit_option.hpp"

namespace cchc::cli {

namespace {

struct TasksOptions {
    CommonOptions common;
    ScopeOptions scope;
    DisplayOptions display;
    std::string unit, format = "table";
};

struct Row {
    const Plan* plan;
    const Task* task;
};

std::string print_json(const std::vector<Row>& rows) {
    JsonWriter w;
    w.begin_array();
    for (const auto& [plan, t] : rows) {
        std::vector<std::string> lead, support;
        for (const auto& x : t->lead) lead.push_back(x.value);
        for (const auto& x : t->support) support.push_back(x.value);
        w.begin_object()
            .field("plan", plan->id)
            .field("agency", plan->agency ? plan->agency->key : "")
            .field("id", t->id.value)
            .field("stt", t->stt.value)
            .field("task", t->task.value)
            .string_array("lead", lead)
            .string_array("support", support)
            .field("timing", t->timing.value)
            .field("section", t->section)
            .field("reporting", t->reporting)
            .field("file", plan->file ? plan->file->path : "")
            .field("line", t->pos.line)
            .end_object();
    }
    w.end_array();
    return w.str() + "\n";
}

int run_tasks(const TasksOptions& o) {
    auto ws = open_workspace(o.common);
    warn_if_broken(*ws);
    const Selection scope = resolve_selection(*ws, o.scope);
    auto filter = unit_filter_option(ws->repo, o.unit, ws->lang, scope);
    std::vector<Row> rows;
    for (const Plan* plan : scope.narrowed ? scope.plans : select_plans(ws->repo, "", ws->lang))
        for (const auto& t : plan->tasks)
            if (!filter || role_for(*filter, *plan, t)) rows.push_back({plan, &t});
    // The list is printed all the same (it helps find what is wrong), but a script or CI job
    // must not take a repository with errors for a good one.
    const int status = ws->diags.count(Severity::error) > 0 ? kProblems : kOk;
    if (o.format == "json") {
        std::cout << print_json(rows);
        return status;
    }
    const bool vi = ws->lang == Lang::vi;
    const Lang lang = ws->lang;
    Table table{{tr("col-plan", lang), "id", "STT", tr("col-task", lang), tr("role-lead", lang), tr("role-support", lang),
                 tr("col-timing", lang), tr("col-file", lang), tr("col-line", lang)},
                {}, 3};
    // On a narrow terminal the texts wrap (the task first); the STT, file and line give way.
    table.fit = {Fit::wrap, Fit::keep, Fit::drop, Fit::wrap, Fit::wrap, Fit::wrap, Fit::wrap, Fit::drop, Fit::drop};
    auto agency_of = [](const Plan* p) { return p->agency ? p->agency->key : std::string(); };
    for (const auto& [plan, t] : rows)
        table.rows.push_back({plan->stem, t->id.value, t->stt.value, t->task.value, join_refs(t->lead),
                              join_refs(t->support), t->timing.value, plan->file ? plan->file->path : "",
                              std::to_string(t->pos.line)});
    if (o.format == "csv") {
        // Full plan ids and the agency; the JSON keys as headers under --lang en (for tools), the
        // Vietnamese ones under vi; STT kept text (a spreadsheet reads "1.10" as 1.1).
        if (!vi) table.headers = {"plan", "id", "stt", "task", "lead", "support", "timing", "file", "line"};
        table.headers.push_back(tr("col-agency", lang));
        for (size_t i = 0; i < rows.size(); ++i) {
            table.rows[i][0] = rows[i].plan->id;
            table.rows[i][2] = csv_text(table.rows[i][2]);
            table.rows[i].push_back(agency_of(rows[i].plan));
        }
        std::cout << render_csv(table);
    } else {
        // Tasks of several agencies (every Office has a VP and an "I.1"): which agency's, first,
        // as in `due`.
        std::set<std::string> agencies;
        for (const auto& r : rows) agencies.insert(agency_of(r.plan));
        if (agencies.size() > 1) {
            table.headers.insert(table.headers.begin(), tr("col-agency", lang));
            table.fit.insert(table.fit.begin(), Fit::keep);
            table.flex_column = 4;
            for (size_t i = 0; i < rows.size(); ++i) table.rows[i].insert(table.rows[i].begin(), agency_of(rows[i].plan));
        }
        write_table(std::cout, table, output_width(o.display));
    }
    return status;
}

}  // namespace

void setup_tasks(CLI::App& app, int& exit_code) {
    auto opts = std::make_shared<TasksOptions>();
    CLI::App* cmd = app.add_subcommand("tasks", "Liệt kê nhiệm vụ / list tasks");
    add_common_options(*cmd, opts->common);
    add_scope_options(*cmd, opts->scope, false);
    cmd->add_option("--unit", opts->unit, "Only tasks this unit leads or supports (code, name or alias)");
    cmd->add_option("--format", opts->format, "table (default), json or csv")->check(CLI::IsMember({"table", "json", "csv"}));
    add_display_options(*cmd, opts->display, false);
    cmd->callback([opts, &exit_code] { exit_code = run_tasks(*opts); });
}

}  // namespace cchc::cli
