#include "check/check_cache.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string_view>
#include <unordered_map>

#include "io/atomic_write.hpp"
#include "io/cache_dir.hpp"
#include "io/content_hash.hpp"
#include "base/parallel.hpp"
#include "state/repository.hpp"
#include "io/safe_read.hpp"
#include "yaml/source.hpp"

namespace fs = std::filesystem;

namespace cchc {

namespace {

constexpr const char* kMagic = "cchc-check-cache 4";
constexpr const char* kStatMagic = "cchc-stat-index 3";

using Hasher = ContentHash;

void put(std::ostream& out, const std::string& s) { out << s.size() << ':' << s << '\n'; }
bool get(std::istream& in, std::string& s) {
    size_t n = 0;
    char colon = 0;
    if (!(in >> n) || !in.get(colon) || colon != ':' || n > (64u << 20)) return false;
    s.assign(n, '\0');
    return in.read(s.data(), static_cast<std::streamsize>(n)) && in.get() == '\n';
}

// A cache file is "<content hash of the rest>\n<the rest>": a changed byte anywhere (a bad
// disk, a bit flip, an edit) makes it a miss, never a wrong answer (unless the 128-bit XXH3
// hash of the damaged rest happened to equal the stored one: about 2^-128).
constexpr size_t kSealSize = 33;
constexpr uintmax_t kMaxCacheFile = 256u << 20;

std::string sealed(const std::string& body) {
    Hasher h;
    h.add(body);
    return h.hex() + "\n" + body;
}

// The body of the cache file at `p`, or nullopt when it is missing, not a regular file (a
// link, FIFO, device: never followed or opened for reading) or its seal does not match.
std::optional<std::string> unsealed(const fs::path& p) {
    std::string text;
    if (p.empty() || !read_regular_file(p, kMaxCacheFile, text, false).ok() || text.size() < kSealSize ||
        text[kSealSize - 1] != '\n')
        return std::nullopt;
    std::string body = text.substr(kSealSize);
    Hasher h;
    h.add(body);
    if (text.compare(0, kSealSize - 1, h.hex()) != 0) return std::nullopt;
    return body;
}

// Cache files are ours: one replaced by a FIFO, a link or a device is itself replaced (the
// rename swaps the directory entry; nothing is followed), where write_file_atomically
// would refuse a user's file of that kind.
void write_cache_file(const fs::path& p, const std::string& body) {
    remove_stale_temporaries(p.parent_path(), false, p.filename().string());
    (void)replace_file(p, sealed(body), nullptr);
}

// Every changed repository state adds an entry: keep the newest kMaxEntries.
constexpr size_t kMaxEntries = 32;
void prune(const fs::path& dir, const std::string& prefix) { prune_cache(dir, prefix, kMaxEntries); }

}  // namespace

namespace {

std::optional<FileStamp> stamp_of(const fs::path& p) {
    struct stat st {};
    if (::stat(p.c_str(), &st) != 0) return std::nullopt;
    return FileStamp{static_cast<uint64_t>(st.st_size), static_cast<uint64_t>(st.st_ino),
                     st.st_mtim.tv_sec * 1000000000LL + st.st_mtim.tv_nsec,
                     st.st_ctim.tv_sec * 1000000000LL + st.st_ctim.tv_nsec};
}

int64_t now_ns() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

struct StatEntry {
    FileStamp stamp;
    std::string hash;
};

struct DirEntry {
    FileStamp stamp;
    DirListing listing;
};

// Per repository: each input's stamp and content hash, and each directory walked with its
// stamp and entries, from the last keyed run; `written_ns`: when that run began (racy rule:
// stamp_trusted()).
struct StatIndex {
    int64_t written_ns = 0;
    std::unordered_map<std::string, StatEntry> files;
    std::unordered_map<std::string, DirEntry> dirs;
};

fs::path stat_index_path(const std::string& root_id) {
    const fs::path dir = cache_dir();
    if (dir.empty()) return {};
    Hasher h;
    h.add(kStatMagic);
    h.add(root_id);
    return dir / ("stat-" + h.hex());
}

// Reads what put() and `<<` wrote, as `>>` and get() would, without a stream: the index of
// a national repository is tens of thousands of entries, read on every warm run.
struct Cursor {
    std::string_view rest;
    void skip_space() {
        while (!rest.empty() && (rest.front() == ' ' || rest.front() == '\n')) rest.remove_prefix(1);
    }
    template <class Int>
    bool number(Int& v) {
        skip_space();
        const auto [end, ec] = std::from_chars(rest.data(), rest.data() + rest.size(), v);
        if (ec != std::errc() || end == rest.data()) return false;
        rest.remove_prefix(static_cast<size_t>(end - rest.data()));
        return true;
    }
    bool character(char& c) {
        skip_space();
        if (rest.empty()) return false;
        c = rest.front();
        rest.remove_prefix(1);
        return true;
    }
    bool text(std::string& s) {
        size_t n = 0;
        if (!number(n) || rest.empty() || rest.front() != ':' || n > (64u << 20) || rest.size() < n + 2 ||
            rest[n + 1] != '\n')
            return false;
        s.assign(rest.substr(1, n));
        rest.remove_prefix(n + 2);
        return true;
    }
    bool stamp(FileStamp& st) {
        return number(st.size) && number(st.ino) && number(st.mtime_ns) && number(st.ctime_ns);
    }
};

StatIndex load_stat_index(const fs::path& p) {
    StatIndex idx;
    const auto body = unsealed(p);
    if (!body) return idx;
    Cursor in{*body};
    std::string magic;
    size_t count = 0;
    if (!in.text(magic) || magic != kStatMagic || !in.number(idx.written_ns) || !in.number(count)) return {};
    for (size_t i = 0; i < count; ++i) {
        std::string path;
        StatEntry e;
        if (!in.stamp(e.stamp) || !in.text(path) || !in.text(e.hash)) return {};
        idx.files.emplace(std::move(path), std::move(e));
    }
    if (!in.number(count)) return {};
    for (size_t i = 0; i < count; ++i) {
        std::string path, name;
        DirEntry d;
        size_t entries = 0;
        char kind = 0;
        if (!in.stamp(d.stamp) || !in.number(entries) || !in.text(path)) return {};
        for (size_t j = 0; j < entries; ++j) {
            if (!in.character(kind) || (kind != 'd' && kind != 'l' && kind != 'f') || !in.text(name)) return {};
            d.listing.entries.emplace_back(std::move(name), static_cast<DirListing::Kind>(kind));
        }
        idx.dirs.emplace(std::move(path), std::move(d));
    }
    return idx;
}

void store_stat_index(const fs::path& p, const StatIndex& idx) {
    if (p.empty()) return;
    std::error_code ec;
    fs::create_directories(p.parent_path(), ec);
    if (ec) return;
    std::ostringstream out;
    put(out, kStatMagic);
    out << idx.written_ns << ' ' << idx.files.size() << ' ';
    for (const auto& [path, e] : idx.files) {
        out << e.stamp.size << ' ' << e.stamp.ino << ' ' << e.stamp.mtime_ns << ' ' << e.stamp.ctime_ns << ' ';
        put(out, path);
        put(out, e.hash);
    }
    out << idx.dirs.size() << ' ';
    for (const auto& [path, d] : idx.dirs) {
        out << d.stamp.size << ' ' << d.stamp.ino << ' ' << d.stamp.mtime_ns << ' ' << d.stamp.ctime_ns << ' '
            << d.listing.entries.size() << ' ';
        put(out, path);
        for (const auto& [name, kind] : d.listing.entries) {
            out << static_cast<char>(kind);
            put(out, name);
        }
    }
    write_cache_file(p, out.str());
    prune(p.parent_path(), "stat-");
}

// Content hash of one file; empty when it cannot be read, or is not a regular file or too
// large to be a plan (the full check, which says why, runs then; a FIFO must not hang here).
std::string hash_file(const fs::path& p, const fs::path& real_root) {
    std::error_code ec;
    if (const fs::path real = fs::canonical(p, ec); ec || !is_within(real, real_root)) return {};  // never read
    std::string bytes;
    if (!read_regular_file(p, kMaxSourceBytes, bytes).ok()) return {};
    Hasher h;
    h.add(bytes);
    return h.hex();
}

// The directory listings of the index read, for the walk of the repository; collects the
// listings walked now for the index written.
class IndexMemo : public DirMemo {
public:
    // Entries still trusted move from `old` to `now` (the same node: nothing copied).
    IndexMemo(StatIndex& old, StatIndex& now, DirMemo* also) : old_(old), now_(now), also_(also) {}
    bool changed = false;  // some directory read again

