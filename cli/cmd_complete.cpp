// `cchc __complete KIND`: the words the shell completion scripts offer after an option
// (units, plans, agencies, task references), one a line, read from the repository. Hidden
// from --help: it is for the scripts in completion/, not for people.
#include <iostream>
#include <set>

#include "commands.hpp"
#include "common.hpp"

namespace cchc::cli {

namespace {

struct CompleteOptions {
    CommonOptions common;
    std::string kind;  // units, plans, agencies, tasks, events
};

int run_complete(const CompleteOptions& o) {
    std::unique_ptr<Workspace> ws;
    try {
        ws = open_workspace(o.common);
    } catch (const UsageError&) {
        return kOk;  // no repository here: nothing to offer, nothing to say while typing
    }
    std::set<std::string> words;  // sorted, once each
    const auto& repo = ws->repo;
    if (o.kind == "units") {
        for (const auto& a : repo.agencies) {
            for (const auto& u : a->units) words.insert(u.code);
            for (const auto& g : a->groups) words.insert(g.id);
        }
    } else if (o.kind == "agencies") {
        for (const auto& a : repo.agencies) {
            words.insert(a->key);
            words.insert(a->id);
        }
    } else if (o.kind == "plans") {
        for (const auto& p : repo.plans) words.insert(p.stem);
    } else if (o.kind == "tasks") {
        for (const auto& p : repo.plans)
            for (const auto& t : p.tasks)
                if (!t.id.value.empty()) words.insert(p.stem + "#" + t.id.value);
    } else if (o.kind == "events") {
        for (const auto& p : repo.plans)
            for (const auto& e : p.events) words.insert(p.stem + "#" + e.id.value);
    }
    for (const auto& w : words)
        if (!w.empty()) std::cout << w << "\n";
    return kOk;
}

}  // namespace

void setup_complete(CLI::App& app, int& exit_code) {
    auto opts = std::make_shared<CompleteOptions>();
    CLI::App* cmd = app.add_subcommand("__complete", "");
    cmd->group("");  // hidden from --help
    add_common_options(*cmd, opts->common);
    cmd->add_option("kind", opts->kind, "units, plans, agencies, tasks or events")
        ->required()
        ->check(CLI::IsMember({"units", "plans", "agencies", "tasks", "events"}));
    cmd->callback([opts, &exit_code] { exit_code = run_complete(*opts); });
}

}  // namespace cchc::cli
