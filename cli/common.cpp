#include "common.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>
#include <filesystem>
#include <iostream>

#include "track/agency_filter.hpp"
#include "check/check_cache.hpp"
#include "check/plan_rule_cache.hpp"
#include "base/control_chars.hpp"
#include "yaml/diagnostic_format.hpp"
#include "load/load_settings.hpp"
#include "yaml/yaml_tree.hpp"
#include "model/refs.hpp"
#include "state/repository.hpp"
#include "check/rules.hpp"
#include "load/unchecked.hpp"

namespace fs = std::filesystem;

namespace cchc::cli {

void add_common_options(CLI::App& cmd, CommonOptions& opts) {
    cmd.add_option("-C,--root", opts.root, "Plan repository root (default: found from the current directory)");
    cmd.add_option("--lang", opts.lang, "Language of messages: vi (default) or en")->check(CLI::IsMember({"vi", "en"}));
}

Lang choose_lang(const CommonOptions& opts, const Settings* settings) {
    Lang lang = Lang::vi;
    if (!opts.lang.empty() && parse_lang(opts.lang, lang)) return lang;
    if (settings && parse_lang(settings->lang, lang)) return lang;
    return Lang::vi;
}

// A workspace goes when its command ends, and the process with it: freeing a large
// repository (millions of small allocations) would take a tenth of the run, so its memory is
// left to the OS. Kept reachable from a static, so leak checkers do not report it.
Workspace::~Workspace() {
    static auto* kept = new std::vector<Repository>();
    if (!repo.files.empty()) kept->push_back(std::move(repo));
}

std::unique_ptr<Workspace> open_workspace(const CommonOptions& opts, const LoadOptions& load) {
    namespace fs = std::filesystem;
    auto ws = std::make_unique<Workspace>();
    std::error_code ec;
    const fs::path start = opts.root.empty() ? fs::current_path(ec) : fs::path(opts.root);
    ws->lang = choose_lang(opts, nullptr);
    if (!opts.root.empty() && !fs::is_directory(start, ec))
        throw UsageError{render({"no-such-path", {opts.root}}, ws->lang)};
    auto root = opts.root.empty() ? find_repository_root(start) : std::optional<fs::path>(start);
    // --root inside plans/ (plans/khanh-hoa/stttt): the repository is further up, and the
    // directory scopes the listing to its agencies.
    bool redirected = false;
    if (!opts.root.empty() && !fs::exists(start / "cchc.yaml", ec) && !fs::is_directory(start / "plans", ec))
        if (auto up = find_repository_root(start)) root = up, redirected = true;
    if (!root) throw UsageError{render({"no-repository", {start.string()}}, ws->lang)};
    // With the caches, the files are keyed first (their stat index): an unchanged file whose
    // compiled model is cached is then not read at all, and the key is the check cache's.
    FileKeys keys;
    KeptListings listings;
    LoadOptions options = load;
    bool disagree = false;
    if (load.tree_cache && !load.known) {
        std::string key = check_cache_key(*root, &keys, &listings);
        if (!key.empty()) {
            ws->check_key = std::move(key);
            options.known = &keys, options.keys_disagree = &disagree, options.listings = &listings;
        }
    }
    ws->repo = load_repository(*root, ws->diags, options);
    if (disagree) ws->check_key.reset();  // a file changed while it was read: key it again
    ws->lang = choose_lang(opts, &ws->repo.settings);
    const fs::path plans_dir = fs::absolute(*root / ws->repo.settings.plans_dir, ec).lexically_normal();
    const fs::path rel = fs::absolute(start, ec).lexically_normal().lexically_relative(plans_dir);
    // Only a plans directory inside the repository scopes (`plans: /` is an error, not a scope).
    const bool plans_inside = is_within(plans_dir, fs::absolute(*root, ec).lexically_normal());
    if (plans_inside && !rel.empty() && *rel.begin() != ".." && rel != ".") {
        ws->scope_dir = rel.generic_string();
        if (ws->scope_dir.ends_with('/')) ws->scope_dir.pop_back();
    }
    if (redirected && ws->scope_dir.empty()) throw UsageError{render({"no-repository", {start.string()}}, ws->lang)};
    return ws;
}

namespace {
// Whether stdout was a terminal, and its width, before a pager took it over (pager.cpp).
struct StdoutTerminal {
    bool known = false, tty = false;
    int width = 0;
};
StdoutTerminal& stdout_terminal() {
    static StdoutTerminal t;
    return t;
}
}  // namespace

void remember_stdout_terminal() {
    auto& t = stdout_terminal();
    t.known = true;
    t.tty = isatty(STDOUT_FILENO) != 0;
    t.width = 0;
    if (!t.tty) return;
    winsize ws{};
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) t.width = ws.ws_col;
    else if (const char* cols = std::getenv("COLUMNS")) t.width = std::atoi(cols);
    else t.width = 80;
}

