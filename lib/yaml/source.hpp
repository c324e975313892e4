#pragma once
// A file as read from disk, with what is needed to point into it: line starts and
// character columns. Reading refuses what is not a plan file (too big, binary, bad UTF-8).
#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "yaml/diagnostic.hpp"

namespace cchc {

// Files larger than this are refused unread: real plans are a few hundred KiB.
inline constexpr size_t kMaxSourceBytes = 8u * 1024 * 1024;

struct SourceFile {
    std::string path;  // as shown in diagnostics (relative to the repository root when inside it)
    std::string text;  // UTF-8, BOM removed
    std::vector<size_t> line_starts;
    // The content hash of its bytes as read (ContentHash), when a cache asked for it: what
    // caches of results about the file (its model, its plan rules) are keyed by. Empty otherwise.
    std::string content_key;

    void index_lines();
    int line_count() const { return static_cast<int>(lines().size()); }
    // Line n (1-based) without its line break; empty when out of range.
    std::string_view line(int n) const;
    // 1-based character column of byte offset `col_bytes` (0-based) within line n.
    int char_column(int n, int col_bytes) const;

    // Gives the text and its line starts back once the file is parsed and loaded, so that a
    // repository's memory does not grow with its text. The first line() after it reads
    // `from` again (thread-safe), and shows no line at all if the file's text is not the one
    // released: never another text's line. Before it, and for files never released, line()
    // reads `text`.
    void release_text(std::filesystem::path from);
    // What release_text() keeps of the text, to know it again.
    struct Fingerprint {
        size_t size = 0, hash = 0;
    };
    Fingerprint fingerprint() const;
    // A file not read at all (its model came from the model cache), as if released: `print`
    // is the fingerprint its text had when the model was made.
    static std::unique_ptr<SourceFile> unread(std::string shown, std::filesystem::path from, Fingerprint print);

private:
    struct Reread {
        std::string text;
        std::vector<size_t> line_starts;
    };
    const std::string& current_text() const;
    const std::vector<size_t>& lines() const;
    const Reread& reread() const;
    std::filesystem::path reread_from_;  // empty: never released
    Fingerprint released_;
    mutable std::once_flag reread_once_;
    mutable Reread reread_;
};

// A diagnostic pointing at (line, col) of `file`, with the source line attached.
Diagnostic make_diagnostic(const SourceFile* file, int line, int col, Severity sev, std::string code,
                           Message msg);

// Reads `path`; on failure adds a diagnostic (unreadable-file, file-too-large, binary-file,
// invalid-utf8, not-a-regular-file, outside-root) and returns nullptr. `shown` is the path
// to print. Only a regular file is read (never a device, FIFO or socket); with `root`, only
// one whose path, links resolved, is inside `root`. The content of a refused file is never
// read, so never shown. With `bytes_key`, the content hash of the bytes as read (before any
// normalisation: the hash the check cache's stat index keeps of the file) is put there.
std::unique_ptr<SourceFile> read_source_file(const std::filesystem::path& path, const std::string& shown,
                                             Diagnostics& diags, const std::filesystem::path& root = {},
                                             std::string* bytes_key = nullptr);

// Same checks on text already in memory (tests, stdin).
std::unique_ptr<SourceFile> source_from_text(std::string text, const std::string& shown, Diagnostics& diags);

}  // namespace cchc
