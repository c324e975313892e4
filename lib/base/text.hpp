#pragma once
// UTF-8 text helpers for Vietnamese: normalisation, accent-folding for matching what
// users type in ASCII, and display width for terminal columns. Built on utf8proc.
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cchc {

// True when `s` is well-formed UTF-8.
bool is_valid_utf8(std::string_view s);

// The code point of the well-formed 2- to 4-byte UTF-8 sequence at p (p[0] >= 0x80, `left`
// bytes available) and its length; length 0 when it is malformed (overlong, a surrogate,
// above U+10FFFF, cut off).
std::pair<char32_t, size_t> decode_utf8_multibyte(const unsigned char* p, size_t left);

// NFC-normalised copy (invalid UTF-8 is returned unchanged).
std::string nfc(std::string_view s);

// Matching key: NFC, case-folded, diacritics removed (đ → d), runs of white space
// collapsed to one space and trimmed. "Văn phòng  Sở" and "van phong so" fold alike.
std::string fold(std::string_view s);

// Terminal columns `s` occupies (characters, wide CJK counted 2, marks 0).
int display_width(std::string_view s);

// Cuts `s` to at most `width` columns, ending in "…" when cut; never splits a character.
std::string truncate_to_width(std::string_view s, int width);

// Pads with spaces on the right to `width` columns.
std::string pad_to_width(std::string_view s, int width);

// Levenshtein distance over code points (for "did you mean").
int edit_distance(std::string_view a, std::string_view b);

// The closest of `candidates` to `word` by edit distance on folded text, if close enough.
std::optional<std::string> closest_match(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace cchc