bool stdout_wants_color() {
    const char* no_color = std::getenv("NO_COLOR");
    if (no_color && *no_color) return false;
    const char* term = std::getenv("TERM");
    if (term && std::string(term) == "dumb") return false;
    if (!stdout_terminal().known) remember_stdout_terminal();
    return stdout_terminal().tty;
}

int terminal_width() {
    if (!stdout_terminal().known) remember_stdout_terminal();
    return stdout_terminal().width;
}

void warn_if_broken(Workspace& ws) {
    check_repository(ws);
    const size_t errors = ws.diags.count(Severity::error);
    if (errors == 0) return;
    std::cerr << "cchc: " << render({"repository-broken", {std::to_string(errors)}}, ws.lang) << "\n";
}

void refuse_repository_target(const Workspace& ws, const std::string& path) {
    std::error_code ec;
    const fs::path root(ws.repo.root);
    const fs::path target = fs::weakly_canonical(fs::absolute(path, ec), ec);
    if (ec) return;  // the writer reports what is wrong with the path
    const fs::path plans = fs::weakly_canonical(fs::absolute(root / ws.repo.settings.plans_dir, ec), ec);
    const fs::path settings = fs::weakly_canonical(fs::absolute(root / "cchc.yaml", ec), ec);
    if (ec) return;
    if (is_within(target, plans) || target == settings)
        throw UsageError{render({"write-into-repository", {path, target == settings ? settings.string() : plans.string()}},
                                ws.lang)};
}

void add_force_option(CLI::App& cmd, bool& force) {
    cmd.add_flag("--force", force, "Go on although the repository has errors (plans with errors are left out)");
}

// Every rule over the loaded repository, or, when `cchc check` (or an earlier command) has
// seen exactly these files, its stored diagnostics: the rules need not run again.
void check_repository(Workspace& ws) {
    if (ws.checked) return;
    const std::string key = ws.check_key ? *ws.check_key : check_cache_key(ws.repo.root);
    ws.checked = true;
    if (auto cached = load_check_cache(key)) {
        ws.diags.items() = std::move(cached->diags);
        fold_unchecked(ws.diags);
        return;
    }
    // After an edit, the plans not edited keep their per-plan rule results.
    const auto plan_rules = key.empty() ? nullptr : PlanRuleCache::open(ws.repo.root);
    load_plan_bodies(ws.repo);  // the rules read every plan
    run_rules(ws.repo, ws.diags, plan_rules.get());
    if (key.empty()) return fold_unchecked(ws.diags);
    CheckResult result;
    result.files = ws.repo.files.size();
    result.plans = ws.repo.plans.size();
    for (const auto& p : ws.repo.plans) result.tasks += p.tasks.size();
    result.lang = ws.repo.settings.lang;
    result.diags = ws.diags.items();
    store_check_cache(key, result);
    fold_unchecked(ws.diags);
}

