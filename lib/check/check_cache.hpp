#pragma once
// A content-hash cache of `cchc check` results, so an unchanged repository re-checks
// without parsing. The key hashes every file the repository load reads (cchc.yaml, agencies,
// plans, journals: paths and bytes) with the cchc version: cross-file rules see the same
// inputs whenever the key matches. Stored in $XDG_CACHE_HOME/cchc (or ~/.cache/cchc).
// Each file's hash is kept with its stat() stamp (size, mtime, inode, ctime): an unchanged
// stamp reuses the hash, so only changed files are read again.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "yaml/diagnostic.hpp"

namespace cchc {

struct CheckResult {
    std::vector<Diagnostic> diags;  // unsorted, unfiltered: as load + rules gave them
    size_t files = 0, plans = 0, tasks = 0;
    std::string lang;  // the repository's cchc.yaml lang setting
};

// Key of the repository at `root` as it is now; empty when some input cannot be read
// (then nothing is cached: the full check reports why).
std::string check_cache_key(const std::filesystem::path& root);

std::optional<CheckResult> load_check_cache(const std::string& key);
// Best effort: a cache that cannot be written is only slower.
void store_check_cache(const std::string& key, const CheckResult& result);

}  // namespace cchc
