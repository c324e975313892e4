// Tests for lib/yaml/source.cpp: what is refused before parsing (too large, binary, not UTF-8),
// the BOM, lines and character columns, and reading from disk.
#include <doctest/doctest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "support.hpp"
#include "yaml/source.hpp"
#include "base/text.hpp"

using namespace cchc;
namespace fs = std::filesystem;

namespace {

std::string only_code(const Diagnostics& d) {
    if (d.items().size() != 1) return std::to_string(d.items().size()) + " diagnostics";
    return d.items()[0].code;
}

// A fresh directory under the system temp dir, removed at the end of the test.
using TempDir = test::TempDir;

}  // namespace

TEST_CASE("text within the limits is accepted as it is") {
    Diagnostics d;
    auto f = source_from_text("a: Kế hoạch\nb: 2\n", "plans/x.yaml", d);
    REQUIRE(f);
    CHECK(d.items().empty());
    CHECK(f->path == "plans/x.yaml");
    CHECK(f->line_count() == 3);  // the empty line after the last newline
    CHECK(f->line(1) == "a: Kế hoạch");
    CHECK(f->line(2) == "b: 2");
    CHECK(f->line(0).empty());
    CHECK(f->line(99).empty());
}

TEST_CASE("too large: refused with file-too-large, nothing else") {
    Diagnostics d;
    CHECK_FALSE(source_from_text(std::string(kMaxSourceBytes + 1, 'a'), "big.yaml", d));
    REQUIRE(only_code(d) == "file-too-large");
    CHECK(d.items()[0].file == "big.yaml");
    CHECK(d.items()[0].line == 1);  // located at the file's start, never shown
    CHECK(d.items()[0].col == 1);
    CHECK(d.items()[0].source_line.empty());
    Diagnostics ok;
    CHECK(source_from_text(std::string(kMaxSourceBytes, 'a'), "limit.yaml", ok));
    CHECK(ok.items().empty());
}

TEST_CASE("a NUL byte means binary") {
    Diagnostics d;
    CHECK_FALSE(source_from_text(std::string("a: b\0c\n", 7), "x.yaml", d));
    CHECK(only_code(d) == "binary-file");
}

TEST_CASE("invalid UTF-8 is refused at its line and character column") {
    struct Case {
        std::string text;
        int line, col;
    };
    for (const Case& c : {Case{"a: ok\nb: Kế\xFF\n", 2, 6}, Case{"\xC0\xAF", 1, 1}, Case{"x: \xED\xA0\x80", 1, 4},
                          Case{"x\n\ny: Đ\xE1\xBA", 3, 5}, Case{"Latin-1: caf\xE9 ok\n", 1, 13}}) {
        CAPTURE(c.text);
        Diagnostics d;
        CHECK_FALSE(source_from_text(c.text, "x.yaml", d));
        REQUIRE(only_code(d) == "invalid-utf8");
        CHECK(d.items()[0].line == c.line);
        CHECK(d.items()[0].col == c.col);
    }
}