bool repository_usable(Workspace& ws, bool force) {
    check_repository(ws);
    const size_t errors = ws.diags.count(Severity::error);
    if (errors == 0) return true;
    if (!force) {
        std::cerr << "cchc: " << render({"repository-broken", {std::to_string(errors)}}, ws.lang) << "\n";
        return false;
    }
    load_plan_bodies(ws.repo);  // what follows reads the tasks of every plan with errors
    // Keep what can be trusted: of a plan with a syntax error the tasks read before it (less
    // the last, which may be cut short); of a plan whose errors are all inside tasks, the
    // other tasks. A plan with an error outside its tasks is left out whole.
    std::map<std::string, std::vector<int>> error_lines;  // by file: lines of its errors
    for (const auto& d : ws.diags.items())
        if (d.severity == Severity::error) error_lines[d.file].push_back(d.line);
    size_t left_out = 0;
    auto note = [&](const Message& m) { std::cerr << "cchc: " << render(m, ws.lang) << "\n"; };
    auto& plans = ws.repo.plans;
    for (auto& p : plans) {
        if (!p.file) continue;
        const auto found = error_lines.find(p.file->path);
        if (found == error_lines.end()) continue;
        if (p.partial) {
            std::vector<Task> kept;
            for (const auto& t : p.partial->tasks)
                if (t.pos.line < p.partial_until) kept.push_back(t);
            std::sort(kept.begin(), kept.end(), [](const Task& a, const Task& b) { return a.pos.line < b.pos.line; });
            if (!kept.empty()) kept.pop_back();
            if (kept.empty()) {
                p.file = nullptr;
                continue;
            }
            const Agency* agency = p.agency;
            const int until = p.partial_until;
            Plan part = *p.partial;
            part.agency = agency;
            part.tasks = std::move(kept);
            note({"forced-partial-plan", {p.id, std::to_string(until), std::to_string(part.tasks.size())}});
            p = std::move(part);
            continue;
        }
        // Tasks in file order: an error at line L belongs to the task starting last before it.
        std::vector<const Task*> order;
        for (const auto& t : p.tasks) order.push_back(&t);
        std::sort(order.begin(), order.end(), [](const Task* a, const Task* b) { return a->pos.line < b->pos.line; });
        std::set<const Task*> bad;
        bool outside = order.empty();
        for (int line : found->second) {
            auto it = std::upper_bound(order.begin(), order.end(), line,
                                       [](int l, const Task* t) { return l < t->pos.line; });
            if (line <= 0 || it == order.begin()) {
                outside = true;
                break;
            }
            bad.insert(*(it - 1));
        }
        if (outside || bad.size() == p.tasks.size()) {
            p.file = nullptr;
            continue;
        }
        std::string ids;
        for (const Task* t : order)
            if (bad.count(t)) ids += (ids.empty() ? "" : ", ") + t->id.value;
        note({"forced-tasks-left-out", {p.id, std::to_string(bad.size()), ids}});
        std::erase_if(p.tasks, [&](const Task& t) { return bad.count(&t) > 0; });
    }
    // Journal entries with errors are not used (a wrong status or occurrence would count a
    // task done, or not); say which, by line, so that the figures can be read knowing it.
    for (auto& j : ws.repo.journals) {
        if (!j.file) continue;
        const auto found = error_lines.find(j.file->path);
        if (found == error_lines.end()) continue;
        // An error at line L belongs to the entry starting last at or before it.
        std::set<int> starts;
        for (const auto& e : j.entries) starts.insert(e.pos.line);
        std::set<int> bad;
        for (int line : found->second) {
            auto it = starts.upper_bound(line);
            if (it != starts.begin()) bad.insert(*std::prev(it));
        }
        if (bad.empty()) continue;
        std::erase_if(j.entries, [&](const JournalEntry& e) { return bad.count(e.pos.line) > 0; });
        std::string list;
        for (int line : bad) list += (list.empty() ? "" : ", ") + std::to_string(line);
        note({"forced-journal-entries-left-out", {j.file->path, std::to_string(bad.size()), list}});
    }
    const auto kept = std::remove_if(plans.begin(), plans.end(), [&](const Plan& p) {
        if (p.file) return false;
        note({"forced-plan-left-out", {p.id}});
        return true;
    });
    left_out = static_cast<size_t>(plans.end() - kept);
    plans.erase(kept, plans.end());
    std::cerr << "cchc: "
              << render({left_out > 0 ? "repository-broken-forced" : "repository-broken-forced-kept",
                         {std::to_string(errors), std::to_string(left_out)}},
                        ws.lang)
              << "\n";
    return true;
}

std::vector<const Plan*> select_plans(const Repository& repo, const std::string& plan, Lang lang) {
    std::vector<const Plan*> out;
    if (plan.empty()) {
        for (const auto& p : repo.plans) out.push_back(&p);
        return out;
    }
    out = find_plans(repo, plan);
    if (out.empty()) throw UsageError{render({"unknown-plan-cli", {plan}}, lang)};
    return out;
}

