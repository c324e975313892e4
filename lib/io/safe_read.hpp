#pragma once
// Reading a file that someone else may have put there (a plan in a pull request, a cache
// entry): only a regular file is opened for reading, never a device, FIFO or socket, which
// could block forever or never end; the size limit is checked after opening and again while
// reading (a file may grow in between).
#include <cstdint>
#include <filesystem>
#include <string>

namespace cchc {

struct SafeRead {
    enum class Status { ok, error, not_regular, too_large };
    Status status = Status::ok;
    int err = 0;         // with `error`: the errno
    uintmax_t size = 0;  // with `too_large`: the size found (at least limit + 1)
    bool ok() const { return status == Status::ok; }
};

// Reads the whole of `path` into `out` when it is a regular file of at most `limit` bytes.
// With `follow_links` false the file itself must not be a symbolic link (O_NOFOLLOW).
// Opens non-blocking, so a FIFO swapped in between the check and the open cannot hang.
SafeRead read_regular_file(const std::filesystem::path& path, uintmax_t limit, std::string& out,
                           bool follow_links = true);

// The kind of a file that is not regular, for messages: "FIFO", "socket", "device" ….
std::string file_kind(const std::filesystem::path& path);

}  // namespace cchc