TEST_CASE("the one-pass scan: every malformed form, control and line break, at every offset in a word") {
    // The scan reads eight bytes at a time; each odd sequence is tried at offsets 0..15 so it
    // falls at every place within a word and across two.
    struct Case {
        std::string bytes;
        const char* code;  // expected diagnostic, or "" for none
    };
    const Case cases[] = {
        {"\xC0\x80", "invalid-utf8"},          {"\xC1\xBF", "invalid-utf8"},     {"\xE0\x9F\xBF", "invalid-utf8"},
        {"\xED\xA0\x80", "invalid-utf8"},      {"\xF0\x8F\xBF\xBF", "invalid-utf8"}, {"\xF4\x90\x80\x80", "invalid-utf8"},
        {"\xF5\x80\x80\x80", "invalid-utf8"},  {"\x80", "invalid-utf8"},         {"\xE1\xBA", "invalid-utf8"},
        {"\x1B", "control-character"},          {"\x7F", "control-character"},    {"\xC2\x85", "control-character"},
        {"\xC2\x9F", "control-character"},      {"\x07", "control-character"},    {"\xC2\xA0", ""},
        {"\xE1\xBA\xBF", ""},                   {"\xF0\x9F\x98\x80", ""},          {"\xEF\xBF\xBF", ""},
        {"\t", ""},                            {"\xE2\x80\xA8", "control-character"}, {"\xE2\x80\xA9", "control-character"},
        {"\xE2\x80\xA7", ""},                  {"\xE2\x81\xAA", ""},
        // bidi controls: U+2068 FSI, U+202E RLO, U+200F RLM, U+061C ALM
        {"\xE2\x81\xA8", "control-character"}, {"\xE2\x80\xAE", "control-character"},
        {"\xE2\x80\x8F", "control-character"}, {"\xD8\x9C", "control-character"}, {"\xD8\x9B", ""},
    };
    for (const Case& c : cases) {
        for (size_t at = 0; at < 16; ++at) {
            const std::string text = "k: " + std::string(at, 'a') + c.bytes + "bcdefghij\nz: 1\n";
            CAPTURE(text);
            Diagnostics d;
            auto f = source_from_text(text, "x.yaml", d);
            if (*c.code == '\0') {
                REQUIRE(f);
                CHECK(d.items().empty());
                CHECK(f->line_count() == 3);
                CHECK(f->line(2) == "z: 1");
                continue;
            }
            REQUIRE(only_code(d) == std::string(c.code));
            CHECK(d.items()[0].line == 1);
            CHECK(d.items()[0].col == static_cast<int>(4 + at));
        }
    }
}

TEST_CASE("the one-pass scan agrees with utf8proc on every two-byte sequence and every E0-EF one") {
    // The scan's fast paths for Vietnamese letters (C3-DF xx, E1 xx xx) and its general path
    // must accept exactly the well-formed sequences; controls among them are reported, not refused.
    auto accepted = [](const std::string& bytes) {
        Diagnostics d;
        auto f = source_from_text("k: a" + bytes + "b\n", "x.yaml", d);
        return f != nullptr;
    };
    int checked = 0;
    for (int a = 0x80; a <= 0xFF; ++a)
        for (int b = 0; b <= 0xFF; ++b) {
            if (b == 0) continue;  // a NUL byte is binary, not a UTF-8 question
            const std::string two{static_cast<char>(a), static_cast<char>(b)};
            if (accepted(two) != is_valid_utf8("a" + two + "b")) {
                CAPTURE(a);
                CAPTURE(b);
                FAIL("two-byte disagreement");
            }
            ++checked;
        }
    for (int a = 0xE0; a <= 0xEF; ++a)
        for (int b = 0x70; b <= 0xCF; ++b)
            for (int c = 0x70; c <= 0xCF; c += 3) {
                const std::string three{static_cast<char>(a), static_cast<char>(b), static_cast<char>(c)};
                if (accepted(three) != is_valid_utf8("a" + three + "b")) {
                    CAPTURE(a);
                    CAPTURE(b);
                    CAPTURE(c);
                    FAIL("three-byte disagreement");
                }
                ++checked;
            }
    CHECK(checked > 60000);
}

TEST_CASE("line starts: LF, CRLF and a lone CR, also at word boundaries and the end") {
    for (size_t at = 1; at < 12; ++at) {  // at 0, "\r" "\n" would be one CRLF
        const std::string pad(at, 'x');
        Diagnostics d;
        auto f = source_from_text(pad + "\r\n" + pad + "\r" + pad + "\n" + pad + "\r", "x.yaml", d);
        REQUIRE(f);
        CHECK(f->line_count() == 5);
        for (int n = 1; n <= 4; ++n) CHECK(f->line(n) == pad);
        CHECK(f->line(5).empty());
    }
}

