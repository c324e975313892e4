#include "common.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <set>
#include <filesystem>
#include <iostream>

#include "cchc/control_chars.hpp"
#include "cchc/diagnostic_format.hpp"
#include "cchc/load.hpp"
#include "cchc/yaml_tree.hpp"
#include "cchc/refs.hpp"
#include "cchc/repository.hpp"
#include "cchc/rules.hpp"

namespace fs = std::filesystem;

namespace cchc::cli {

void add_common_options(CLI::App& cmd, CommonOptions& opts) {
    cmd.add_option("--root", opts.root, "Plan repository root (default: found from the current directory)");
    cmd.add_option("--lang", opts.lang, "Language of messages: vi (default) or en")->check(CLI::IsMember({"vi", "en"}));
}

Lang choose_lang(const CommonOptions& opts, const Settings* settings) {
    Lang lang = Lang::vi;
    if (!opts.lang.empty() && parse_lang(opts.lang, lang)) return lang;
    if (settings && parse_lang(settings->lang, lang)) return lang;
    return Lang::vi;
}

std::unique_ptr<Workspace> open_workspace(const CommonOptions& opts) {
    namespace fs = std::filesystem;
    auto ws = std::make_unique<Workspace>();
    std::error_code ec;
    const fs::path start = opts.root.empty() ? fs::current_path(ec) : fs::path(opts.root);
    ws->lang = choose_lang(opts, nullptr);
    if (!opts.root.empty() && !fs::is_directory(start, ec))
        throw UsageError{render({"no-such-path", {opts.root}}, ws->lang)};
    auto root = opts.root.empty() ? find_repository_root(start) : std::optional<fs::path>(start);
    if (!root) throw UsageError{render({"no-repository", {start.string()}}, ws->lang)};
    ws->repo = load_repository(*root, ws->diags);
    ws->lang = choose_lang(opts, &ws->repo.settings);
    return ws;
}

bool stdout_wants_color() {
    const char* no_color = std::getenv("NO_COLOR");
    if (no_color && *no_color) return false;
    const char* term = std::getenv("TERM");
    if (term && std::string(term) == "dumb") return false;
    return isatty(STDOUT_FILENO) != 0;
}

int terminal_width() {
    if (!isatty(STDOUT_FILENO)) return 0;
    winsize ws{};
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
    if (const char* cols = std::getenv("COLUMNS")) return std::atoi(cols);
    return 80;
}

void warn_if_broken(const Workspace& ws) {
    const size_t errors = ws.diags.count(Severity::error);
    if (errors == 0) return;
    std::cerr << (ws.lang == Lang::vi
                      ? "cchc: kho kế hoạch có " + std::to_string(errors) + " lỗi; chạy 'cchc check' để xem chi tiết\n"
                      : "cchc: the repository has " + std::to_string(errors) + " errors; run 'cchc check' for details\n");
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

bool repository_usable(Workspace& ws, bool force) {
    run_rules(ws.repo, ws.diags);
    const size_t errors = ws.diags.count(Severity::error);
    if (errors == 0) return true;
    if (!force) {
        std::cerr << "cchc: " << render({"repository-broken", {std::to_string(errors)}}, ws.lang) << "\n";
        return false;
    }
    std::set<std::string> broken_files;
    for (const auto& d : ws.diags.items())
        if (d.severity == Severity::error) broken_files.insert(d.file);
    auto& plans = ws.repo.plans;
    const auto kept = std::remove_if(plans.begin(), plans.end(),
                                     [&](const Plan& p) { return !p.file || broken_files.count(p.file->path) > 0; });
    const auto left_out = static_cast<size_t>(plans.end() - kept);
    plans.erase(kept, plans.end());
    std::cerr << "cchc: "
              << render({"repository-broken-forced", {std::to_string(errors), std::to_string(left_out)}}, ws.lang)
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

RepositorySettings repository_settings(const CommonOptions& opts) {
    RepositorySettings out;
    std::error_code ec;
    if (!opts.root.empty() && !fs::is_directory(opts.root, ec))
        throw UsageError{render({"no-such-path", {opts.root}}, choose_lang(opts, nullptr))};
    // --root names the repository itself, as for the other commands; else search upwards.
    const auto root = opts.root.empty() ? find_repository_root(fs::current_path(ec)) : fs::path(opts.root);
    if (!root || !fs::exists(*root / "cchc.yaml", ec)) return out;
    Diagnostics diags;
    out.file = read_source_file(*root / "cchc.yaml", (*root / "cchc.yaml").string(), diags);
    if (out.file) {
        out.settings.file = out.file.get();
        const LoadContext ctx{out.file.get(), diags};
        if (auto tree = parse_yaml(*out.file, diags)) {
            escape_tree_controls(*tree, ctx);
            report_duplicate_keys(*tree, ctx);
            load_settings(ctx, *tree, out.settings);
        }
    }
    diags.sort();
    for (const auto& d : diags.items()) std::cerr << format_text(d, choose_lang(opts, &out.settings), false);
    return out;
}

}  // namespace cchc::cli
