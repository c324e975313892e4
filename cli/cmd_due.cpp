// cchc due: what is overdue, due soon, waiting on an event, ongoing, or has no date.
#include <ctime>
#include <iostream>
#include <optional>

#include "model/calendar_settings.hpp"
#include "track/due.hpp"
#include "render/due_render.hpp"
#include "render/ics.hpp"
#include "commands.hpp"
#include "common.hpp"
#include "terminal.hpp"
#include "today.hpp"
#include "unit_option.hpp"

namespace cchc::cli {

namespace {

struct DueOptions {
    CommonOptions common;
    ScopeOptions scope;
    DisplayOptions display;
    std::string unit, role = "any", as_of, format = "table";
    std::optional<int> within;  // unset: cchc.yaml's due_within, else 30
    bool all = false;
    bool timed_reminders = false;
    bool force = false;
};

std::string utc_stamp() {
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&now, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y%m%dT%H%M%SZ", &tm);
    return buf;
}

int run_due(const DueOptions& o) {
    // Plans are read by their header first: only the bodies of the plans in scope are loaded.
    auto ws = open_workspace(o.common, {.tree_cache = true, .plan_bodies_later = true});
    if (!repository_usable(*ws, o.force)) return kProblems;
    const Selection scope = resolve_selection(*ws, o.scope);
    const auto filter = unit_filter_option(ws->repo, o.unit, ws->lang, scope);
    const Date as_of = as_of_date(o.as_of, ws->lang);
    if (o.within && *o.within < 0) throw UsageError{tr("cli-within-negative", ws->lang)};
    DueQuery q{query_scope(scope, o.scope, as_of, o.within ? *o.within : ws->repo.settings.due_within,
                           filter ? &*filter : nullptr)};
    if (o.role == "lead") q.role = Role::lead;
    if (o.role == "support") q.role = Role::support;
    if (o.role == "recipient") q.role = Role::recipient;
    const Calendar calendar = calendar_for(ws->repo.settings);
    load_plan_bodies(ws->repo, due_inputs(ws->repo, q));
    const DueReport report = compute_due(ws->repo, calendar, q);
    DueRenderOptions ro{ws->lang, output_width(o.display), o.all, output_painter(o.display)};
    if (o.format == "json") std::cout << due_json(report, ws->lang);
    else if (o.format == "csv") std::cout << due_csv(report, ws->lang);
    else if (o.format == "md") std::cout << due_markdown(report, ro);
    else if (o.format == "ics") std::cout << due_ics(report, ws->lang, utc_stamp(), {o.all, o.timed_reminders});
    else std::cout << due_text(report, ro);
    return kOk;
}

}  // namespace

void setup_due(CLI::App& app, int& exit_code) {
    auto opts = std::make_shared<DueOptions>();
    CLI::App* cmd = app.add_subcommand("due", "Việc quá hạn, sắp đến hạn, chờ sự kiện / what is overdue or due soon");
    add_common_options(*cmd, opts->common);
    add_force_option(*cmd, opts->force);
    cmd->add_option("--unit", opts->unit, "Unit code, name or alias, with or without diacritics (includes sub-units)");
    cmd->add_option("--role", opts->role,
                    "lead (chủ trì), support (phối hợp), recipient (nhận báo cáo) or any (default)")
        ->check(CLI::IsMember({"lead", "support", "recipient", "any"}));
    cmd->add_option("--as-of", opts->as_of, "Date to look from (YYYY-MM-DD; default: today in Vietnam, UTC+7)");
    cmd->add_option("--within", opts->within, "Days ahead counted as due soon (default 30, or due_within in cchc.yaml)");
    add_scope_options(*cmd, opts->scope, true);
    cmd->add_option("--format", opts->format, "table (default), md, json, csv or ics")
        ->check(CLI::IsMember({"table", "md", "json", "csv", "ics"}));
    cmd->add_flag("--all", opts->all,
                  "Also list the tasks due after the window (in the table, Markdown and ICS; JSON and CSV always have them)");
    cmd->add_flag("--timed-reminders", opts->timed_reminders,
                  "ICS: each reminder also as an 08:00 appointment 3 days before the deadline (calcurse reminds of appointments only)");
    add_display_options(*cmd, opts->display, true);
    cmd->callback([opts, &exit_code] { exit_code = run_due(*opts); });
}

}  // namespace cchc::cli
