#pragma once
// Finding and loading a plan repository: cchc.yaml, plans/**/agency.yaml, plans, journals.
#include <filesystem>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "yaml/diagnostic.hpp"
#include "model/model.hpp"

namespace cchc {

// Whether `path` is `dir` or under it, textually (resolve links first where they matter).
bool is_within(const std::filesystem::path& path, const std::filesystem::path& dir);

// The nearest directory from `start` upwards that holds cchc.yaml or plans/.
std::optional<std::filesystem::path> find_repository_root(const std::filesystem::path& start);

// One directory as the walk of the plans directory sees it: each entry whose name does not
// start with '.', and what it is (a link is looked through again on every walk).
struct DirListing {
    enum class Kind : char { dir = 'd', link = 'l', other = 'f' };
    std::vector<std::pair<std::string, Kind>> entries;
};

// Listings kept from an earlier walk (the check cache's stat index): find() gives the one of
// `dir` when the directory's stat says it has not changed since, else nullptr; keep() is then
// called with the listing walked now (kept or read). No memo: every directory is read.
class DirMemo {
public:
    virtual ~DirMemo() = default;
    virtual const DirListing* find(const std::filesystem::path& dir) = 0;
    virtual void keep(const std::filesystem::path& dir, const DirListing& listing) = 0;
};

// Listings of this run's walk, by directory path, handed from one walk to the next: the
// check cache's key walks first (reading only directories that changed), the load reuses it.
class KeptListings : public DirMemo {
public:
    std::unordered_map<std::string, DirListing> dirs;
    const DirListing* find(const std::filesystem::path& dir) override;
    void keep(const std::filesystem::path& dir, const DirListing& listing) override;
};

// Content keys of files by path (as load_repository() forms it: root / plans dir / …): the
// hash of each file's bytes, vouched for by its unchanged stat (the check cache's stat index).
using FileKeys = std::unordered_map<std::string, std::string>;

// How a repository is loaded.
struct LoadOptions {
    // Reuse the trees and compiled models of files loaded by an earlier run, and keep this
    // run's for the next (tree_cache.hpp, model_pack.hpp). Off for `check --no-cache` and in
    // tests.
    bool tree_cache = false;
    // With the caches: files whose key is known here and whose model is cached are not read
    // at all. `keys_disagree` is set when a file read now has other bytes than its key says
    // (it changed since it was keyed): the keys then no longer describe what was loaded.
    const FileKeys* known = nullptr;
    bool* keys_disagree = nullptr;
    // Directories walked already in this run (with `known`): not read again.
    DirMemo* listings = nullptr;
    // With the caches: of a plan whose model is packed, read only the header (Plan::
    // body_pending); the command then loads the bodies of the plans in its scope with
    // load_plan_bodies(). `score` with no plan in force reads no task at all.
    bool plan_bodies_later = false;
};

// Loads every file of the repository at `root`. Structural problems go to `diags`;
// meaning is checked separately by run_rules().
Repository load_repository(const std::filesystem::path& root, Diagnostics& diags, const LoadOptions& options = {});

// Loads the bodies of `plans` still pending (LoadOptions::plan_bodies_later), on both
// cores; the others are left as they are. A body that cannot be read from the pack is loaded
// from its file; a file that changed since its header was read is a RepositoryChanged (run
// the command again), never a plan read half from each.
void load_plan_bodies(Repository& repo, const std::vector<const Plan*>& plans);
// What load_plan_bodies() throws when a plan file changed under the run.
struct RepositoryChanged {
    Message message;
};
// The same for every plan of the repository (the rules, and --force, read them all).
void load_plan_bodies(Repository& repo);

// Every file load_repository(root) reads (cchc.yaml, agencies, plans, journals), for the
// check cache's key; nullopt when the settings or the plans directory cannot be read.
// With `memo`, directories unchanged since the listing kept are not read again.
std::optional<std::vector<std::filesystem::path>> repository_inputs(const std::filesystem::path& root,
                                                                    DirMemo* memo = nullptr);

// Loads a single plan directory outside any repository (cchc check some/dir).
Repository load_directory(const std::filesystem::path& dir, Diagnostics& diags);

}  // namespace cchc
