#pragma once
// Each plan's results of the per-plan rules (Rule::plan_fn), kept by what those rules read:
// the plan's bytes and path, its agency's bytes, directory and key, and the date of its first
// journal entry. After a one-line edit of one plan only that plan's rules run again (the
// rules over journals and agencies still run whole). Kept in a pack per repository and build
// beside the models ($XDG_CACHE_HOME/cchc/plan-rules-*): damaged or foreign bytes are a
// miss, never a wrong answer (tree_cache.hpp).
#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "model/model.hpp"
#include "yaml/diagnostic.hpp"
#include "yaml/tree_cache.hpp"

namespace cchc {

class PlanRuleCache {
public:
    // Nullptr when the cache directory cannot be used.
    static std::unique_ptr<PlanRuleCache> open(const std::filesystem::path& root);

    // The key of what the per-plan rules read of `plan`; empty when a file's bytes were not
    // hashed (read without caches): then the plan is not cached.
    static std::string key_of(const Plan& plan);
    // Adds the diagnostics kept under `key` to `into`; false when there are none (or they are
    // damaged). Safe to call from several threads, as add().
    bool find(const std::string& key, Diagnostics& into);
    void add(const std::string& key, const std::vector<Diagnostic>& diags);
    // Ends the pack: the plans looked up or added now are kept, the others dropped.
    void finish();

private:
    std::unique_ptr<TreeCache> pack_;
    std::mutex keys_mutex_;
    std::vector<std::string> keys_;
};

}  // namespace cchc
