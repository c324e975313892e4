// Tests for lib/table.cpp: aligned terminal tables (display width), the flexible column,
// CSV quoting and Markdown escaping.
#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include "cchc/table.hpp"
#include "cchc/text.hpp"

using namespace cchc;

namespace {
std::vector<std::string> lines(const std::string& s) {
    std::vector<std::string> out;
    std::istringstream in(s);
    for (std::string l; std::getline(in, l);) out.push_back(l);
    return out;
}
}  // namespace

TEST_CASE("columns line up by display width, not bytes") {
    Table t{{"mã", "tên", "ghi chú"}, {{"VP", "Văn phòng Sở", "x"}, {"CNTT", "Phòng CNTT", "Đ"}}, -1};
    const std::string out = render_table(t, 0);
    CHECK(out ==
          "mã    tên           ghi chú\n"
          "----  ------------  -------\n"
          "VP    Văn phòng Sở  x\n"
          "CNTT  Phòng CNTT    Đ\n");
}

TEST_CASE("decomposed text is aligned like composed text") {
    Table t{{"a", "b"}, {{"Va\xCC\x86n", "1"}, {"Văn", "2"}, {"abcd", "3"}}, -1};
    const auto l = lines(render_table(t, 0));
    REQUIRE(l.size() == 5);
    CHECK(nfc(l[2]) == "Văn   1");
    CHECK(display_width(l[2]) == 7);
    CHECK(l[3] == "Văn   2");
    CHECK(l[4] == "abcd  3");
}

TEST_CASE("newlines and tabs in cells become spaces; no trailing spaces") {
    Table t{{"id", "task"}, {{"1", "dòng một\ndòng\thai"}, {"2", ""}}, -1};
    const auto l = lines(render_table(t, 0));
    REQUIRE(l.size() == 4);
    CHECK(l[2] == "1   dòng một dòng hai");
    CHECK(l[3] == "2");
}

TEST_CASE("the flexible column is cut so the table fits") {
    Table t{{"id", "task", "lead"}, {{"1", "Thực hiện các nhiệm vụ, công việc được giao", "VP"}}, 1};
    SUBCASE("cut to the width, with an ellipsis") {
        const auto l = lines(render_table(t, 30));
        REQUIRE(l.size() == 3);
        CHECK(l[0] == "id  task                  lead");
        CHECK(l[2] == "1   Thực hiện các nhiệm…  VP");
        for (const auto& x : l) CHECK(display_width(x) <= 30);
    }
    SUBCASE("no limit: nothing cut") {
        const auto l = lines(render_table(t, 0));
        CHECK(l[2] == "1   Thực hiện các nhiệm vụ, công việc được giao  VP");
    }
    SUBCASE("wide enough: nothing cut") {
        const auto l = lines(render_table(t, 200));
        CHECK(l[2] == "1   Thực hiện các nhiệm vụ, công việc được giao  VP");
    }
    SUBCASE("no flexible column: nothing cut") {
        t.flex_column = -1;
        const auto l = lines(render_table(t, 30));
        CHECK(l[2] == "1   Thực hiện các nhiệm vụ, công việc được giao  VP");
    }
}

TEST_CASE("a row shorter than the headers is padded with empty cells") {
    Table t{{"a", "b", "c"}, {{"x"}}, -1};
    const auto l = lines(render_table(t, 0));
    REQUIRE(l.size() == 3);
    CHECK(l[2] == "x");
}

TEST_CASE("CSV: UTF-8 BOM, RFC 4180 quoting (also ; and tab, LibreOffice's default separators) and CRLF") {
    Table t{{"plan", "task"},
            {{"a", "x, y"}, {"b", "nói \"không\""}, {"c", "hai\ndòng"}, {"d", "Văn phòng Sở"}, {"e", ""},
             {"f", "một; hai"}, {"g", "a\tb"}},
            -1};
    CHECK(render_csv(t) ==
          "\xEF\xBB\xBFplan,task\r\n"
          "a,\"x, y\"\r\n"
          "b,\"nói \"\"không\"\"\"\r\n"
          "c,\"hai\ndòng\"\r\n"
          "d,Văn phòng Sở\r\n"
          "e,\r\n"
          "f,\"một; hai\"\r\n"
          "g,\"a\tb\"\r\n");
}

TEST_CASE("csv_text: a word joiner before what a spreadsheet reads as a number, nothing else changed") {
    for (const char* s : {"1", "1.10", "(1)", "-2", "+3", ".5"}) CHECK(csv_text(s) == std::string("\u2060") + s);
    for (const char* s : {"", "I.1", "a)", "B.III.11", "Văn phòng"}) CHECK(csv_text(s) == s);
}

TEST_CASE("Markdown: pipes escaped, newlines as <br>, empty cells kept") {
    Table t{{"id", "task"}, {{"1", "a | b"}, {"2", "x\r\ny"}, {"3", ""}}, -1};
    CHECK(render_markdown(t) ==
          "| id | task |\n"
          "| --- | --- |\n"
          "| 1 | a \\| b |\n"
          "| 2 | x<br>y |\n"
          "| 3 |   |\n");
}
