// Tests for lib/atomic_write.cpp: a file replaced whole, its mode kept, no temporary file
// left, and the system's reason when it cannot be written.
#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "cchc/atomic_write.hpp"

using namespace cchc;
namespace fs = std::filesystem;

namespace {

struct TempDir {
    fs::path path;
    TempDir() {
        std::string tmpl = (fs::temp_directory_path() / "cchc-atomic-XXXXXX").string();
        path = ::mkdtemp(tmpl.data());
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
};

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