    const DirListing* find(const fs::path& dir) override {
        // Stamped before it is read: a change while it is read shows as a new stamp next time.
        stamp_ = stamp_of(dir);
        reused_ = false;
        const auto it = old_.dirs.find(dir.string());
        if (stamp_ && it != old_.dirs.end() && stamp_trusted(it->second.stamp, *stamp_, old_.written_ns)) {
            auto node = old_.dirs.extract(it);
            const DirListing* listing = &node.mapped().listing;
            now_.dirs.insert(std::move(node));
            reused_ = true;
            return listing;
        }
        changed = true;
        return nullptr;
    }
    void keep(const fs::path& dir, const DirListing& listing) override {
        if (stamp_ && !reused_) now_.dirs.emplace(dir.string(), DirEntry{*stamp_, listing});
        if (also_) also_->keep(dir, listing);
    }

private:
    StatIndex& old_;
    StatIndex& now_;
    DirMemo* also_;  // also told every listing walked
    std::optional<FileStamp> stamp_;
    bool reused_ = false;
};

}  // namespace

bool stamp_trusted(const FileStamp& then, const FileStamp& now, int64_t written_ns) {
    constexpr int64_t kTick = 1000000000LL;  // coarser than any file system's time stamps
    return then == now && now.mtime_ns + kTick < written_ns && now.ctime_ns + kTick < written_ns;
}

std::string check_cache_key(const fs::path& root, FileKeys* keys, DirMemo* listings) {
    if (usable_cache_dir().empty()) return {};  // nowhere to keep results: not worth reading the files
    Hasher h;
    h.add(kMagic);
    h.add(build_identity());  // a rebuilt binary may check differently under the same version
    std::error_code ec;
    const std::string root_id = fs::absolute(root, ec).lexically_normal().string();
    h.add(root_id);
    // Unchanged files (same stamp as last time) are not read again: only changed ones are hashed.
    const fs::path real_root = fs::canonical(root, ec);
    if (ec) return {};
    const fs::path index_path = stat_index_path(root_id);
    StatIndex old = load_stat_index(index_path);
    StatIndex now;
    now.written_ns = now_ns();  // before any stat: what changes from now on is not trusted next time
    IndexMemo memo(old, now, listings);
    auto inputs = repository_inputs(root, &memo);
    if (!inputs) return {};
    bool changed = memo.changed || !old.dirs.empty();  // old keeps what was not walked now
    // Stamps first, on all cores: at national scale this is most of a warm run.
    std::vector<std::optional<FileStamp>> stamps(inputs->size());
    parallel_for(stamps.size(), [&](size_t i) { stamps[i] = stamp_of((*inputs)[i]); });
    for (size_t i = 0; i < inputs->size(); ++i) {
        const fs::path& p = (*inputs)[i];
        const auto& stamp = stamps[i];
        if (!stamp) return {};
        std::string path = p.string();
        h.add(path);
        const auto it = old.files.find(path);
        if (it != old.files.end() && stamp_trusted(it->second.stamp, *stamp, old.written_ns)) {
            h.add(it->second.hash);
            if (keys) keys->emplace(path, it->second.hash);
            now.files.insert(old.files.extract(it));
            continue;
        }
        std::string hash = hash_file(p, real_root);
        if (hash.empty()) return {};
        changed = true;
        h.add(hash);
        if (keys) keys->emplace(path, hash);
        now.files.insert_or_assign(std::move(path), StatEntry{*stamp, std::move(hash)});
    }
    // Rewritten when something changed or went, or while some entry is still too new to be trusted.
    if (changed || !old.files.empty()) store_stat_index(index_path, now);
    return h.hex();
}

std::optional<CheckResult> load_check_cache(const std::string& key) {
    const fs::path dir = cache_dir();
    if (key.empty() || dir.empty()) return std::nullopt;
    const auto body = unsealed(dir / ("check-" + key));
    if (!body) return std::nullopt;
    std::istringstream in(*body);
    std::string magic;
    CheckResult r;
    if (!get(in, magic) || magic != kMagic || !get(in, r.lang) || !(in >> r.files >> r.plans >> r.tasks) ||
        !read_diagnostics(in, r.diags))
        return std::nullopt;
    return r;
}

void store_check_cache(const std::string& key, const CheckResult& r) {
    const fs::path dir = cache_dir();
    if (key.empty() || dir.empty()) return;
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec) return;
    std::ostringstream out;
    put(out, kMagic);
    put(out, r.lang);
    out << r.files << ' ' << r.plans << ' ' << r.tasks << ' ';
    write_diagnostics(out, r.diags);
    write_cache_file(dir / ("check-" + key), out.str());
    prune(dir, "check-");
}

