#pragma once
// Replacing a file whole or not at all: the content goes to a temporary file in the same
// directory, is fsynced, and is renamed over the target (then the directory is fsynced).
// A reader sees the old file or the new one, never a part; no temporary file is left behind.
#include <sys/stat.h>

#include <filesystem>
#include <string>
#include <string_view>

namespace cchc {

// Writes `content` to `path` atomically. An existing regular file keeps its permission bits;
// a new one gets 0666 less the umask; a read-only file is refused; a symbolic link is
// replaced by the file. Returns "" on success, else the system's reason
// ("Permission denied", "No such file or directory", "Is a directory" …). Never throws.
std::string write_file_atomically(const std::string& path, std::string_view content);

// The primitive both the above and journal appends use: `content` to a new file beside
// `target`, with `old`'s owner (where permitted) and permission bits when given, fsynced,
// then renamed over `target`. Returns 0 or the errno; no temporary file is left behind.
int replace_file(const std::filesystem::path& target, std::string_view content, const struct stat* old);

}  // namespace cchc
