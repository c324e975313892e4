#include "check/check_cache.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <unordered_map>

#include "io/atomic_write.hpp"
#include "io/cache_dir.hpp"
#include "io/content_hash.hpp"
#include "state/repository.hpp"
#include "io/safe_read.hpp"
#include "yaml/source.hpp"

namespace fs = std::filesystem;

namespace cchc {

namespace {

constexpr const char* kMagic = "cchc-check-cache 3";
constexpr const char* kStatMagic = "cchc-stat-index 2";

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
// disk, a bit flip, an edit) makes it a miss, never a wrong answer. A single changed word of
// the rest always changes the hash (each step of the hash is a bijection of its state).
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

// What stat() says of a file: when all of it is unchanged, so are the bytes (as git and make
// assume), and the stored hash of the file is used without reading it.
struct FileStamp {
    uint64_t size = 0, ino = 0;
    int64_t mtime_ns = 0, ctime_ns = 0;
    bool operator==(const FileStamp&) const = default;
};

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

// Per repository: each input's stamp and content hash, from the last keyed run. Written at
// `written_ns`; a file changed in the same clock tick as that write could keep its stamp, so
// entries modified less than a second before it are not trusted (git's "racy" rule).
struct StatIndex {
    int64_t written_ns = 0;
    std::unordered_map<std::string, StatEntry> files;
};

fs::path stat_index_path(const std::string& root_id) {
    const fs::path dir = cache_dir();
    if (dir.empty()) return {};
    Hasher h;
    h.add(kStatMagic);
    h.add(root_id);
    return dir / ("stat-" + h.hex());
}

StatIndex load_stat_index(const fs::path& p) {
    StatIndex idx;
    const auto body = unsealed(p);
    if (!body) return idx;
    std::istringstream in(*body);
    std::string magic;
    size_t count = 0;
    if (!in || !get(in, magic) || magic != kStatMagic || !(in >> idx.written_ns >> count)) return {};
    for (size_t i = 0; i < count; ++i) {
        std::string path;
        StatEntry e;
        if (!(in >> e.stamp.size >> e.stamp.ino >> e.stamp.mtime_ns >> e.stamp.ctime_ns) || !get(in, path) ||
            !get(in, e.hash))
            return {};
        idx.files.emplace(std::move(path), std::move(e));
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

}  // namespace

std::string check_cache_key(const fs::path& root) {
    if (usable_cache_dir().empty()) return {};  // nowhere to keep results: not worth reading the files
    auto inputs = repository_inputs(root);
    if (!inputs) return {};
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
    const StatIndex old = load_stat_index(index_path);
    StatIndex now;
    now.written_ns = now_ns();
    bool changed = false;
    for (const auto& p : *inputs) {
        const auto stamp = stamp_of(p);
        if (!stamp) return {};
        const auto it = old.files.find(p.string());
        const bool trusted = it != old.files.end() && it->second.stamp == *stamp &&
                             stamp->mtime_ns + 1000000000LL < old.written_ns &&
                             stamp->ctime_ns + 1000000000LL < old.written_ns;
        std::string hash = trusted ? it->second.hash : hash_file(p, real_root);
        if (hash.empty()) return {};
        changed = changed || !trusted;
        h.add(p.string());
        h.add(hash);
        now.files.emplace(p.string(), StatEntry{*stamp, std::move(hash)});
    }
    // Rewritten when something changed, or while some entry is still too new to be trusted.
    if (changed || old.files.size() != now.files.size()) store_stat_index(index_path, now);
    return h.hex();
}

std::optional<CheckResult> load_check_cache(const std::string& key) {
    const fs::path dir = cache_dir();
    if (key.empty() || dir.empty()) return std::nullopt;
    const auto body = unsealed(dir / ("check-" + key));
    if (!body) return std::nullopt;
    std::istringstream in(*body);
    std::string magic, field;
    CheckResult r;
    size_t count = 0;
    if (!get(in, magic) || magic != kMagic || !get(in, r.lang) || !(in >> r.files >> r.plans >> r.tasks >> count))
        return std::nullopt;
    for (size_t i = 0; i < count; ++i) {
        Diagnostic d;
        std::string sev;
        size_t nargs = 0;
        if (!(in >> d.line >> d.col >> nargs) || !get(in, d.file) || !get(in, sev) || !get(in, d.code) ||
            !get(in, d.message.key) || !get(in, d.source_line))
            return std::nullopt;
        d.severity = sev == "w" ? Severity::warning : Severity::error;
        d.message.args.resize(nargs);
        for (auto& a : d.message.args)
            if (!get(in, a)) return std::nullopt;
        r.diags.push_back(std::move(d));
    }
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
    out << r.files << ' ' << r.plans << ' ' << r.tasks << ' ' << r.diags.size() << ' ';
    for (const auto& d : r.diags) {
        out << d.line << ' ' << d.col << ' ' << d.message.args.size() << ' ';
        put(out, d.file);
        put(out, d.severity == Severity::warning ? "w" : "e");
        put(out, d.code);
        put(out, d.message.key);
        put(out, d.source_line);
        for (const auto& a : d.message.args) put(out, a);
    }
    write_cache_file(dir / ("check-" + key), out.str());
    prune(dir, "check-");
}

}  // namespace cchc
