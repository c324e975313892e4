// cchc check [PATH…]: every rule over every file, all problems in one run.
#include <filesystem>
#include <iostream>

#include "load/unchecked.hpp"
#include "check/check_cache.hpp"
#include "check/plan_rule_cache.hpp"
#include "yaml/diagnostic_format.hpp"
#include "state/repository.hpp"
#include "check/rules.hpp"
#include "render/table.hpp"
#include "commands.hpp"
#include "common.hpp"

namespace fs = std::filesystem;

namespace cchc::cli {

namespace {

struct CheckOptions {
    CommonOptions common;
    std::vector<std::string> paths;
    std::string format = "text";
    bool strict = false;
    bool list = false;
    bool no_cache = false;
};

void print_rule_list(Lang lang) {
    Table t{{"code", tr("col-severity", lang), tr("col-checks", lang)}, {}, 2};
    for (const auto& r : all_rules())
        t.rows.push_back({r.code, tr(r.severity == Severity::error     ? "severity-error"
                                     : r.severity == Severity::warning ? "severity-warning"
                                                                       : "severity-note",
                             lang),
                          lang == Lang::vi ? r.summary_vi : r.summary_en});
    std::cout << render_table(t, terminal_width());
}

// Keeps the diagnostics of files under one of `prefixes` (paths relative to the root).
void keep_under(Diagnostics& diags, const std::vector<std::string>& prefixes) {
    auto& items = diags.items();
    std::erase_if(items, [&](const Diagnostic& d) {
        for (const auto& p : prefixes)
            if (p.empty() || p == "." || d.file == p || d.file.rfind(p + "/", 0) == 0) return false;
        return true;
    });
}

// Loads what `check` should look at: the repository holding the paths (or the current
// directory), or a bare directory of plans outside any repository.
// `load`: how the repository is loaded when no path is given (with the keys of the files
// taken for the check cache, so that they are not taken twice).
std::unique_ptr<Workspace> load_for_check(CheckOptions& o, std::vector<std::string>& prefixes, bool& missing,
                                          const LoadOptions& load) {
    std::error_code ec;
    Lang lang = choose_lang(o.common, nullptr);
    for (const auto& p : o.paths) {
        if (!fs::exists(p, ec)) {
            std::cerr << "cchc: " << render({"no-such-path", {p}}, lang) << "\n";
            missing = true;
        }
    }
    if (o.paths.empty()) {
        // Inside plans/<province>/<agency>/ (or --root there): that directory's files, as
        // `cchc check plans/<province>/<agency>` would.
        auto ws = open_workspace(o.common, load);
        if (!ws->scope_dir.empty()) prefixes.push_back(ws->repo.settings.plans_dir + "/" + ws->scope_dir);
        return ws;
    }
    auto root = !o.common.root.empty() ? std::optional<fs::path>(o.common.root) : find_repository_root(o.paths.front());
    auto ws = std::make_unique<Workspace>();
    if (root) {
        ws->repo = load_repository(*root, ws->diags, LoadOptions{.tree_cache = !o.no_cache});
        const fs::path base = fs::absolute(*root, ec).lexically_normal();
        for (const auto& p : o.paths)
            prefixes.push_back(fs::absolute(p, ec).lexically_normal().lexically_relative(base).generic_string());
    } else {
        const fs::path dir = fs::is_directory(o.paths.front(), ec) ? fs::path(o.paths.front())
                                                                    : fs::path(o.paths.front()).parent_path();
        ws->repo = load_directory(dir.empty() ? fs::path(".") : dir, ws->diags);
    }
    ws->lang = choose_lang(o.common, &ws->repo.settings);
    return ws;
}

size_t count_tasks(const Repository& repo) {
    size_t n = 0;
    for (const auto& p : repo.plans) n += p.tasks.size();
    return n;
}

int run_check(CheckOptions& o) {
    if (o.list) {
        print_rule_list(choose_lang(o.common, nullptr));
        return kOk;
    }
    std::vector<std::string> prefixes;
    bool missing = false;
    // An unchanged repository (same bytes in every file it reads) replays the stored result.
    std::string key;
    std::optional<CheckResult> cached;
    auto ws = std::make_unique<Workspace>();
    std::optional<fs::path> keyed_root;
    FileKeys keys;  // of the files keyed, for the load: taken once, and what was loaded is what was keyed
    KeptListings listings;
    if (o.paths.empty() && !o.no_cache) {
        std::error_code ec;
        const fs::path start = o.common.root.empty() ? fs::current_path(ec) : fs::path(o.common.root);
        if (auto root = o.common.root.empty() ? find_repository_root(start) : std::optional<fs::path>(start)) {
            key = check_cache_key(*root, &keys, &listings);
            cached = load_check_cache(key);
            keyed_root = root;
        }
    }
    CheckResult result;
    if (cached) {
        result = std::move(*cached);
        for (auto& d : result.diags) ws->diags.add(std::move(d));
        ws->repo.settings.lang = result.lang;
        ws->lang = choose_lang(o.common, &ws->repo.settings);
    } else {
        bool disagree = false;
        LoadOptions load{.tree_cache = !o.no_cache};
        if (!key.empty()) load.known = &keys, load.keys_disagree = &disagree, load.listings = &listings;
        ws = load_for_check(o, prefixes, missing, load);
        // A file changed between its keying and its reading: the result is of the files as
        // read, so it is kept under their key, taken again now (never under the stale one).
        if (disagree) key = check_cache_key(*keyed_root);
        // After an edit, the plans not edited keep their per-plan rule results.
        const auto plan_rules = key.empty() ? nullptr : PlanRuleCache::open(ws->repo.root);
        run_rules(ws->repo, ws->diags, plan_rules.get());
        result.files = ws->repo.files.size();
        result.plans = ws->repo.plans.size();
        result.tasks = count_tasks(ws->repo);
        if (!key.empty()) {
            result.lang = ws->repo.settings.lang;
            result.diags = ws->diags.items();
            store_check_cache(key, result);
        }
    }
    fold_unchecked(ws->diags);
    if (!prefixes.empty()) keep_under(ws->diags, prefixes);
    if (o.strict)
        for (auto& d : ws->diags.items())
            if (d.severity == Severity::warning) d.severity = Severity::error;
    ws->diags.sort();
    cap_per_file(ws->diags);
    const bool color = o.format == "text" && stdout_wants_color();
    if (o.format == "json") {
        std::cout << format_json(ws->diags, ws->lang);
    } else {
        for (const auto& d : ws->diags.items())
            std::cout << (o.format == "github" ? format_github(d, ws->lang) : format_text(d, ws->lang, color));
    }
    const size_t errors = ws->diags.count(Severity::error), warnings = ws->diags.count(Severity::warning);
    if (o.format != "json") {
        // "1 error", "2 errors": a count's words by its number (one key per form).
        auto counted = [&](const std::string& key, size_t n) {
            return render({n == 1 ? key + "-one" : key, {std::to_string(n)}}, ws->lang);
        };
        const std::string files = counted("count-files", result.files);
        std::cerr << (errors + warnings == 0
                          ? render({"summary-clean", {files, counted("count-plans", result.plans),
                                                      counted("count-tasks", result.tasks)}}, ws->lang)
                          : render({"summary", {counted("count-errors", errors), counted("count-warnings", warnings), files}},
                                   ws->lang))
                  << "\n";
    }
    bool unreadable = missing;
    for (const auto& d : ws->diags.items()) unreadable = unreadable || d.code == "unreadable-file";
    if (unreadable) return kUsage;
    return errors > 0 ? kProblems : kOk;
}

}  // namespace

void setup_check(CLI::App& app, int& exit_code) {
    auto opts = std::make_shared<CheckOptions>();
    CLI::App* cmd = app.add_subcommand("check", "Kiểm tra kế hoạch: YAML, định dạng và nội dung / validate the plans");
    add_common_options(*cmd, opts->common);
    cmd->add_option("paths", opts->paths, "Files or directories to report on (default: the whole repository)");
    cmd->add_option("--format", opts->format, "text (default), json or github")
        ->check(CLI::IsMember({"text", "json", "github"}));
    cmd->add_flag("--strict", opts->strict, "Treat warnings as errors");
    cmd->add_flag("--list", opts->list, "List the rules and their codes");
    cmd->add_flag("--no-cache", opts->no_cache, "Check everything again: read and parse every file, using neither cached results nor cached parsed files");
    cmd->callback([opts, &exit_code] { exit_code = run_check(*opts); });
}

}  // namespace cchc::cli
