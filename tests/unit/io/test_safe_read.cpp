// Tests for lib/io/safe_read.cpp and the refusals of read_source_file: only regular files are
// read, never a FIFO, device or socket (which could block or never end), never a link out of
// the repository; the size limit holds.
#include <doctest/doctest.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>

#include "support.hpp"
#include "io/safe_read.hpp"
#include "yaml/source.hpp"

using namespace cchc;
namespace fs = std::filesystem;

namespace {

using TempDir = test::TempDir;

}  // namespace

TEST_CASE("read_regular_file: a regular file whole; the limit; FIFO, device, socket refused without blocking") {
    TempDir t;
    std::ofstream(t.path / "a.yaml") << "title: A\n";
    std::string out;
    CHECK(read_regular_file(t.path / "a.yaml", 100, out).ok());
    CHECK(out == "title: A\n");
    const SafeRead big = read_regular_file(t.path / "a.yaml", 4, out);
    CHECK(big.status == SafeRead::Status::too_large);
    CHECK(big.size == 9);
    CHECK(out.empty());
    const auto start = std::chrono::steady_clock::now();
    REQUIRE(::mkfifo((t.path / "fifo.yaml").c_str(), 0600) == 0);
    CHECK(read_regular_file(t.path / "fifo.yaml", 100, out).status == SafeRead::Status::not_regular);
    CHECK(file_kind(t.path / "fifo.yaml") == "FIFO");
    CHECK(read_regular_file("/dev/zero", 100, out).status == SafeRead::Status::not_regular);
    CHECK(file_kind("/dev/zero") == "device");
    const int sock = ::socket(AF_UNIX, SOCK_STREAM, 0);
    REQUIRE(sock >= 0);
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    const std::string sock_path = (t.path / "s.yaml").string();
    REQUIRE(sock_path.size() < sizeof addr.sun_path);
    std::copy(sock_path.begin(), sock_path.end(), addr.sun_path);
    REQUIRE(::bind(sock, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
    CHECK(read_regular_file(sock_path, 100, out).status == SafeRead::Status::not_regular);
    CHECK(file_kind(sock_path) == "socket");
    ::close(sock);
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(1));
    CHECK(read_regular_file(t.path / "missing.yaml", 100, out).status == SafeRead::Status::error);
}

TEST_CASE("read_regular_file: a file is held in a buffer of its size, not a margin more") {
    TempDir t;
    // Larger than one read of the probe (4 KiB) and than the margin reads once grew by (64 KiB).
    std::string text;
    for (int i = 0; text.size() < 200 * 1024; ++i) text += "- dòng " + std::to_string(i) + "\n";
    std::ofstream(t.path / "big.yaml") << text;
    std::ofstream(t.path / "empty.yaml");
    std::string out;
    REQUIRE(read_regular_file(t.path / "big.yaml", kMaxSourceBytes, out).ok());
    CHECK(out == text);
    CHECK(out.capacity() < text.size() + 4096);  // 2,400 files once kept 64 KiB each unused
    REQUIRE(read_regular_file(t.path / "empty.yaml", kMaxSourceBytes, out).ok());
    CHECK(out.empty());
    // A file just over the limit is still refused by its size.
    CHECK(read_regular_file(t.path / "big.yaml", text.size() - 1, out).status == SafeRead::Status::too_large);
    CHECK(read_regular_file(t.path / "big.yaml", text.size(), out).ok());
}

TEST_CASE("read_regular_file: a link is followed, or refused when links are not to be followed") {
    TempDir t;
    std::ofstream(t.path / "a") << "x";
    fs::create_symlink(t.path / "a", t.path / "link");
    std::string out;
    CHECK(read_regular_file(t.path / "link", 100, out).ok());
    CHECK(read_regular_file(t.path / "link", 100, out, false).status == SafeRead::Status::not_regular);
}

TEST_CASE("read_source_file: a link out of the root is outside-root at 1:1, its content never read") {
    TempDir t;
    fs::create_directories(t.path / "repo" / "plans");
    std::ofstream(t.path / "secret.yaml") << "mật khẩu: 123\n";
    std::ofstream(t.path / "repo" / "plans" / "in.yaml") << "title: A\n";
    fs::create_symlink(t.path / "secret.yaml", t.path / "repo" / "plans" / "out.yaml");
    fs::create_symlink("in.yaml", t.path / "repo" / "plans" / "inside.yaml");
    Diagnostics d;
    CHECK(read_source_file(t.path / "repo" / "plans" / "out.yaml", "plans/out.yaml", d, t.path / "repo") == nullptr);
    REQUIRE(d.items().size() == 1);
    CHECK(d.items()[0].code == "outside-root");
    CHECK(d.items()[0].line == 1);
    CHECK(d.items()[0].col == 1);
    CHECK(d.items()[0].source_line.empty());
    CHECK(d.items()[0].message.args == std::vector<std::string>{"plans/out.yaml"});
    // A link that stays inside is read; so is any file without a root to keep to.
    CHECK(read_source_file(t.path / "repo" / "plans" / "inside.yaml", "plans/inside.yaml", d, t.path / "repo") != nullptr);
    CHECK(read_source_file(t.path / "repo" / "plans" / "out.yaml", "plans/out.yaml", d) != nullptr);
    CHECK(d.items().size() == 1);
}

TEST_CASE("read_source_file: a FIFO or device is not-a-regular-file at 1:1; binary and too large are located") {
    TempDir t;
    REQUIRE(::mkfifo((t.path / "f.yaml").c_str(), 0600) == 0);
    Diagnostics d;
    CHECK(read_source_file(t.path / "f.yaml", "f.yaml", d) == nullptr);
    CHECK(read_source_file("/dev/zero", "z.yaml", d) == nullptr);
    REQUIRE(d.items().size() == 2);
    for (const auto& x : d.items()) {
        CHECK(x.code == "not-a-regular-file");
        CHECK(x.line == 1);
    }
    CHECK(d.items()[0].message.args[1] == "FIFO");
    CHECK(d.items()[1].message.args[1] == "device");
    Diagnostics b;
    CHECK(source_from_text(std::string("title: A\nyear: 2\0\n", 18), "b.yaml", b) == nullptr);
    REQUIRE(b.items().size() == 1);
    CHECK(b.items()[0].code == "binary-file");
    CHECK(b.items()[0].line == 2);
    CHECK(b.items()[0].col == 8);
    Diagnostics big;
    CHECK(source_from_text(std::string(kMaxSourceBytes + 1, 'a'), "big.yaml", big) == nullptr);
    REQUIRE(big.items().size() == 1);
    CHECK(big.items()[0].line == 1);
}

TEST_CASE("SourceFile::release_text: lines read again from the file, none once it changed") {
    TempDir t;
    const fs::path p = t.path / "plan.yaml";
    std::ofstream(p) << "\xEF\xBB\xBFtitle: A\nyear: 2024\n";  // a BOM, dropped on both reads
    Diagnostics diags;
    auto file = read_source_file(p, "plan.yaml", diags);
    REQUIRE(file);
    file->release_text(p);
    CHECK(file->text.empty());
    CHECK(file->line(2) == "year: 2024");
    CHECK(file->char_column(2, 6) == 7);

    auto edited = read_source_file(p, "plan.yaml", diags);
    REQUIRE(edited);
    edited->release_text(p);
    std::ofstream(p) << "title: B\nyear: 2025\n";  // the same size, other bytes
    CHECK(edited->line(2).empty());
    CHECK(edited->line(1).empty());
    CHECK(diags.items().empty());
}

TEST_CASE("SourceFile::unread: a file known only by its fingerprint shows its lines, none once it changed") {
    TempDir t;
    const fs::path p = t.path / "plan.yaml";
    std::ofstream(p) << "title: A\r\nyear: 2024\n";
    Diagnostics diags;
    std::string key;
    auto read = read_source_file(p, "plan.yaml", diags, {}, &key);
    REQUIRE(read);
    CHECK(key.size() == 32);  // the hash of the bytes as read: what the stat index keeps
    const SourceFile::Fingerprint print = read->fingerprint();
    read->release_text(p);
    CHECK(read->fingerprint().size == print.size);  // released, it is still the same text
    CHECK(read->fingerprint().hash == print.hash);

    auto unread = SourceFile::unread("plan.yaml", p, print);
    CHECK(unread->path == "plan.yaml");
    CHECK(unread->text.empty());
    CHECK(unread->line(1) == "title: A");  // the CR of CRLF is not part of the line
    CHECK(unread->line(2) == "year: 2024");
    CHECK(unread->line(3).empty());
    CHECK(unread->line_count() == 3);

    auto stale = SourceFile::unread("plan.yaml", p, print);
    std::ofstream(p) << "title: B\r\nyear: 2025\n";  // the same size, other bytes
    CHECK(stale->line(1).empty());
    CHECK(stale->line_count() == 0);
    std::string other;
    REQUIRE(read_source_file(p, "plan.yaml", diags, {}, &other));
    CHECK(other != key);
    CHECK(diags.items().empty());
}
