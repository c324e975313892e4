// Tests for lib/io/atomic_write.cpp: a file replaced whole, its mode kept, no temporary file
// left, and the system's reason when it cannot be written.
#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "support.hpp"
#include "io/atomic_write.hpp"

using namespace cchc;
namespace fs = std::filesystem;

namespace {

using TempDir = test::TempDir;

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

size_t entries(const fs::path& dir) {
    size_t n = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) ++n;
    return n;
}

}  // namespace

TEST_CASE("write_file_atomically: creates, then replaces the whole file, leaving nothing else") {
    TempDir t;
    const fs::path f = t.path / "bao-cao.md";
    CHECK(write_file_atomically(f.string(), std::string(100000, 'x')) == "");
    CHECK(slurp(f).size() == 100000);
    CHECK(write_file_atomically(f.string(), "# Báo cáo\n") == "");
    CHECK(slurp(f) == "# Báo cáo\n");
    CHECK(entries(t.path) == 1);
}

TEST_CASE("write_file_atomically: an existing file keeps its permission bits") {
    TempDir t;
    const fs::path f = t.path / "r.md";
    REQUIRE(write_file_atomically(f.string(), "a") == "");
    REQUIRE(::chmod(f.c_str(), 0640) == 0);
    REQUIRE(write_file_atomically(f.string(), "b") == "");
    struct stat st {};
    REQUIRE(::stat(f.c_str(), &st) == 0);
    CHECK((st.st_mode & 07777) == 0640);
}

TEST_CASE("write_file_atomically: the reason when it cannot write") {
    TempDir t;
    CHECK(write_file_atomically((t.path / "no-such-dir" / "r.md").string(), "x") == "No such file or directory");
    CHECK(write_file_atomically(t.path.string(), "x") == "Is a directory");
    CHECK(write_file_atomically((t.path.string() + "/"), "x") == "Is a directory");
    CHECK(write_file_atomically("", "x") != "");
    REQUIRE(write_file_atomically((t.path / "plain").string(), "x") == "");
    CHECK(write_file_atomically((t.path / "plain" / "r.md").string(), "x") == "Not a directory");
    CHECK(entries(t.path) == 1);
}

TEST_CASE("write_file_atomically: only a new path or a regular file; links, devices and FIFOs refused untouched") {
    TempDir t;
    const fs::path outside = t.path / "outside.md";
    REQUIRE(write_file_atomically(outside.string(), "ngoài") == "");
    fs::create_symlink(outside, t.path / "link.md");
    CHECK(write_file_atomically((t.path / "link.md").string(), "x") == "not a regular file");
    CHECK(fs::is_symlink(t.path / "link.md"));
    CHECK(slurp(outside) == "ngoài");
    fs::create_symlink(t.path / "nowhere.md", t.path / "dangling.md");
    CHECK(write_file_atomically((t.path / "dangling.md").string(), "x") == "not a regular file");
    CHECK_FALSE(fs::exists(t.path / "nowhere.md"));
    REQUIRE(::mkfifo((t.path / "fifo").c_str(), 0600) == 0);
    CHECK(write_file_atomically((t.path / "fifo").string(), "x") == "not a regular file");
    CHECK(fs::is_fifo(t.path / "fifo"));
    CHECK(write_file_atomically("/dev/null", "x") == "not a regular file");
    CHECK(fs::is_character_file("/dev/null"));
    CHECK(entries(t.path) == 4);  // outside.md, link.md, dangling.md, fifo: no temporary left
}

TEST_CASE("write_file_atomically: a file without write bits is refused, also for root") {
    TempDir t;
    const fs::path f = t.path / "ro.md";
    REQUIRE(write_file_atomically(f.string(), "cũ") == "");
    REQUIRE(::chmod(f.c_str(), 0444) == 0);
    CHECK(write_file_atomically(f.string(), "mới") == "Permission denied");
    CHECK(slurp(f) == "cũ");
    struct stat st {};
    bool exists = false;
    CHECK(writable_regular_file(f, st, exists) == EACCES);
    CHECK(exists);
    CHECK(writable_regular_file(t.path / "new.md", st, exists) == 0);
    CHECK_FALSE(exists);
}

