// Tests for lib/ics.cpp: RFC 5545 escaping, folding at 75 octets without splitting a UTF-8
// character, CRLF line ends, and the VTODOs of a due report (the fixture repository).
#include <doctest/doctest.h>

#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "cchc/calendar_settings.hpp"
#include "cchc/ics.hpp"
#include "cchc/repository.hpp"

using namespace cchc;

namespace {

// Physical lines without their CRLF; fails on a bare LF or CR.
std::vector<std::string> crlf_lines(const std::string& s) {
    std::vector<std::string> out;
    size_t start = 0;
    while (start < s.size()) {
        const size_t end = s.find("\r\n", start);
        REQUIRE(end != std::string::npos);  // the last line ends with CRLF too
        out.push_back(s.substr(start, end - start));
        CHECK(out.back().find('\n') == std::string::npos);
        CHECK(out.back().find('\r') == std::string::npos);
        start = end + 2;
    }
    return out;
}

bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// RFC 5545 §3.1 unfolding.
std::string unfold(const std::string& s) {
    std::string out;
    for (const auto& line : crlf_lines(s)) out += line.empty() || line[0] != ' ' ? (out.empty() ? "" : "\n") + line : line.substr(1);
    return out;
}

const Repository& fixture() {
    static const Repository repo = [] {
        Diagnostics diags;
        return load_repository(std::filesystem::path(CCHC_SOURCE_DIR) / "tests/e2e/fixtures/due", diags);
    }();
    return repo;
}

DueReport fixture_report(int window = 30) {
    DueQuery q;
    q.as_of = Date{2024, 6, 10};
    q.window = window;
    return compute_due(fixture(), calendar_for(fixture().settings), q);
}

}  // namespace

TEST_CASE("ics_escape: backslash, semicolon, comma and newline; CR dropped; colon kept") {
    CHECK(ics_escape("a,b;c\\d\ne\r\nf") == "a\\,b\\;c\\\\d\\ne\\nf");
    CHECK(ics_escape("Kế hoạch: 15/12") == "Kế hoạch: 15/12");
    CHECK(ics_escape("").empty());
}

TEST_CASE("ics_fold: at most 75 octets a line, CRLF, a space starts each continuation") {
    CHECK(ics_fold("BEGIN:VTODO") == "BEGIN:VTODO\r\n");
    const std::string a75(75, 'a');
    CHECK(ics_fold(a75) == a75 + "\r\n");
    CHECK(ics_fold(a75 + "b") == a75 + "\r\n b\r\n");
    // A continuation holds 74 octets after its space.
    const std::string long_ascii(75 + 74 + 10, 'x');
    const auto lines = crlf_lines(ics_fold(long_ascii));
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].size() == 75);
    CHECK(lines[1].size() == 75);
    CHECK(lines[2] == " " + std::string(10, 'x'));
    CHECK(ics_fold("").empty() == false);
    CHECK(ics_fold("") == "\r\n");
}

TEST_CASE("ics_fold: never splits a UTF-8 character") {
    // 74 ASCII octets, then "ệ" (3 octets): it does not fit on the first line.
    const std::string s = std::string(74, 'a') + "ệ";
    CHECK(ics_fold(s) == std::string(74, 'a') + "\r\n ệ\r\n");
    // Long Vietnamese text, 2-, 3- and 4-octet characters at every offset.
    for (int shift = 0; shift < 4; ++shift) {
        std::string text = "SUMMARY:" + std::string(shift, '-');
        for (int k = 0; k < 30; ++k) text += "Đường dây nóng hỗ trợ 😀 ";
        CAPTURE(shift);
        const std::string folded = ics_fold(text);
        for (const auto& line : crlf_lines(folded)) {
            CHECK(line.size() <= 75);
            REQUIRE_FALSE(line.empty());
            const size_t first = line[0] == ' ' ? 1 : 0;
            REQUIRE(line.size() > first);
            CHECK_FALSE(is_continuation(static_cast<unsigned char>(line[first])));
        }
        CHECK(unfold(folded) == text);
    }
}

TEST_CASE("due_ics: a VCALENDAR of VTODOs, every line CRLF and at most 75 octets") {
    const DueReport r = fixture_report();
    const std::string ics = due_ics(r, Lang::vi, "20240610T010203Z");
    const auto lines = crlf_lines(ics);
    REQUIRE(lines.size() > 4);
    CHECK(lines.front() == "BEGIN:VCALENDAR");
    CHECK(lines[1] == "VERSION:2.0");
    CHECK(lines.back() == "END:VCALENDAR");
    for (const auto& l : lines) CHECK(l.size() <= 75);

    size_t dated = 0;
    for (const auto& i : r.items) dated += i.due ? 1 : 0;
    // Per VTODO: UID, DTSTAMP, DUE as a date, SUMMARY.
    const std::string text = unfold(ics);
    std::vector<std::string> todos;
    for (size_t at = text.find("BEGIN:VTODO\n"); at != std::string::npos; at = text.find("BEGIN:VTODO\n", at + 1))
        todos.push_back(text.substr(at, text.find("END:VTODO", at) - at));
    CHECK(todos.size() == dated);
    for (const auto& t : todos) {
        CAPTURE(t);
        CHECK(t.find("\nUID:") != std::string::npos);
        CHECK(t.find("\nDTSTAMP:20240610T010203Z\n") != std::string::npos);
        CHECK(t.find("\nSUMMARY:") != std::string::npos);
        const size_t due = t.find("\nDUE;VALUE=DATE:");
        REQUIRE(due != std::string::npos);
        const std::string value = t.substr(due + 16, t.find('\n', due + 1) - due - 16);
        CHECK(value.size() == 8);
        CHECK(value.find_first_not_of("0123456789") == std::string::npos);
    }
    CHECK(text.find("UID:test/stn/2024-kiem-thu#hang-thang@2024-02@cchc\n") != std::string::npos);
    CHECK(text.find("DTSTART;VALUE=DATE:20240201\nDUE;VALUE=DATE:20240229\n") != std::string::npos);
    CHECK(text.find("SUMMARY:1 Nhiệm vụ có hạn một ngày\n") != std::string::npos);
    CHECK(text.find("DESCRIPTION:Kế hoạch: test/stn/2024-kiem-thu\\nThời gian thực hiện: Tháng 3\\, Tháng 9\\n") !=
          std::string::npos);
}

TEST_CASE("due_ics: every VTODO has its own UID") {
    // cac-moc lists an overdue milestone (14/05) and the next one (04/07): two to-dos.
    const std::string text = unfold(due_ics(fixture_report(), Lang::vi, "20240610T010203Z"));
    std::multiset<std::string> uids;
    for (size_t at = text.find("\nUID:"); at != std::string::npos; at = text.find("\nUID:", at + 1))
        uids.insert(text.substr(at + 5, text.find('\n', at + 1) - at - 5));
    for (const auto& u : uids) {
        CAPTURE(u);
        CHECK(uids.count(u) == 1);
    }
}

TEST_CASE("due_ics: the due-soon category names the report's window") {
    const std::string text = unfold(due_ics(fixture_report(10), Lang::vi, "20240610T010203Z"));
    CHECK(text.find("CATEGORIES:Đến hạn trong 10 ngày tới\n") != std::string::npos);
    CHECK(text.find("CATEGORIES:Đến hạn trong 30 ngày tới\n") == std::string::npos);
}
