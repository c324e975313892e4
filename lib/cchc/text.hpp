#pragma once
// UTF-8 text helpers for Vietnamese: normalisation, accent-folding for matching what
// users type in ASCII, and display width for terminal columns. Built on utf8proc.
#include <string>
#include <string_view>

namespace cchc {

// True when `s` is well-formed UTF-8.
bool is_valid_utf8(std::string_view s);

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

}  // namespace cchc
