// Tests for lib/base/text.cpp: folding for matching, NFC, display width, truncation, edit distance.
#include <doctest/doctest.h>

#include <utf8proc.h>

#include <cstdlib>
#include <cstring>
#include <string>

#include "base/text.hpp"

using namespace cchc;

namespace {
// "Văn phòng Sở" decomposed (NFD): a + combining breve, o + combining grave, ơ as o + horn + hook.
const std::string kNfdVanPhongSo = "Va\xCC\x86n pho\xCC\x80ng So\xCC\x9B\xCC\x89";
const std::string kNfcVanPhongSo = "Văn phòng Sở";

std::string utf8_of(utf8proc_int32_t cp) {
    utf8proc_uint8_t buf[4];
    return std::string(reinterpret_cast<char*>(buf), static_cast<size_t>(utf8proc_encode_char(cp, buf)));
}

// fold()'s general path written out independently: decompose, strip marks, case-fold with
// utf8proc, then đ → d and white space collapsed. The shortcuts must agree with it.
std::string fold_reference(const std::string& s) {
    utf8proc_uint8_t* mapped = nullptr;
    const auto options = static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK |
                                                        UTF8PROC_CASEFOLD);
    const utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                                            static_cast<utf8proc_ssize_t>(s.size()), &mapped, options);
    if (n < 0) return "<error>";
    std::string out;
    bool pending_space = false;
    for (utf8proc_ssize_t i = 0; i < n;) {
        utf8proc_int32_t cp = 0;
        i += utf8proc_iterate(mapped + i, n - i, &cp);
        if (cp == 0x0111 || cp == 0x0110) cp = 'd';
        if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0 ||
            utf8proc_category(cp) == UTF8PROC_CATEGORY_ZS) {
            pending_space = !out.empty();
            continue;
        }
        if (pending_space) out.push_back(' ');
        pending_space = false;
        out += utf8_of(cp);
    }
    std::free(mapped);
    return out;
}

// utf8proc's own NFC, what nfc() must agree with.
std::string reference_nfc(const std::string& s) {
    utf8proc_uint8_t* out = utf8proc_NFC(reinterpret_cast<const utf8proc_uint8_t*>(s.c_str()));
    std::string r(reinterpret_cast<char*>(out));
    std::free(out);
    return r;
}

}  // namespace

TEST_CASE("fold: case, diacritics and white space do not matter") {
    CHECK(fold("Văn phòng  Sở") == "van phong so");
    CHECK(fold("van phong so") == "van phong so");
    CHECK(fold("VĂN PHÒNG SỞ") == "van phong so");
    CHECK(fold("  Văn\tphòng\u00A0Sở \n") == "van phong so");
    CHECK(fold("") == "");
    CHECK(fold("   ") == "");
}

TEST_CASE("fold: đ and Đ have no decomposition but fold to d") {
    CHECK(fold("Đ") == "d");
    CHECK(fold("đ") == "d");
    CHECK(fold("Đơn vị đầu mối") == "don vi dau moi");
    CHECK(fold("ĐẠI HỘI") == "dai hoi");
}

TEST_CASE("fold and nfc: decomposed input is the same text") {
    CHECK(fold(kNfdVanPhongSo) == "van phong so");
    CHECK(nfc(kNfdVanPhongSo) == kNfcVanPhongSo);
    CHECK(nfc(kNfcVanPhongSo) == kNfcVanPhongSo);
    CHECK(fold(kNfdVanPhongSo) == fold(kNfcVanPhongSo));
    CHECK(fold("Thanh tra Sở") != fold("Thanh tra Sở cũ"));
}

TEST_CASE("is_valid_utf8") {
    CHECK(is_valid_utf8("Văn phòng"));
    CHECK(is_valid_utf8(""));
    CHECK_FALSE(is_valid_utf8("a\xFF"));
    CHECK_FALSE(is_valid_utf8("\xC0\xAF"));      // overlong '/'
    CHECK_FALSE(is_valid_utf8("\xED\xA0\x80"));  // a surrogate
    CHECK_FALSE(is_valid_utf8("V\xC4"));         // cut in the middle of "ă"
}

