// Appending a line to a journal: where it goes, and the locked read-check-copy-rename.
#include "record/journal_append.hpp"

#include "io/atomic_write.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include <fmt/format.h>

#include "base/control_chars.hpp"
#include "load/load_journal.hpp"
#include "yaml/yaml_tree.hpp"

namespace fs = std::filesystem;

namespace cchc {

fs::path journal_for(const Repository& repo, const Plan& plan, int year) {
    const fs::path plan_file = plan.file ? fs::path(repo.root) / plan.file->path
                                         : fs::path(repo.root) / repo.settings.plans_dir / (plan.id + ".yaml");
    return plan_file.parent_path() / "journal" / (std::to_string(year) + ".yaml");
}

std::string new_journal_header(const fs::path& root, const fs::path& journal) {
    const fs::path dir = fs::absolute(journal).lexically_normal().parent_path();
    const fs::path rel = dir.lexically_relative(fs::absolute(root).lexically_normal());
    std::string up;
    for (const auto& part : rel)
        if (!part.empty() && part != ".") up += "../";
    return "# yaml-language-server: $schema=" + up + "schemas/journal.schema.json\n" +
           "# Sổ theo dõi cchc: chỉ ghi thêm vào cuối, mục cũ trước"
           " (cchc journal: append-only, oldest first).\n";
}

namespace {

using Outcome = AppendResult::Status;

AppendResult stop(AppendResult r, Outcome status, Message m) {
    r.status = status;
    r.message = std::move(m);
    return r;
}

Message io_error(const AppendResult& r, int err) { return {"journal-io", {r.shown, std::strerror(err)}}; }

// An exclusive flock on a directory, released when the descriptor closes.
class DirLock {
public:
    explicit DirLock(const fs::path& dir) : fd_(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)) {
        int rc = -1;
        while (fd_ >= 0 && (rc = ::flock(fd_, LOCK_EX)) != 0 && errno == EINTR) {
        }
        err_ = fd_ < 0 || rc != 0 ? errno : 0;
        if (fd_ >= 0 && rc != 0) ::close(fd_), fd_ = -1;
    }
    ~DirLock() {
        if (fd_ >= 0) ::close(fd_);
    }
    DirLock(const DirLock&) = delete;
    DirLock& operator=(const DirLock&) = delete;
    int fd() const { return fd_; }
    int error() const { return err_; }

private:
    int fd_;
    int err_ = 0;
};

// The file to write: the journal with links resolved; refused outside the root or when
// it is not a regular file.
std::optional<fs::path> resolve_target(const AppendRequest& req, AppendResult& r) {
    std::error_code ec;
    const fs::path root = fs::canonical(req.root, ec);
    const fs::path target = ec ? fs::path() : fs::weakly_canonical(fs::absolute(req.journal), ec);
    if (ec) return r.status = Outcome::failed, r.message = {"journal-io", {r.shown, ec.message()}}, std::nullopt;
    const fs::path rel = target.lexically_relative(root);
    if (rel.empty() || *rel.begin() == "..")
        return r.status = Outcome::refused, r.message = {"journal-outside", {r.shown, target.string()}}, std::nullopt;
    const auto st = fs::status(target, ec);
    const bool dangling = fs::is_symlink(fs::symlink_status(target, ec)) && !fs::exists(st);
    if (dangling || (fs::exists(st) && !fs::is_regular_file(st)))
        return r.status = Outcome::refused, r.message = {"journal-not-regular", {r.shown}}, std::nullopt;
    return target;
}

struct Reading {
    bool ok = false;
    size_t entries = 0;
    std::optional<Date> last;
    std::vector<Diagnostic> problems;
};

// Reads journal text the way load_repository does; ok when that reports no error.
Reading read_journal_text(std::string text, const std::string& shown) {
    Reading out;
    Diagnostics diags;
    auto file = source_from_text(std::move(text), shown, diags);
    YNodePtr tree = file ? parse_yaml(*file, diags) : nullptr;
    if (tree) {
        const LoadContext ctx{file.get(), diags};
        Journal j;
        j.file = file.get();
        load_journal(ctx, *tree, j);
        out.entries = j.entries.size();
        for (const auto& e : j.entries)
            if (e.date.pos.file && (!out.last || *out.last < e.date.value)) out.last = e.date.value;
    }
    for (const auto& d : diags.items())
        if (d.severity == Severity::error) out.problems.push_back(d);
    out.ok = tree && out.problems.empty();
    return out;
}

// The current bytes of `target` (empty when missing) and its mode; false on a read error.
bool read_existing(const fs::path& target, std::string& bytes, std::optional<struct stat>& info, int& err) {
    const int fd = ::open(target.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
    if (fd < 0) return (err = errno) == ENOENT;
    struct stat st {};
    bool ok = ::fstat(fd, &st) == 0;
    err = ok ? 0 : errno;
    if (ok && !S_ISREG(st.st_mode)) ok = false, err = EINVAL;
    if (ok) info = st;
    char buf[65536];
    for (ssize_t n = 1; ok && n > 0 && bytes.size() <= kMaxSourceBytes;) {
        n = ::read(fd, buf, sizeof buf);
        if (n < 0 && errno != EINTR) ok = false, err = errno;
        if (n > 0) bytes.append(buf, static_cast<size_t>(n));
    }
    ::close(fd);
    return ok;
}

std::string shown_path(const AppendRequest& req) {
    const fs::path root = fs::absolute(req.root).lexically_normal();
    const fs::path rel = fs::absolute(req.journal).lexically_normal().lexically_relative(root);
    return rel.empty() || *rel.begin() == ".." ? req.journal.string() : rel.generic_string();
}

// With the directory locked (or nothing to lock on a dry run): read, check, append, check, write.
AppendResult append_locked(const AppendRequest& req, const std::vector<std::string>& lines, const fs::path& target,
                           AppendResult r, int dir_fd) {
    std::string old;
    std::optional<struct stat> info;
    int err = 0;
    if (!read_existing(target, old, info, err)) return stop(r, Outcome::failed, io_error(r, err));
    // Renaming would get past a read-only journal: respect it as "do not write", by its mode
    // bits too (root passes access()).
    if (info) {
        struct stat st {};
        bool exists = false;
        if (const int e = writable_regular_file(target, st, exists)) return stop(r, Outcome::failed, io_error(r, e));
    }
    Reading before = read_journal_text(old, r.shown);
    if (!before.ok) {
        r.problems = std::move(before.problems);
        return stop(r, Outcome::broken, {"journal-broken", {r.shown}});
    }
    r.last_date = before.last;
    r.created = old.empty();
    const std::string eol = old.find("\r\n") != std::string::npos ? "\r\n" : "\n";
    std::string content = r.created ? new_journal_header(req.root, req.journal) : old;
    if (!content.empty() && content.back() != '\n') content += eol;
    bool one_line_each = !lines.empty();
    for (const auto& line : lines) {
        content += line + eol;
        one_line_each = one_line_each && line.find('\n') == std::string::npos;
    }
    Reading after = read_journal_text(content, r.shown);
    if (!after.ok || after.entries != before.entries + lines.size() || !one_line_each) {
        r.problems = std::move(after.problems);
        return stop(r, Outcome::broken, {"journal-append-unreadable", {r.shown}});
    }
    if (req.dry_run) return r;
    remove_stale_temporaries(target.parent_path(), true, target.filename().string());  // held lock: a killed run's
    if (int e = replace_file(target, content, info ? &*info : nullptr)) return stop(r, Outcome::failed, io_error(r, e));
    ::fsync(dir_fd);  // the rename itself reaches the disk
    return r;
}

}  // namespace

AppendResult append_journal_entry(const AppendRequest& req) { return append_journal_entries(req, {req.line}); }

AppendResult append_journal_entries(const AppendRequest& req, const std::vector<std::string>& lines) {
    AppendResult r;
    r.shown = shown_path(req);
    try {
        const auto target = resolve_target(req, r);
        if (!target) return r;
        std::error_code ec;
        if (req.dry_run) return append_locked(req, lines, *target, r, -1);
        fs::create_directories(target->parent_path(), ec);
        if (ec) return stop(r, Outcome::failed, {"journal-io", {r.shown, ec.message()}});
        DirLock lock(target->parent_path());
        if (lock.fd() < 0) return stop(r, Outcome::failed, io_error(r, lock.error()));
        return append_locked(req, lines, *target, r, lock.fd());
    } catch (const std::exception& e) {
        return stop(r, Outcome::failed, {"journal-io", {r.shown, e.what()}});
    }
}

}  // namespace cchc
