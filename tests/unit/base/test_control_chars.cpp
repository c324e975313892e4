// Tests for lib/base/control_chars.cpp and the control-character checks of lib/yaml/source.cpp: which
// characters are refused, the visible symbols that replace them, and the located errors for
// raw ones and for those made by YAML escapes.
#include <doctest/doctest.h>

#include <string>

#include "base/control_chars.hpp"
#include "yaml/source.hpp"
#include "yaml/yaml_tree.hpp"

using namespace cchc;

TEST_CASE("is_refused_control: C0 but tab and line breaks, DEL, C1, LS and PS") {
    for (char32_t ok : {U'\t', U'\n', U'\r', U' ', U'a', U'ệ', U'\u00A0', U'\u2027', U'\u202F', U'\u2065', U'\u206A', U'\u061B'})
        CHECK_FALSE(is_refused_control(ok));
    for (char32_t bad : {U'\x01', U'\x07', U'\x1b', U'\x1f', U'\x7f', U'\u0080', U'\u009b', U'\u009f', U'\u2028', U'\u2029'})
        CHECK(is_refused_control(bad));
}

TEST_CASE("LS and PS: libyaml's line breaks, not the editor's: refused and made visible, lines stay right") {
    // Raw: an error at its column; the text goes on with ⏎, so libyaml sees no extra line
    // break and a later problem is reported on its real line.
    Diagnostics d;
    auto f = source_from_text("title: \"Kế\xE2\x80\xA8hoạch\"\nyear: 2024\nbad: [\n", "p.yaml", d);
    REQUIRE(f);
    REQUIRE(d.items().size() == 1);
    CHECK(d.items()[0].code == "control-character");
    CHECK(d.items()[0].message.args[0] == "U+2028");
    CHECK(d.items()[0].line == 1);
    CHECK(d.items()[0].col == 11);
    CHECK(f->line(1) == "title: \"Kế⏎hoạch\"");
    CHECK(f->line_count() == 4);
    auto tree = parse_yaml(*f, d);
    CHECK_FALSE(tree);
    REQUIRE(d.items().size() == 2);
    CHECK(d.items()[1].code == "yaml-syntax");
    CHECK(d.items()[1].line >= 3);  // the unclosed bracket, not a line further on
    CHECK(d.items()[1].line <= 4);
    // Written as YAML escapes "\L" and "\P": the same, at the scalar.
    Diagnostics e;
    auto g = source_from_text("a: \"x\\Ly\\Pz\"\n", "p.yaml", e);
    REQUIRE(g);
    auto root = parse_yaml(*g, e);
    REQUIRE(root);
    REQUIRE(e.items().size() == 1);
    CHECK(e.items()[0].message.args[0] == "U+2028");
    CHECK(root->find("a")->value == "x⏎y⏎z");
    CHECK(visible_controls("\xE2\x80\xA9 \xE2\x80\xA7") == "⏎ \xE2\x80\xA7");  // U+2027 is not one
}

TEST_CASE("visible_controls: one visible symbol for each control, the rest unchanged") {
    CHECK(visible_controls("a\x1b[2Jb") == "a\xE2\x90\x9B[2Jb");  // ␛
    CHECK(visible_controls("\x07") == "␇");
    CHECK(visible_controls("x\x7fy") == "x␡y");
    CHECK(visible_controls("C1 \xC2\x9B end") == "C1 \xEF\xBF\xBD end");
    CHECK(visible_controls("Kế hoạch\tnăm\n2024\r\n") == "Kế hoạch\tnăm\n2024\r\n");
    CHECK(visible_controls("Â ệ \xC2\xA0") == "Â ệ \xC2\xA0");  // C2 A0 (NBSP) is not C1
}

TEST_CASE("first_control: offset and code point") {
    CHECK_FALSE(first_control("Kế hoạch\tnăm\n"));
    auto c = first_control("ab\x07");
    REQUIRE(c);
    CHECK(c->offset == 2);
    CHECK(c->cp == 0x07);
    c = first_control("ệ\xC2\x85");
    REQUIRE(c);
    CHECK(c->offset == 3);
    CHECK(c->cp == 0x85);
    CHECK(code_point_name(0x1b) == "U+001B");
}

TEST_CASE("source_from_text: raw controls are errors at their line and character column, and made visible") {
    Diagnostics d;
    auto f = source_from_text("title: Kế \x1b]0;x\x07\nok: 1\nb: \x7f\x7f\n", "p.yaml", d);
    REQUIRE(f);
    REQUIRE(d.items().size() == 2);  // the first of each line
    CHECK(d.items()[0].code == "control-character");
    CHECK(d.items()[0].severity == Severity::error);
    CHECK(d.items()[0].line == 1);
    CHECK(d.items()[0].col == 11);
    CHECK(d.items()[0].message.args[0] == "U+001B");
    CHECK(d.items()[0].source_line == "title: Kế ␛]0;x␇");
    CHECK(d.items()[1].line == 3);
    CHECK(d.items()[1].col == 4);
    CHECK(f->text.find('\x1b') == std::string::npos);
    CHECK(f->text.find('\x7f') == std::string::npos);
}

TEST_CASE("parse_yaml: controls made by YAML escapes, in keys and values, once per node") {
    Diagnostics d;
    auto f = source_from_text("title: \"a\\e[2J\"\nlist: [\"\\x07\", ok]\n\"k\\x7f\": v\nalias: &x \"\\e\"\nagain: *x\n", "p.yaml", d);
    REQUIRE(f);
    REQUIRE(d.items().empty());
    auto root = parse_yaml(*f, d);
    REQUIRE(root);
    d.sort();
    REQUIRE(d.items().size() == 4);  // title, list item, key, anchored scalar (the alias shares it)
    CHECK(d.items()[0].line == 1);
    CHECK(d.items()[0].col == 8);
    CHECK(root->find("title")->value == "a␛[2J");
    CHECK(root->find("list")->items[0]->value == "␇");
    CHECK(root->entries[2].first->value == "k␡");
    CHECK(root->find("again")->value == "␛");
}

TEST_CASE("bidi controls (U+202E …) are control-character errors at their column, and never reach the output") {
    // "Trojan Source": U+202E makes a terminal show the rest of the line backwards.
    for (const char* bidi : {"\xE2\x80\xAE", "\xE2\x80\xAA", "\xE2\x81\xA6", "\xE2\x81\xA9", "\xE2\x80\x8F", "\xD8\x9C"}) {
        Diagnostics d;
        auto f = source_from_text(std::string("title: \"Kế") + bidi + "hoạch\"\nyear: 2024\n", "p.yaml", d);
        REQUIRE(f);
        REQUIRE(d.items().size() == 1);
        CHECK(d.items()[0].code == "control-character");
        CHECK(d.items()[0].line == 1);
        CHECK(d.items()[0].col == 11);
        CHECK(f->text.find(bidi) == std::string::npos);
        CHECK(f->text.find("\xEF\xBF\xBD") != std::string::npos);
    }
    CHECK(is_refused_control(U'\u202E'));
    CHECK(is_refused_control(U'\u2066'));
    CHECK(first_control("a\xE2\x80\xAE")->cp == U'\u202E');
    // As a YAML escape too
    Diagnostics d;
    auto f = source_from_text("title: \"a\\u202Eb\"\n", "p.yaml", d);
    REQUIRE(f);
    auto tree = parse_yaml(*f, d);
    CHECK(d.has_errors());
}
