// Tests for lib/record/journal_append.cpp: where entries go, and that appending never rewrites
// what is there (bytes, comments, mode), refuses links out and broken journals.
#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "record/journal_append.hpp"
#include "yaml/messages.hpp"
#include "state/repository.hpp"

namespace fs = std::filesystem;
using namespace cchc;

namespace {

// A scratch repository root, removed at the end of the test.
struct TempRepo {
    fs::path root;
    fs::path journal;
    TempRepo() {
        static int counter = 0;
        root = fs::temp_directory_path() /
               ("cchc-test-append-" + std::to_string(::getpid()) + "-" + std::to_string(++counter));
        fs::remove_all(root);
        fs::create_directories(root / "plans/tinh/so");
        journal = root / "plans/tinh/so/journal/2024.yaml";
    }
    ~TempRepo() {
        std::error_code ec;
        fs::remove_all(root, ec);
    }
    void write(const fs::path& p, const std::string& text) const {
        fs::create_directories(p.parent_path());
        std::ofstream(p, std::ios::binary) << text;
    }
    AppendResult append(const std::string& line, bool dry_run = false) const {
        return append_journal_entry(AppendRequest{root, journal, line, dry_run});
    }
};

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

const std::string kLine = R"(- { date: 2024-03-05, task: kh#I.1, status: done, evidence: "CV 456" })";

}  // namespace

TEST_CASE("journal_for and the header of a new journal") {
    Repository repo;
    repo.root = "/r";
    SourceFile file;
    file.path = "plans/khanh-hoa/stttt/2024-x.yaml";
    Plan plan;
    plan.file = &file;
    CHECK(journal_for(repo, plan, 2024) == fs::path("/r/plans/khanh-hoa/stttt/journal/2024.yaml"));
    const std::string header = new_journal_header("/r", "/r/plans/khanh-hoa/stttt/journal/2024.yaml");
    CHECK(header.rfind("# yaml-language-server: $schema=../../../../schemas/journal.schema.json\n", 0) == 0);
    CHECK(header.find("append-only") != std::string::npos);
    CHECK(new_journal_header("/r/", "/r/./plans/a/journal/2024.yaml").find("=../../../schemas/") != std::string::npos);
}

TEST_CASE("a new journal gets its header, then the entry") {
    TempRepo t;
    const AppendResult r = t.append(kLine);
    REQUIRE(r.status == AppendResult::Status::written);
    CHECK(r.created);
    CHECK(r.shown == "plans/tinh/so/journal/2024.yaml");
    CHECK_FALSE(r.last_date);
    CHECK(slurp(t.journal) == new_journal_header(t.root, t.journal) + kLine + "\n");
    // The repository loader sees it, with no problem.
    t.write(t.root / "plans/tinh/so/agency.yaml", "name: Sở\n");
    Diagnostics diags;
    Repository repo = load_repository(t.root, diags);
    for (const auto& d : diags.items()) CHECK_MESSAGE(d.file.find("journal") == std::string::npos, d.code);
    REQUIRE(repo.journals.size() == 1);
    REQUIRE(repo.journals[0].entries.size() == 1);
    CHECK(repo.journals[0].entries[0].evidence.value == "CV 456");
    // No lock or temporary file is left beside it.
    int files = 0;
    for (const auto& e : fs::directory_iterator(t.journal.parent_path())) files += e.is_regular_file() ? 1 : 0;
    CHECK(files == 1);
}

TEST_CASE("existing bytes and comments are kept exactly") {
    TempRepo t;
    const std::string old = "# yaml-language-server: $schema=x\n# ghi chú đầu tệp\n"
                            "- { date: 2024-01-02, note: \"một\" }   # chú thích cuối dòng\n\n"
                            "- date: 2024-02-03\n  note: |\n    khối văn bản\n# ghi chú cuối, không xuống dòng";
    t.write(t.journal, old);
    const AppendResult r = t.append(kLine);
    REQUIRE(r.status == AppendResult::Status::written);
    CHECK_FALSE(r.created);
    REQUIRE(r.last_date);
    CHECK(*r.last_date == Date{2024, 2, 3});
    CHECK(slurp(t.journal) == old + "\n" + kLine + "\n");
    // A second entry goes after the first, with no extra line break.
    REQUIRE(t.append(kLine).status == AppendResult::Status::written);
    CHECK(slurp(t.journal) == old + "\n" + kLine + "\n" + kLine + "\n");
}

TEST_CASE("CRLF journals get CRLF; an empty file gets the header") {
    TempRepo t;
    t.write(t.journal, "- { date: 2024-01-02, note: \"một\" }\r\n");
    REQUIRE(t.append(kLine).status == AppendResult::Status::written);
    CHECK(slurp(t.journal) == "- { date: 2024-01-02, note: \"một\" }\r\n" + kLine + "\r\n");
    t.write(t.journal, "");
    REQUIRE(t.append(kLine).status == AppendResult::Status::written);
    CHECK(slurp(t.journal) == new_journal_header(t.root, t.journal) + kLine + "\n");
}