TEST_CASE("display_width counts columns, not bytes or code points") {
    CHECK(display_width("") == 0);
    CHECK(display_width("VP") == 2);
    CHECK(display_width(kNfcVanPhongSo) == 12);
    CHECK(display_width(kNfdVanPhongSo) == 12);  // combining marks take no column
    CHECK(display_width("日本") == 4);            // wide characters take two
    CHECK(display_width("…") == 1);
}

TEST_CASE("pad_to_width pads to columns") {
    CHECK(pad_to_width("Sở", 4) == "Sở  ");
    CHECK(pad_to_width("Sở", 1) == "Sở");
    CHECK(display_width(pad_to_width(kNfdVanPhongSo, 15)) == 15);
}

TEST_CASE("truncate_to_width") {
    SUBCASE("what fits is returned whole") {
        CHECK(truncate_to_width(kNfcVanPhongSo, 12) == kNfcVanPhongSo);
        CHECK(truncate_to_width(kNfcVanPhongSo, 40) == kNfcVanPhongSo);
    }
    SUBCASE("what does not fit is cut to the width and ends with …") {
        const std::string t = truncate_to_width(kNfcVanPhongSo, 6);
        CHECK(t == "Văn p…");
        CHECK(display_width(t) == 6);
    }
    SUBCASE("a decomposed letter is never separated from its marks") {
        const std::string t = truncate_to_width(kNfdVanPhongSo, 3);
        CHECK(t == "Vă…");
        CHECK(is_valid_utf8(t));
    }
    SUBCASE("a wide character that does not fit is left out, not split") {
        const std::string t = truncate_to_width("日本語", 4);
        CHECK(t == "日…");
        CHECK(display_width(t) <= 4);
        CHECK(is_valid_utf8(t));
    }
    SUBCASE("every width gives valid UTF-8 within the width") {
        const std::string s = "Phòng Công nghệ thông tin - Bưu chính - Viễn thông";
        for (int w = 1; w < display_width(s); ++w) {
            CAPTURE(w);
            const std::string t = truncate_to_width(s, w);
            CHECK(is_valid_utf8(t));
            CHECK(display_width(t) <= w);
            CHECK(t.size() >= 3);
            CHECK(t.substr(t.size() - 3) == "…");
        }
    }
    SUBCASE("zero or negative width gives nothing") {
        CHECK(truncate_to_width("abc", 0).empty());
        CHECK(truncate_to_width("abc", -3).empty());
        CHECK(truncate_to_width("abc", 1) == "…");
    }
}

TEST_CASE("edit_distance counts code points") {
    CHECK(edit_distance("kitten", "sitting") == 3);
    CHECK(edit_distance("", "abc") == 3);
    CHECK(edit_distance("abc", "") == 3);
    CHECK(edit_distance("abc", "abc") == 0);
    CHECK(edit_distance("Sở", "So") == 1);  // one character, though two bytes differ
    CHECK(edit_distance("Sở", "Sơ") == 1);
    CHECK(edit_distance("titel", "title") == 2);
    CHECK(edit_distance("phòng", "phong") == edit_distance("phong", "phòng"));
}

TEST_CASE("fold: the ASCII fast path folds as utf8proc does") {
    // Same answers whether or not the text has a non-ASCII character somewhere.
    for (const char* s : {"  VP  Van\tPHONG\r\nSo ", "A-B_c.1", "x\vy", "ALL", "Mixed CASE  words"}) {
        CAPTURE(s);
        const std::string ascii = fold(s);
        const std::string wide = fold(std::string(s) + " é");
        CHECK(wide == ascii + (ascii.empty() ? "e" : " e"));
    }
    CHECK(fold("  VP  Van\tPHONG\r\nSo ") == "vp van phong so");
}

// fold() takes shortcuts (ASCII, a table for Vietnamese letters, characters that fold to
// themselves): for every code point, alone and between letters, the answer must be what the
// general path (decompose, strip marks, case-fold, đ → d, spaces collapsed) gives.
TEST_CASE("fold: the shortcuts agree with the general path for every code point") {
    int differing = 0;
    for (utf8proc_int32_t cp = 1; cp <= 0x10FFFF; ++cp) {
        if (cp >= 0xD800 && cp <= 0xDFFF) continue;
        const std::string c = utf8_of(cp);
        for (const std::string& s : {c, "Ph" + c + "ng", "\xC4\x90\xE1\xBB\x9D " + c})
            if (fold(s) != fold_reference(s)) {
                if (++differing < 5) MESSAGE("differs: U+" << cp);
            }
    }
    // The Latin letters of the table, also doubled and among spaces.
    for (utf8proc_int32_t cp = 0x80; cp < 0x1F00; ++cp) {
        if (cp >= 0x250 && cp < 0x1E00) continue;
        const std::string c = utf8_of(cp);
        for (const std::string& s : {"Ab " + c + "  Cd", c + c, " " + c + "\t"})
            if (fold(s) != fold_reference(s)) ++differing;
    }
    CHECK(differing == 0);
    CHECK(fold("  Văn phòng SỞ  Đề án ") == "van phong so de an");
}

