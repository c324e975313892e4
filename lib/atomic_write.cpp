#include "cchc/atomic_write.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

namespace cchc {

namespace {

namespace fs = std::filesystem;

bool write_all(int fd, std::string_view data) {
    while (!data.empty()) {
        const ssize_t n = ::write(fd, data.data(), data.size());
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        data.remove_prefix(static_cast<size_t>(n));
    }
    return true;
}

// A new, exclusive temporary file beside `target`: ".<name>.tmp-<pid>-<n>".
int open_temporary(const fs::path& target, fs::path& tmp) {
    for (int i = 0; i < 100; ++i) {
        tmp = target.parent_path() / fmt::format(".{}.tmp-{}-{}", target.filename().string(), ::getpid(), i);
        const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd >= 0 || errno != EEXIST) return fd;
    }
    errno = EEXIST;
    return -1;
}

std::string reason(int err) { return std::strerror(err ? err : EIO); }

}  // namespace

int replace_file(const fs::path& target, std::string_view content, const struct stat* old) {
    fs::path tmp;
    const int fd = open_temporary(target, tmp);
    if (fd < 0) return errno ? errno : EEXIST;
    if (old && ::fchown(fd, old->st_uid, old->st_gid) != 0) {
        // not ours to give away: the file keeps our ownership, the mode below still holds
    }
    bool ok = write_all(fd, content) && (!old || ::fchmod(fd, old->st_mode & 07777) == 0) && ::fsync(fd) == 0;
    int err = ok ? 0 : errno;
    if (::close(fd) != 0 && ok) ok = false, err = errno;
    if (ok && ::rename(tmp.c_str(), target.c_str()) != 0) ok = false, err = errno;
    if (!ok) ::unlink(tmp.c_str());
    return ok ? 0 : (err ? err : EIO);
}

std::string write_file_atomically(const std::string& path, std::string_view content) {
    try {
        if (path.empty()) return reason(ENOENT);
        const fs::path target(path);
        if (target.filename().empty()) return reason(EISDIR);  // "dir/"
        struct stat old {};
        const bool exists = ::stat(target.c_str(), &old) == 0;
        if (exists && S_ISDIR(old.st_mode)) return reason(EISDIR);
        // Renaming would get past a read-only file: respect it as "do not write".
        if (exists && ::access(target.c_str(), W_OK) != 0) return reason(errno);
        if (const int err = replace_file(target, content, exists ? &old : nullptr)) return reason(err);
        const fs::path dir = target.parent_path().empty() ? fs::path(".") : target.parent_path();
        const int dir_fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (dir_fd >= 0) {
            ::fsync(dir_fd);  // the rename itself reaches the disk
            ::close(dir_fd);
        }
        return "";
    } catch (const std::exception& e) {
        return e.what();
    }
}

}  // namespace cchc
