// Tests for lib/check/check_cache.cpp's integrity: a damaged cache file is a miss, never a wrong
// answer. Every single bit of a small check-result file and of a stat index is flipped in
// turn; the result read back is either the one stored or none, and the key is unchanged.
#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>

#include "check/check_cache.hpp"

using namespace cchc;
namespace fs = std::filesystem;

namespace {

struct TempCache {
    fs::path dir = fs::temp_directory_path() / ("cchc-test-check-cache-" + std::to_string(::getpid()));
    std::string old;
    bool had = false;
    TempCache() {
        fs::remove_all(dir);
        fs::create_directories(dir / "repo" / "plans" / "t" / "a");
        if (const char* v = std::getenv("XDG_CACHE_HOME")) old = v, had = true;
        ::setenv("XDG_CACHE_HOME", (dir / "cache").c_str(), 1);
    }
    ~TempCache() {
        if (had) ::setenv("XDG_CACHE_HOME", old.c_str(), 1);
        else ::unsetenv("XDG_CACHE_HOME");
        std::error_code ec;
        fs::remove_all(dir, ec);
    }
};

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

void put(const fs::path& p, const std::string& bytes) { std::ofstream(p, std::ios::binary | std::ios::trunc) << bytes; }

fs::path only_entry(const fs::path& dir, const std::string& prefix) {
    fs::path found;
    int n = 0;
    for (const auto& e : fs::directory_iterator(dir))
        if (e.path().filename().string().rfind(prefix, 0) == 0) found = e.path(), ++n;
    REQUIRE(n == 1);
    return found;
}

bool same(const CheckResult& a, const CheckResult& b) {
    if (a.files != b.files || a.plans != b.plans || a.tasks != b.tasks || a.lang != b.lang || a.diags.size() != b.diags.size())
        return false;
    for (size_t i = 0; i < a.diags.size(); ++i) {
        const Diagnostic &x = a.diags[i], &y = b.diags[i];
        if (x.file != y.file || x.line != y.line || x.col != y.col || x.severity != y.severity || x.code != y.code ||
            x.message.key != y.message.key || x.message.args != y.message.args || x.source_line != y.source_line)
            return false;
    }
    return true;
}

}  // namespace

TEST_CASE("check cache: every single-bit flip of a result file is a miss or the same result, never another") {
    TempCache t;
    CheckResult r;
    r.files = 3, r.plans = 1, r.tasks = 2, r.lang = "vi";
    r.diags.push_back(Diagnostic{"plans/t/a/2024.yaml", 3, 1, Severity::error, "unknown-key", {"unknown-key", {"palce", "place"}}, "palce: x"});
    r.diags.push_back(Diagnostic{"plans/t/a/2024.yaml", 9, 7, Severity::warning, "duplicate-stt", {"duplicate-stt", {"1.1", "4"}}, "  stt: 1.1"});
    const std::string key = "0123456789abcdef0123456789abcdef";
    store_check_cache(key, r);
    const fs::path file = only_entry(t.dir / "cache" / "cchc", "check-");
    const std::string good = slurp(file);
    REQUIRE(good.size() > 100);
    REQUIRE(good.size() < 2000);  // small: every bit below is tried
    auto back = load_check_cache(key);
    REQUIRE(back);
    CHECK(same(*back, r));
    size_t misses = 0, wrong = 0;
    for (size_t byte = 0; byte < good.size(); ++byte)
        for (int bit = 0; bit < 8; ++bit) {
            std::string bad = good;
            bad[byte] = static_cast<char>(bad[byte] ^ (1 << bit));
            put(file, bad);
            const auto got = load_check_cache(key);
            if (!got) ++misses;
            else if (!same(*got, r)) ++wrong;
        }
    CHECK(wrong == 0);
    CHECK(misses == good.size() * 8);  // the seal catches every one
    // Cut short, or emptied: a miss too.
    put(file, good.substr(0, good.size() / 2));
    CHECK_FALSE(load_check_cache(key));
    put(file, "");
    CHECK_FALSE(load_check_cache(key));
}

TEST_CASE("check cache: a FIFO, a link or a directory in place of a cache file is a miss, at once") {
    TempCache t;
    CheckResult r;
    r.files = 1;
    const std::string key = "fedcba9876543210fedcba9876543210";
    store_check_cache(key, r);
    const fs::path file = only_entry(t.dir / "cache" / "cchc", "check-");
    const std::string good = slurp(file);
    fs::remove(file);
    REQUIRE(::mkfifo(file.c_str(), 0600) == 0);
    const auto start = std::chrono::steady_clock::now();
    CHECK_FALSE(load_check_cache(key));
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(1));
    fs::remove(file);
    put(t.dir / "elsewhere", good);
    fs::create_symlink(t.dir / "elsewhere", file);
    CHECK_FALSE(load_check_cache(key));  // never followed, even to a good entry
    fs::remove(file);
    fs::create_directory(file);
    CHECK_FALSE(load_check_cache(key));
}

