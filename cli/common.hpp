#pragma once
// What every subcommand shares: the repository options, language, colour, exit codes.
#include <CLI/CLI.hpp>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "yaml/diagnostic.hpp"
#include "yaml/messages.hpp"
#include "model/model.hpp"
#include "state/repository.hpp"
#include "track/scope.hpp"
#include "yaml/source.hpp"

namespace cchc::cli {

// Exit statuses, the same for every command.
enum Exit : int { kOk = 0, kProblems = 1, kUsage = 2 };

// A usage error found after parsing (unknown unit, bad date …): message already rendered.
struct UsageError {
    std::string message;
};

struct CommonOptions {
    std::string root;  // --root DIR
    std::string lang;  // --lang vi|en
};

// Adds --root and --lang to a subcommand.
void add_common_options(CLI::App& cmd, CommonOptions& opts);

struct Workspace {
    Repository repo;
    Diagnostics diags;
    Lang lang = Lang::vi;
    // Where under the plans directory the command was pointed (the current directory, or
    // --root inside plans/): "khanh-hoa/stttt"; empty at the repository root.
    std::string scope_dir;
    bool checked = false;  // every rule has run (check_repository): diags are complete
    // The check cache's key of the files as loaded, when computed before loading them (and
    // none changed while they were read); else check_repository() computes it.
    std::optional<std::string> check_key;

    Workspace() = default;
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;
    ~Workspace();  // leaves the repository's memory to the OS (common.cpp)
};

// Finds and loads the repository (from --root or the current directory). Throws UsageError
// when there is none. Load problems stay in `diags` for the command to report.
// Parsed trees are reused from the tree cache unless `load` says otherwise.
std::unique_ptr<Workspace> open_workspace(const CommonOptions& opts, const LoadOptions& load = {.tree_cache = true});

// The language: --lang, then cchc.yaml, then vi.
Lang choose_lang(const CommonOptions& opts, const Settings* settings);

// Notes whether stdout is a terminal and its width, before a pager replaces it (pager.cpp);
// the two functions below answer from that.
void remember_stdout_terminal();
// Colour only on a terminal, never with NO_COLOR set or TERM=dumb.
bool stdout_wants_color();
// Columns of the terminal on stdout; 0 when not a terminal (no cutting).
int terminal_width();

// Every rule over the loaded repository (or its cached result), with what only follows from
// an unusable file folded: the errors every command counts alike.
void check_repository(Workspace& ws);

// For commands other than check: a one-line note on stderr when the repository has errors
// (as many as `cchc check` counts).
void warn_if_broken(Workspace& ws);

// cchc.yaml of the repository around us, if any. Only the settings are read, so that a
// broken plan elsewhere does not matter here; problems in cchc.yaml go to stderr.
struct RepositorySettings {
    std::unique_ptr<SourceFile> file;  // the positions in `settings` point into it
    Settings settings;
};
RepositorySettings repository_settings(const CommonOptions& opts);

// An output file (report -o) must not be a file of the repository: cchc.yaml or anything under
// the plans directory, links resolved. Throws UsageError naming it.
void refuse_repository_target(const Workspace& ws, const std::string& path);

// --force for the commands that act on the repository's content (due, score, report, record).
void add_force_option(CLI::App& cmd, bool& force);

// Those commands refuse a repository with errors, as `cchc check` reports them (loading and
// every rule): false after printing why (naming `cchc check`), for exit status 1. With
// --force: true after a note on stderr, with the plans that have errors left out of `ws`.
bool repository_usable(Workspace& ws, bool force);

// Filters tasks by --plan (suffix of the plan id); empty = all. Throws UsageError.
std::vector<const Plan*> select_plans(const Repository& repo, const std::string& plan, Lang lang);

// What a listing command covers: --agency, --plan (repeatable), --include-closed, and the
// directory it runs in (Workspace::scope_dir).
struct ScopeOptions {
    std::string agency;
    std::vector<std::string> plans;
    bool include_closed = false;
};
// Adds --agency and --plan; --include-closed too when `lifecycle` (due, score, report).
void add_scope_options(CLI::App& cmd, ScopeOptions& opts, bool lifecycle);

struct Selection {
    std::vector<const Agency*> agencies;  // in scope; every agency when not narrowed
    std::vector<const Plan*> plans;       // in scope; empty only when nothing narrows them
    bool narrowed = false;                // --agency, --plan or the directory narrowed it
    bool covers(const Agency* a) const;
};
// Throws UsageError for an unknown agency or plan, or a plan outside the agencies.
Selection resolve_selection(const Workspace& ws, const ScopeOptions& opts);

// The scope of due, score and report, built in one place: the selection, --include-closed,
// and the as-of date, window and unit filter the command worked out.
cchc::Scope query_scope(const Selection& selection, const ScopeOptions& opts, Date as_of, int window,
                        const UnitFilter* units);

}  // namespace cchc::cli