TEST_CASE("index_lines (a file read again) finds the lines the first scan found, LF-only or not") {
    for (const std::string& text : {std::string(""), std::string("a"), std::string("\n"), std::string("a\nb"),
                                   std::string("a\nb\n"), std::string("\n\nđ\n"), std::string("a\r\nb\rc\n"),
                                   std::string("a\r"), std::string(300, 'x') + "\n" + std::string(5, '\n') + "ỹ"}) {
        Diagnostics d;
        auto f = source_from_text(text, "x.yaml", d);
        REQUIRE(f);
        SourceFile again;
        again.text = text;
        again.index_lines();
        CHECK(again.line_starts == f->line_starts);
    }
}

TEST_CASE("a byte order mark is removed, once") {
    Diagnostics d;
    auto f = source_from_text("\xEF\xBB\xBFtitle: x\n", "x.yaml", d);
    REQUIRE(f);
    CHECK(f->text == "title: x\n");
    CHECK(f->line(1) == "title: x");
    auto g = source_from_text("\xEF\xBB\xBF", "x.yaml", d);
    REQUIRE(g);
    CHECK(g->text.empty());
    CHECK(d.items().empty());
}

TEST_CASE("CRLF: lines without the CR") {
    Diagnostics d;
    auto f = source_from_text("a: 1\r\nb: Sở\r\n", "x.yaml", d);
    REQUIRE(f);
    CHECK(f->line(1) == "a: 1");
    CHECK(f->line(2) == "b: Sở");
}

TEST_CASE("char_column counts characters before a byte offset") {
    Diagnostics d;
    auto f = source_from_text("mã: Văn phòng\n", "x.yaml", d);
    REQUIRE(f);
    CHECK(f->char_column(1, 0) == 1);
    CHECK(f->char_column(1, 5) == 5);   // "mã: " is 5 bytes, 4 characters: 'V' is the 5th
    CHECK(f->char_column(1, 10) == 9);  // after "mã: Văn " (10 bytes, 8 characters)
    CHECK(f->char_column(1, 999) == 14);
    CHECK(f->char_column(1, -3) == 1);
}

TEST_CASE("make_diagnostic attaches the source line") {
    Diagnostics d;
    auto f = source_from_text("a: 1\nb: Sở\n", "p.yaml", d);
    REQUIRE(f);
    const Diagnostic x = make_diagnostic(f.get(), 2, 4, Severity::warning, "some-code", {"k", {}});
    CHECK(x.file == "p.yaml");
    CHECK(x.line == 2);
    CHECK(x.col == 4);
    CHECK(x.severity == Severity::warning);
    CHECK(x.source_line == "b: Sở");
    CHECK(make_diagnostic(nullptr, 1, 1, Severity::error, "c", {}).file.empty());
}

TEST_CASE("read_source_file: from disk, with the same checks") {
    TempDir dir;
    Diagnostics d;
    auto f = read_source_file(dir.write("a.yaml", "\xEF\xBB\xBFx: Sở\n"), "plans/a.yaml", d);
    REQUIRE(f);
    CHECK(f->path == "plans/a.yaml");
    CHECK(f->text == "x: Sở\n");
    CHECK(d.items().empty());

    CHECK_FALSE(read_source_file(dir.path / "missing.yaml", "missing.yaml", d));
    CHECK(only_code(d) == "unreadable-file");

    Diagnostics d2;
    CHECK_FALSE(read_source_file(dir.path, "dir", d2));  // a directory is not a file
    CHECK(only_code(d2) == "not-a-regular-file");

    Diagnostics d3;
    CHECK_FALSE(read_source_file(dir.write("bad.yaml", "x: \xFF\n"), "bad.yaml", d3));
    CHECK(only_code(d3) == "invalid-utf8");
}

TEST_CASE("read_source_file: a huge file is refused without reading it") {
    TempDir dir;
    const fs::path p = dir.write("huge.yaml", "");
    fs::resize_file(p, 1ull << 32);  // 4 GiB, sparse
    Diagnostics d;
    CHECK_FALSE(read_source_file(p, "huge.yaml", d));
    REQUIRE(only_code(d) == "file-too-large");
    CHECK(d.items()[0].message.args.at(0) == "4096");
}