TEST_CASE("stat index: every single-bit flip leaves the repository's key unchanged") {
    TempCache t;
    const fs::path repo = t.dir / "repo";
    put(repo / "plans" / "t" / "a" / "agency.yaml", "name: Sở\nunits: { VP: { name: Văn phòng } }\n");
    put(repo / "plans" / "t" / "a" / "2024.yaml", "title: A\nyear: 2024\n");
    // Files changed within a second of the index are hashed again anyway (the racy rule):
    // wait, so that the stamps and hashes stored are what the key is built from.
    std::this_thread::sleep_for(std::chrono::milliseconds(1100));
    const std::string key = check_cache_key(repo);
    REQUIRE_FALSE(key.empty());
    const fs::path index = only_entry(t.dir / "cache" / "cchc", "stat-");
    const std::string good = slurp(index);
    REQUIRE(good.size() < 2000);
    size_t changed = 0;
    for (size_t byte = 0; byte < good.size(); ++byte)
        for (int bit = 0; bit < 8; ++bit) {
            std::string bad = good;
            bad[byte] = static_cast<char>(bad[byte] ^ (1 << bit));
            put(index, bad);
            if (check_cache_key(repo) != key) ++changed;
        }
    CHECK(changed == 0);
    // A FIFO in its place: no hang, the same key, and a regular index written in its stead.
    fs::remove(index);
    REQUIRE(::mkfifo(index.c_str(), 0600) == 0);
    CHECK(check_cache_key(repo) == key);
    CHECK(fs::is_regular_file(fs::symlink_status(index)));
}

TEST_CASE("stat index: a stamp is trusted only when unchanged and older than the index by a tick") {
    const int64_t second = 1000000000LL, written = 1700000000 * second;
    const FileStamp old{120, 7, written - 5 * second, written - 5 * second};
    CHECK(stamp_trusted(old, old, written));
    for (auto changed : {FileStamp{121, 7, old.mtime_ns, old.ctime_ns}, FileStamp{120, 8, old.mtime_ns, old.ctime_ns},
                         FileStamp{120, 7, old.mtime_ns + 1, old.ctime_ns}, FileStamp{120, 7, old.mtime_ns, old.ctime_ns + 1}})
        CHECK_FALSE(stamp_trusted(old, changed, written));
    // Racy: changed in the same tick as the index was written (or later, by a clock that moved
    // back), the same stamp may hide other bytes.
    for (int64_t at : {written, written - 1, written - second / 2, written - second, written + second}) {
        const FileStamp racy{120, 7, at, at};
        CHECK_FALSE(stamp_trusted(racy, racy, written));
        const FileStamp ctime_racy{120, 7, old.mtime_ns, at};
        CHECK_FALSE(stamp_trusted(ctime_racy, ctime_racy, written));
    }
}

TEST_CASE("stat index: files added to or removed from a directory whose listing is kept change the key") {
    TempCache t;
    const fs::path repo = t.dir / "repo", dir = repo / "plans" / "t" / "a";
    put(dir / "agency.yaml", "name: Sở\nunits: { VP: { name: Văn phòng } }\n");
    put(dir / "2024.yaml", "title: A\nyear: 2024\n");
    std::this_thread::sleep_for(std::chrono::milliseconds(1100));
    const std::string key = check_cache_key(repo);
    REQUIRE_FALSE(key.empty());
    std::this_thread::sleep_for(std::chrono::milliseconds(1100));
    CHECK(check_cache_key(repo) == key);  // every listing trusted now
    // Added right after the index was written (the directory's stamp is racy) ...
    put(dir / "2025.yaml", "title: B\nyear: 2025\n");
    const std::string added = check_cache_key(repo);
    CHECK(added != key);
    CHECK(check_cache_key(repo) == added);
    // ... and long after (the listing kept was trusted): a new subdirectory, then removals.
    std::this_thread::sleep_for(std::chrono::milliseconds(1100));
    CHECK(check_cache_key(repo) == added);
    fs::create_directories(dir / "sub");
    put(dir / "sub" / "2026.yaml", "title: C\nyear: 2026\n");
    const std::string deeper = check_cache_key(repo);
    CHECK(deeper != added);
    fs::remove_all(dir / "sub");
    CHECK(check_cache_key(repo) == added);
    fs::remove(dir / "2025.yaml");
    CHECK(check_cache_key(repo) == key);
}