void write_diagnostics(std::ostream& out, const std::vector<Diagnostic>& diags) {
    out << diags.size() << ' ';
    for (const auto& d : diags) {
        out << d.line << ' ' << d.col << ' ' << d.message.args.size() << ' ';
        put(out, d.file);
        put(out, d.severity == Severity::warning ? "w" : d.severity == Severity::note ? "n" : "e");
        put(out, d.code);
        put(out, d.message.key);
        put(out, d.source_line);
        for (const auto& a : d.message.args) put(out, a);
    }
}

bool read_diagnostics(std::istream& in, std::vector<Diagnostic>& diags) {
    size_t count = 0;
    if (!(in >> count)) return false;
    for (size_t i = 0; i < count; ++i) {
        Diagnostic d;
        std::string sev;
        size_t nargs = 0;
        if (!(in >> d.line >> d.col >> nargs) || nargs > 64 || !get(in, d.file) || !get(in, sev) || !get(in, d.code) ||
            !get(in, d.message.key) || !get(in, d.source_line))
            return false;
        d.severity = sev == "w" ? Severity::warning : sev == "n" ? Severity::note : Severity::error;
        d.message.args.resize(nargs);
        for (auto& a : d.message.args)
            if (!get(in, a)) return false;
        diags.push_back(std::move(d));
    }
    return true;
}

}  // namespace cchc
