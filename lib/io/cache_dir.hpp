#pragma once
// Where cchc keeps its caches (the check results and the trees of parsed files):
// $XDG_CACHE_HOME/cchc, or ~/.cache/cchc. Both caches are best effort: nowhere to keep them
// only makes cchc slower.
#include <cstddef>
#include <filesystem>
#include <string>

namespace cchc {

// The cache directory; empty when neither XDG_CACHE_HOME nor HOME is set.
std::filesystem::path cache_dir();
// cache_dir() when it is a directory or can be made one, else empty: with nowhere to
// keep anything (a read-only home, XDG_CACHE_HOME on a missing mount), the caches are not
// worth their cost (hashing every file, serializing every tree).
std::filesystem::path usable_cache_dir();

// Removes all but the `keep` newest entries of `dir` whose names start with `prefix`.
void prune_cache(const std::filesystem::path& dir, const std::string& prefix, std::size_t keep);

}  // namespace cchc