// nfc() skips utf8proc for text it can tell is NFC already: the shortcut must never change a
// result. Every code point alone, after a Latin letter, before one, and after a Hangul
// syllable (which composes with a following jamo) is compared with utf8proc's own NFC.
TEST_CASE("nfc: the already-NFC shortcut agrees with utf8proc for every code point") {
    int differing = 0;
    for (utf8proc_int32_t cp = 1; cp <= 0x10FFFF; ++cp) {
        if (cp >= 0xD800 && cp <= 0xDFFF) continue;
        const std::string c = utf8_of(cp);
        for (const std::string& s : {c, "e" + c, c + "e", std::string("\xEA\xB0\x80") + c})
            if (nfc(s) != reference_nfc(s)) ++differing;
    }
    CHECK(differing == 0);
    CHECK(nfc("\xE2\x84\xA6") == "\xCE\xA9");  // U+2126 OHM SIGN becomes U+03A9
    CHECK(nfc("Văn phòng Sở") == "Văn phòng Sở");
}

// nfc() of a text that the shortcut cannot vouch for goes line by line: the same as utf8proc's
// NFC of the whole, for every code point before, after and between line breaks.
TEST_CASE("nfc: line by line gives utf8proc's NFC of the whole text") {
    int differing = 0, compared = 0;
    for (utf8proc_int32_t cp = 1; cp <= 0x10FFFF; cp += (cp < 0x3000 ? 1 : 97)) {
        if (cp >= 0xD800 && cp <= 0xDFFF) continue;
        const std::string c = utf8_of(cp);
        for (const std::string& s : {"e\n" + c, c + "\ne", "e" + c + "\n\xCC\x81x", "Văn\n" + c + "\n" + c + "e\n",
                                     "\xEA\xB0\x80\n" + c, "\xE2\x80\xA6 \xCC\x81\n" + c, "a\r\n" + c + "\r\n"}) {
            ++compared;
            if (nfc(s) != reference_nfc(s)) ++differing;
        }
    }
    CHECK(compared > 100000);
    CHECK(differing == 0);
    CHECK(nfc("x\u2026\nVa\xCC\x86n\n") == "x\u2026\nV\u0103n\n");  // … stays; a + breve composes
}

TEST_CASE("display_width: the in-place count agrees with NFC and utf8proc's widths") {
    // Code points counted in place (ASCII, Latin-1 letters, Latin Extended, Vietnamese) and
    // their neighbours, alone and before a combining mark that NFC composes with them.
    auto reference = [&](const std::string& s) {
        utf8proc_uint8_t* composed = utf8proc_NFC(reinterpret_cast<const utf8proc_uint8_t*>(s.c_str()));
        int w = 0;
        utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(std::strlen(reinterpret_cast<char*>(composed)));
        for (const utf8proc_uint8_t* p = composed; left > 0;) {
            utf8proc_int32_t cp = 0;
            const utf8proc_ssize_t n = utf8proc_iterate(p, left, &cp);
            w += utf8proc_charwidth(cp);
            p += n, left -= n;
        }
        std::free(composed);
        return w;
    };
    int differing = 0;
    for (utf8proc_int32_t cp = 1; cp < 0x2000; ++cp) {
        const std::string c = utf8_of(cp);
        for (const std::string& s : {c, "Ph" + c, c + "\xCC\x81", "\xE1\xBB\x9D" + c})
            if (display_width(s) != reference(s)) {
                if (++differing < 5) MESSAGE("differs: U+" << cp);
            }
    }
    CHECK(differing == 0);
    CHECK(display_width("Văn phòng Sở") == 12);
}
