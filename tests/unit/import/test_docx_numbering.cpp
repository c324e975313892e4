// Tests for lib/import/docx_numbering.cpp: Word's automatic numbers, restarts and continuations.
#include <doctest/doctest.h>

#include "import/docx_numbering.hpp"

using namespace cchc;

namespace {

constexpr const char* kNumbering = R"xml(<?xml version="1.0"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="0">
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
 <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>
 <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1">
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="2">
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="&#xF0B7;"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="5"><w:abstractNumId w:val="2"/></w:num>
</w:numbering>)xml";

std::string next(Numbering& n, const char* id, int level = 0) {
    bool bullet = false;
    return n.next_label(id, level, bullet);
}

}  // namespace

TEST_CASE("format_number: roman numerals, letters past z, zero-padded decimals") {
    CHECK(format_number(4, "upperRoman") == "IV");
    CHECK(format_number(14, "lowerRoman") == "xiv");
    CHECK(format_number(1, "upperLetter") == "A");
    CHECK(format_number(27, "lowerLetter") == "aa");
    CHECK(format_number(7, "decimalZero") == "07");
    CHECK(format_number(12, "decimal") == "12");
}

TEST_CASE("numbering: levels nest and reset, as Word shows them") {
    Numbering n;
    n.load(kNumbering, "");
    CHECK(next(n, "1") == "1.");
    CHECK(next(n, "1", 1) == "1.1");
    CHECK(next(n, "1", 1) == "1.2");
    CHECK(next(n, "1", 2) == "a)");
    CHECK(next(n, "1", 2) == "b)");
    CHECK(next(n, "1") == "2.");
    CHECK(next(n, "1", 1) == "2.1");  // the lower level restarted under the new "2."
    CHECK(next(n, "4") == "I.");
    CHECK(next(n, "4") == "II.");
}

TEST_CASE("numbering: a second list instance continues its abstract list unless it restarts") {
    Numbering n;
    n.load(kNumbering, "");
    CHECK(next(n, "1") == "1.");
    CHECK(next(n, "1") == "2.");
    // numId 2 shares abstract list 0 without an override: the author's slip continues it.
    CHECK(next(n, "2") == "3.");
    // numId 3 restarts at 1 and counts on its own; the shared list is not disturbed.
    CHECK(next(n, "3") == "1.");
    CHECK(next(n, "3") == "2.");
    CHECK(next(n, "1") == "4.");
}

TEST_CASE("numbering: bullets, unknown lists and numId 0") {
    Numbering n;
    n.load(kNumbering, "");
    bool bullet = false;
    CHECK(n.next_label("5", 0, bullet) == "-");  // a Symbol-font bullet is written as the plans write it
    CHECK(bullet);
    CHECK(next(n, "99").empty());
    CHECK(next(n, "0").empty());
    CHECK(next(n, "1", 12).empty());
}

TEST_CASE("numbering: malformed numbering.xml gives no numbers, no crash") {
    Numbering n;
    n.load("<w:numbering", "<<<");
    CHECK(next(n, "1").empty());
}
