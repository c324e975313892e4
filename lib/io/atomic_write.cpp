#include "io/atomic_write.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <fmt/format.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <functional>

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

constexpr std::string_view kTempMark = ".tmp-";

// A new, exclusive temporary file beside `target`: ".<name>.tmp-<pid>-<n>".
int open_temporary(const fs::path& target, fs::path& tmp) {
    for (int i = 0; i < 100; ++i) {
        tmp = target.parent_path() / fmt::format(".{}{}{}-{}", target.filename().string(), kTempMark, ::getpid(), i);
        const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0644);  // rw-r--r--, less the umask: a report others may read
        if (fd >= 0 || errno != EEXIST) return fd;
    }
    errno = EEXIST;
    return -1;
}

std::string reason(int err) { return std::strerror(err ? err : EIO); }

// The pid in ".<name>.tmp-<pid>-<n>", or 0 when `entry` is not such a name.
pid_t temporary_owner(std::string_view entry) {
    if (entry.size() < 2 || entry[0] != '.') return 0;
    const size_t mark = entry.rfind(kTempMark);
    if (mark == std::string_view::npos || mark < 2) return 0;
    std::string_view rest = entry.substr(mark + kTempMark.size());
    const size_t dash = rest.find('-');
    if (dash == std::string_view::npos || dash == 0 || dash + 1 == rest.size()) return 0;
    long pid = 0, n = 0;
    const auto a = std::from_chars(rest.data(), rest.data() + dash, pid);
    const auto b = std::from_chars(rest.data() + dash + 1, rest.data() + rest.size(), n);
    if (a.ec != std::errc() || a.ptr != rest.data() + dash || b.ec != std::errc() ||
        b.ptr != rest.data() + rest.size() || pid <= 0)
        return 0;
    return static_cast<pid_t>(pid);
}

}  // namespace

bool is_temporary_name(std::string_view entry) { return temporary_owner(entry) != 0; }

int remove_stale_temporaries(const fs::path& dir, bool dir_locked, std::string_view target_name) {
    DIR* d = ::opendir(dir.empty() ? "." : dir.c_str());
    if (!d) return 0;
    int removed = 0;
    const int dfd = ::dirfd(d);
    const std::string own_prefix = target_name.empty() ? std::string() : fmt::format(".{}{}", target_name, kTempMark);
    while (const dirent* e = ::readdir(d)) {
        // Only the temporaries of writes to this target: a name that merely looks like ours
        // (another program's, a user's file) is never touched.
        if (!own_prefix.empty() && std::string_view(e->d_name).substr(0, own_prefix.size()) != own_prefix) continue;
        const pid_t owner = temporary_owner(e->d_name);
        if (owner == 0) continue;
        struct stat st {};
        if (::fstatat(dfd, e->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISREG(st.st_mode)) continue;
        // Ours from an earlier write in this process never survives; another live process
        // may be mid-write, unless the directory lock (held by us) rules that out.
        const bool owner_gone = owner != ::getpid() && ::kill(owner, 0) != 0 && errno == ESRCH;
        const bool old = std::time(nullptr) - st.st_mtime > 24 * 3600;
        if (dir_locked || owner_gone || old)
            if (::unlinkat(dfd, e->d_name, 0) == 0) ++removed;
    }
    ::closedir(d);
    return removed;
}

int writable_regular_file(const fs::path& target, struct stat& st, bool& exists) {
    exists = false;
    if (::lstat(target.c_str(), &st) != 0) return errno == ENOENT ? 0 : errno;
    exists = true;
    if (S_ISDIR(st.st_mode)) return EISDIR;
    if (!S_ISREG(st.st_mode)) return EINVAL;  // a link, device, FIFO, socket: never replaced
    // Renaming would get past a read-only file, and root passes access(): the mode bits say.
    if ((st.st_mode & 0222) == 0) return EACCES;
    if (::access(target.c_str(), W_OK) != 0) return errno;
    return 0;
}

AtomicWriter::AtomicWriter(const fs::path& target, const struct stat* old) : target_(target) {
    fd_ = open_temporary(target, tmp_);
    if (fd_ < 0) {
        err_ = errno ? errno : EEXIST;
        return;
    }
    created_ = true;
    if (old) {
        if (::fchown(fd_, old->st_uid, old->st_gid) != 0) {
            // not ours to give away: the file keeps our ownership, the mode below still holds
        }
        if (::fchmod(fd_, old->st_mode & 07777) != 0) err_ = errno;
    }
}

AtomicWriter::~AtomicWriter() {
    if (fd_ >= 0) ::close(fd_);
    if (created_ && !committed_) ::unlink(tmp_.c_str());
}

void AtomicWriter::write(std::string_view bytes) {
    if (err_) return;
    // With SIGXFSZ ignored (the cli does), a file-size limit shows here as EFBIG.
    if (!write_all(fd_, bytes)) err_ = errno ? errno : EIO;
    else size_ += bytes.size();
}

int AtomicWriter::commit() {
    if (written_by_path_ && fd_ >= 0 && !err_) {
        // Another process wrote the file by its name (pandoc): fsync what the name holds now.
        ::close(fd_);
        fd_ = ::open(tmp_.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
        if (fd_ < 0) err_ = errno;
    }
    if (!err_ && ::fsync(fd_) != 0) err_ = errno;
    if (fd_ >= 0 && ::close(fd_) != 0 && !err_) err_ = errno;
    fd_ = -1;
    if (!err_ && ::rename(tmp_.c_str(), target_.c_str()) != 0) err_ = errno;
    committed_ = !err_;
    return err_ ? err_ : 0;
}

int replace_file(const fs::path& target, std::string_view content, const struct stat* old) {
    AtomicWriter w(target, old);
    w.write(content);
    return w.commit();
}

std::string write_output_atomically(const std::string& path, const std::function<std::string(AtomicWriter&)>& write) {
    try {
        if (path.empty()) return reason(ENOENT);
        const fs::path target(path);
        if (target.filename().empty()) return reason(EISDIR);  // "dir/"
        struct stat old {};
        bool exists = false;
        if (const int err = writable_regular_file(target, old, exists)) {
            if (err == EINVAL) return "not a regular file";
            return reason(err);
        }
        const fs::path dir = target.parent_path().empty() ? fs::path(".") : target.parent_path();
        remove_stale_temporaries(dir, false, target.filename().string());
        AtomicWriter w(target, exists ? &old : nullptr);
        if (w.error()) return reason(w.error());
        if (std::string why = write(w); !why.empty()) return why;
        if (const int err = w.error() ? w.error() : w.commit()) return reason(err);
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

std::string write_file_atomically(const std::string& path, std::string_view content) {
    return write_output_atomically(path, [&](AtomicWriter& w) {
        w.write(content);
        return std::string();
    });
}

}  // namespace cchc