void add_scope_options(CLI::App& cmd, ScopeOptions& opts, bool lifecycle) {
    cmd.add_option("--agency", opts.agency,
                   "Only this agency: its directory or the end of it (stttt, khanh-hoa/stttt), short name or name");
    cmd.add_option("--plan", opts.plans, "Only this plan (its id or an end of it that names one plan in scope); repeat for several");
    if (lifecycle)
        cmd.add_flag("--include-closed", opts.include_closed,
                     "Also plans no longer in force (period ended, or closed in the journal)");
}

bool Selection::covers(const Agency* a) const {
    return std::find(agencies.begin(), agencies.end(), a) != agencies.end();
}

Selection resolve_selection(const Workspace& ws, const ScopeOptions& opts) {
    Selection s;
    s.agencies = ws.repo.agency_list();
    auto narrow = [&](const std::vector<const Agency*>& keep) {
        std::erase_if(s.agencies, [&](const Agency* a) { return std::find(keep.begin(), keep.end(), a) == keep.end(); });
        s.narrowed = true;
    };
    if (!ws.scope_dir.empty()) narrow(agencies_in_dir(ws.repo, ws.scope_dir));
    if (!opts.agency.empty()) {
        const auto found = match_agencies(ws.repo, opts.agency);
        if (found.empty()) {
            std::string known;
            for (const auto& a : ws.repo.agencies) known += (known.empty() ? "" : ", ") + a->key;
            throw UsageError{render({"unknown-agency-cli", {opts.agency, known}}, ws.lang)};
        }
        narrow(found);
    }
    if (s.narrowed && s.agencies.empty())
        throw UsageError{render({"no-agency-in-scope", {ws.scope_dir.empty() ? opts.agency : ws.scope_dir}}, ws.lang)};
    for (const auto& name : opts.plans) {
        auto found = select_plans(ws.repo, name, ws.lang);
        std::erase_if(found, [&](const Plan* p) { return !s.covers(p->agency); });
        if (found.empty())
            throw UsageError{render({"plan-not-in-agencies", {name}}, ws.lang)};
        // One --plan names one plan, as a task reference of `record` does: a suffix shared
        // by several plans in scope is refused with them, never silently widened to all.
        if (found.size() > 1) {
            std::string list;
            for (const Plan* p : found) list += "\n  " + p->id;
            throw UsageError{render({"plan-ambiguous-cli", {name, std::to_string(found.size()), list}}, ws.lang)};
        }
        if (std::find(s.plans.begin(), s.plans.end(), found.front()) == s.plans.end()) s.plans.push_back(found.front());
    }
    if (!opts.plans.empty()) s.narrowed = true;
    if (s.narrowed && opts.plans.empty()) {
        for (const auto& p : ws.repo.plans)
            if (s.covers(p.agency)) s.plans.push_back(&p);
        if (s.plans.empty()) throw UsageError{tr("no-plan-in-scope", ws.lang)};
    }
    return s;
}

RepositorySettings repository_settings(const CommonOptions& opts) {
    RepositorySettings out;
    std::error_code ec;
    if (!opts.root.empty() && !fs::is_directory(opts.root, ec))
        throw UsageError{render({"no-such-path", {opts.root}}, choose_lang(opts, nullptr))};
    // --root names the repository itself, as for the other commands; else search upwards.
    const auto root = opts.root.empty() ? find_repository_root(fs::current_path(ec)) : fs::path(opts.root);
    if (!root || !fs::exists(*root / "cchc.yaml", ec)) return out;
    Diagnostics diags;
    out.file = read_source_file(*root / "cchc.yaml", (*root / "cchc.yaml").string(), diags, *root);
    if (out.file) {
        out.settings.file = out.file.get();
        const LoadContext ctx{out.file.get(), diags};
        if (auto tree = parse_yaml(*out.file, diags)) {
            load_settings(ctx, *tree, out.settings);
        }
    }
    diags.sort();
    for (const auto& d : diags.items()) std::cerr << format_text(d, choose_lang(opts, &out.settings), false);
    return out;
}

cchc::Scope query_scope(const Selection& selection, const ScopeOptions& opts, Date as_of, int window,
                        const UnitFilter* units) {
    cchc::Scope scope;
    scope.as_of = as_of;
    scope.window = window;
    scope.units = units;
    scope.plans = selection.plans;
    scope.include_closed = opts.include_closed;
    if (selection.narrowed) scope.agencies = selection.agencies;
    return scope;
}

}  // namespace cchc::cli