TEST_CASE("the file mode is kept") {
    TempRepo t;
    t.write(t.journal, "- { date: 2024-01-02, note: x }\n");
    fs::permissions(t.journal, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
    REQUIRE(t.append(kLine).status == AppendResult::Status::written);
    struct stat st {};
    REQUIRE(::stat(t.journal.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0640);
    if (::geteuid() != 0) {  // root may write anything: only a normal user sees the refusal
        fs::permissions(t.journal, fs::perms::owner_read);
        const std::string before = slurp(t.journal);
        CHECK(t.append(kLine).status == AppendResult::Status::failed);
        CHECK(slurp(t.journal) == before);
    }
}

TEST_CASE("a dry run checks everything and writes nothing") {
    TempRepo t;
    const AppendResult r = t.append(kLine, true);
    CHECK(r.status == AppendResult::Status::written);
    CHECK(r.created);
    CHECK_FALSE(fs::exists(t.journal.parent_path()));
    t.write(t.journal, "{ not: a list }\n");
    CHECK(t.append(kLine, true).status == AppendResult::Status::broken);
}

TEST_CASE("a broken journal is left alone") {
    TempRepo t;
    const std::vector<std::string> broken = {
        "- { date: 2024-01-02, note: \"unterminated }\n", "title: a mapping, not a list\n",
        "- { date: 2024-13-45, note: x }\n", "- { date: 2024-01-02, colour: red }\n",
        "- { date: 2024-01-02, note: \"\xff\" }\n"};
    for (const std::string& bad : broken) {
        CAPTURE(bad);
        t.write(t.journal, bad);
        const AppendResult r = t.append(kLine);
        CHECK(r.status == AppendResult::Status::broken);
        CHECK(r.message.key == "journal-broken");
        CHECK_FALSE(r.problems.empty());
        CHECK(slurp(t.journal) == bad);
    }
}

TEST_CASE("an append that would not read back as one more entry is refused") {
    TempRepo t;
    // After a document end marker the new line would start a second document nobody reads.
    const std::string old = "- { date: 2024-01-02, note: x }\n...\n";
    t.write(t.journal, old);
    AppendResult r = t.append(kLine);
    CHECK(r.status == AppendResult::Status::broken);
    CHECK(r.message.key == "journal-append-unreadable");
    CHECK(slurp(t.journal) == old);
    // A line that is not one entry.
    r = t.append(kLine + "\n" + kLine);
    CHECK(r.status == AppendResult::Status::broken);
    r = t.append("- { date: 2024-03-05, bogus: 1 }");
    CHECK(r.status == AppendResult::Status::broken);
    CHECK(slurp(t.journal) == old);
}

TEST_CASE("links out of the repository and odd files are refused") {
    TempRepo t;
    TempRepo outside;
    const fs::path target = outside.root / "elsewhere.yaml";
    outside.write(target, "- { date: 2024-01-02, note: x }\n");
    fs::create_directories(t.journal.parent_path());
    fs::create_symlink(target, t.journal);
    AppendResult r = t.append(kLine);
    CHECK(r.status == AppendResult::Status::refused);
    CHECK(r.message.key == "journal-outside");
    CHECK(slurp(target) == "- { date: 2024-01-02, note: x }\n");

    // The journal directory itself linked out.
    fs::remove(t.journal);
    fs::remove(t.journal.parent_path());
    fs::create_directory_symlink(outside.root, t.journal.parent_path());
    CHECK(t.append(kLine).status == AppendResult::Status::refused);
    fs::remove(t.journal.parent_path());

    // A link inside the repository is followed: the link stays, its target grows.
    const fs::path inner = t.root / "plans/tinh/so/journal/real.yaml";
    t.write(inner, "- { date: 2024-01-02, note: x }\n");
    fs::create_symlink("real.yaml", t.journal);
    REQUIRE(t.append(kLine).status == AppendResult::Status::written);
    CHECK(fs::is_symlink(t.journal));
    CHECK(slurp(inner) == "- { date: 2024-01-02, note: x }\n" + kLine + "\n");

    // A directory, a dangling link.
    fs::remove(t.journal);
    fs::create_directory(t.journal);
    r = t.append(kLine);
    CHECK(r.status == AppendResult::Status::refused);
    CHECK(r.message.key == "journal-not-regular");
    fs::remove(t.journal);
    fs::create_symlink("missing.yaml", t.journal);
    CHECK(t.append(kLine).status == AppendResult::Status::refused);
}

TEST_CASE("every message record and append can give is in the catalogue, in both languages") {
    for (const char* key : {"record-needs-due", "record-due-not-extended", "record-invalid-occurrence",
                            "record-invalid-text", "record-unknown-task-suggest", "record-ambiguous-task",
                            "record-unknown-event-suggest", "record-ambiguous-event", "record-written",
                            "record-dry-run", "record-date-future", "record-date-outside-plan", "record-needs-occurrence",
                            "record-occurrence-range", "record-occurrence-backwards", "record-unit-not-owing", "record-done-for-all", "journal-outside", "journal-not-regular",
                            "journal-io", "journal-broken", "journal-append-unreadable", "journal-unknown-task",
                            "journal-unknown-event", "invalid-value", "invalid-date"}) {
        CAPTURE(key);
        CHECK(has_message(key));
        const Message m{key, {"a", "b", "c", "d"}};
        CHECK(render(m, Lang::vi) != render(m, Lang::en));
        CHECK(render(m, Lang::vi).find('{') == std::string::npos);
    }
}