TEST_CASE("temporary files: recognised by name; stale ones removed, a live writer's kept") {
    CHECK(is_temporary_name(".2024.yaml.tmp-123-0"));
    CHECK(is_temporary_name(".r.md.tmp-99999-42"));
    for (const char* no : {"2024.yaml", ".2024.yaml", ".x.tmp", ".x.tmp-", ".x.tmp-12", ".x.tmp-12-", ".x.tmp-a-1",
                           ".x.tmp-0-1", "x.tmp-12-1", ".x.tmp-12-1b"})
        CHECK_FALSE(is_temporary_name(no));
    TempDir t;
    auto touch = [&](const std::string& name) { std::ofstream(t.path / name) << "x"; };
    touch(".r.md.tmp-999999-0");                                    // a process long gone
    touch(".r.md.tmp-" + std::to_string(::getppid()) + "-0");       // a live process: may be mid-write
    touch(".ghi-chu.tmp");                                          // not ours
    touch("r.md");
    CHECK(remove_stale_temporaries(t.path, false) == 1);
    CHECK(entries(t.path) == 3);
    CHECK(remove_stale_temporaries(t.path, true) == 1);  // under the directory lock: every one
    CHECK(entries(t.path) == 2);
    CHECK(fs::exists(t.path / ".ghi-chu.tmp"));
    CHECK(fs::exists(t.path / "r.md"));
}

TEST_CASE("temporary files: with a target's name, only that target's stale ones are removed") {
    TempDir t;
    auto touch = [&](const std::string& name) { std::ofstream(t.path / name) << "x"; };
    touch(".r.md.tmp-999999-0");      // ours, of a process long gone
    touch(".other.csv.tmp-999999-0");  // a look-alike of another target: not ours to remove
    CHECK(remove_stale_temporaries(t.path, false, "r.md") == 1);
    CHECK_FALSE(fs::exists(t.path / ".r.md.tmp-999999-0"));
    CHECK(fs::exists(t.path / ".other.csv.tmp-999999-0"));
    CHECK(remove_stale_temporaries(t.path, true, "r.md") == 0);  // even under the lock
    CHECK(fs::exists(t.path / ".other.csv.tmp-999999-0"));
}

TEST_CASE("write_file_atomically: a new file is rw-r--r-- less the umask, never 0600") {
    TempDir t;
    const mode_t old_mask = ::umask(022);
    REQUIRE(write_file_atomically((t.path / "a.md").string(), "x") == "");
    ::umask(077);
    REQUIRE(write_file_atomically((t.path / "b.md").string(), "x") == "");
    ::umask(old_mask);
    struct stat st {};
    REQUIRE(::stat((t.path / "a.md").c_str(), &st) == 0);
    CHECK((st.st_mode & 07777) == 0644);
    REQUIRE(::stat((t.path / "b.md").c_str(), &st) == 0);
    CHECK((st.st_mode & 07777) == 0600);
}

TEST_CASE("write_output_atomically: content written through temp_path() by another hand; a failure puts nothing in place") {
    TempDir t;
    const fs::path f = t.path / "r.docx";
    CHECK(write_output_atomically(f.string(), [](AtomicWriter& w) {
              std::ofstream(w.temp_path()) << "từ tiến trình khác";
              return std::string();
          }) == "");
    CHECK(slurp(f) == "từ tiến trình khác");
    CHECK(write_output_atomically(f.string(), [](AtomicWriter& w) {
              std::ofstream(w.temp_path()) << "nửa chừng";
              return std::string("pandoc failed");
          }) == "pandoc failed");
    CHECK(slurp(f) == "từ tiến trình khác");
    CHECK(entries(t.path) == 1);  // no temporary left
}
