// cchc units: each agency's units and groups with codes, names, aliases and parents.
#include <iostream>

#include "base/json.hpp"
#include "model/refs.hpp"
#include "render/table.hpp"
#include "base/text.hpp"
#include "commands.hpp"
#include "common.hpp"
#include "terminal.hpp"

namespace cchc::cli {

namespace {

struct UnitsOptions {
    CommonOptions common;
    ScopeOptions scope;
    DisplayOptions display;
    std::string format = "table";
};

std::vector<std::string> alias_values(const std::vector<Text>& v) {
    std::vector<std::string> out;
    for (const auto& t : v) out.push_back(t.value);
    return out;
}

std::string joined(const std::vector<std::string>& v) {
    std::string out;
    for (const auto& s : v) out += (out.empty() ? "" : "; ") + s;
    return out;
}

void add_rows(const Agency& a, Table& t, JsonWriter& w, Lang lang) {
    for (const auto& u : a.units) {
        t.rows.push_back({a.id, u.code, u.name, joined(alias_values(u.aliases)), u.parent.value,
                          u.external ? tr("units-external", lang) : ""});
        w.begin_object().field("agency", a.id).field("kind", "unit").field("code", u.code).field("name", u.name)
            .string_array("aliases", alias_values(u.aliases)).field("parent", u.parent.value)
            .field("external", u.external).end_object();
    }
    for (const auto& g : a.groups) {
        t.rows.push_back({a.id, g.id, g.name, joined(alias_values(g.aliases)), "",
                          tr("units-group-of", lang) + joined(alias_values(g.members))});
        w.begin_object().field("agency", a.id).field("kind", "group").field("code", g.id).field("name", g.name)
            .string_array("aliases", alias_values(g.aliases)).string_array("members", alias_values(g.members))
            .end_object();
    }
}

int run_units(const UnitsOptions& o) {
    auto ws = open_workspace(o.common);
    warn_if_broken(*ws);
    const Lang lang = ws->lang;
    Table t{{tr("col-agency", lang), tr("col-code", lang), tr("col-name", lang), tr("col-aliases", lang),
             tr("col-parent", lang), tr("col-note", lang)}, {}, 2};
    // On a narrow terminal the name has the room first; aliases, notes and the agency id wrap.
    t.fit = {Fit::wrap, Fit::keep, Fit::wrap, Fit::wrap, Fit::keep, Fit::wrap};
    JsonWriter w;
    w.begin_array();
    for (const Agency* a : resolve_selection(*ws, o.scope).agencies) add_rows(*a, t, w, ws->lang);
    w.end_array();
    if (o.format == "json") std::cout << w.str() << "\n";
    else if (o.format == "csv") std::cout << render_csv(t);
    else std::cout << render_table(t, output_width(o.display));
    return ws->diags.count(Severity::error) > 0 ? kProblems : kOk;  // listed, but not taken for a good repository
}

}  // namespace

void setup_units(CLI::App& app, int& exit_code) {
    auto opts = std::make_shared<UnitsOptions>();
    CLI::App* cmd = app.add_subcommand("units", "Liệt kê đơn vị / list units and groups");
    add_common_options(*cmd, opts->common);
    cmd->add_option("--agency", opts->scope.agency,
                    "Only this agency: its directory or the end of it (stttt, khanh-hoa/stttt), short name or name");
    cmd->add_option("--format", opts->format, "table (default), json or csv")->check(CLI::IsMember({"table", "json", "csv"}));
    add_display_options(*cmd, opts->display, false);
    cmd->callback([opts, &exit_code] { exit_code = run_units(*opts); });
}

}  // namespace cchc::cli
