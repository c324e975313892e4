#pragma once
// A content-hash cache of `cchc check` results, so an unchanged repository re-checks
// without parsing. The key hashes every file the repository load reads (cchc.yaml, agencies,
// plans, journals: paths and bytes) with the cchc version: cross-file rules see the same
// inputs whenever the key matches. Stored in $XDG_CACHE_HOME/cchc (or ~/.cache/cchc).
// Each file's hash is kept with its stat() stamp (size, mtime, inode, ctime), and each
// directory's entries with its stamp, in a stat index per repository: an unchanged stamp
// reuses the hash (the entries), so only changed files (directories) are read again.
#include <cstdint>
#include <filesystem>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "state/repository.hpp"
#include "yaml/diagnostic.hpp"

namespace cchc {

struct CheckResult {
    std::vector<Diagnostic> diags;  // unsorted, unfiltered: as load + rules gave them
    size_t files = 0, plans = 0, tasks = 0;
    std::string lang;  // the repository's cchc.yaml lang setting
};

// What stat() says of a file or directory: when all of it is unchanged, so are the bytes (the
// entries), as git and make assume.
struct FileStamp {
    uint64_t size = 0, ino = 0;
    int64_t mtime_ns = 0, ctime_ns = 0;
    bool operator==(const FileStamp&) const = default;
};

// Whether a stamp kept by an index written at `written_ns` (ns since the epoch) vouches for
// `now`: the same stamp, and changed well before the index was written. A file changed again
// within the same time-stamp tick as the write can keep its stamp with other bytes (git's
// "racy" files), so a stamp less than a second older than the write proves nothing.
bool stamp_trusted(const FileStamp& then, const FileStamp& now, int64_t written_ns);

// Key of the repository at `root` as it is now; empty when some input cannot be read
// (then nothing is cached: the full check reports why). With `keys`, each input's content
// key is put there by path, for load_repository() (LoadOptions::known); with `listings`, the
// directories walked.
std::string check_cache_key(const std::filesystem::path& root, FileKeys* keys = nullptr,
                            DirMemo* listings = nullptr);

std::optional<CheckResult> load_check_cache(const std::string& key);
// Diagnostics as the caches keep them (the check result, each plan's rule results): a count,
// then each with its source line. read_diagnostics() is false for anything cut or malformed.
void write_diagnostics(std::ostream& out, const std::vector<Diagnostic>& diags);
bool read_diagnostics(std::istream& in, std::vector<Diagnostic>& diags);
// Best effort: a cache that cannot be written is only slower.
void store_check_cache(const std::string& key, const CheckResult& result);

}  // namespace cchc
