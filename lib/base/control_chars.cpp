#include "base/control_chars.hpp"

#include <fmt/format.h>

#include <vector>

namespace cchc {

bool is_refused_control(char32_t cp) {
    if (cp == '\t' || cp == '\n' || cp == '\r') return false;
    return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F) || cp == 0x2028 || cp == 0x2029 || is_bidi_control(cp);
}

bool is_bidi_control(char32_t cp) {
    return cp == 0x061C || cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

namespace {

// The code point starting at text[i] when it is a control we refuse (C1 codes are two bytes
// C2 80–C2 9F, LS and PS three, E2 80 A8/A9); `len` gets its length in bytes.
std::optional<char32_t> control_at(std::string_view text, size_t i, size_t& len) {
    const auto c = static_cast<unsigned char>(text[i]);
    len = 1;
    if (c < 0x80) return is_refused_control(c) ? std::optional<char32_t>(c) : std::nullopt;
    if (c == 0xC2 && i + 1 < text.size()) {
        const auto d = static_cast<unsigned char>(text[i + 1]);
        if (d >= 0x80 && d <= 0x9F) return len = 2, std::optional<char32_t>(d);
    }
    if (c == 0xD8 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x9C)
        return len = 2, std::optional<char32_t>(0x061C);  // ARABIC LETTER MARK
    if (c == 0xE2 && i + 2 < text.size()) {
        const auto d = static_cast<unsigned char>(text[i + 1]), e = static_cast<unsigned char>(text[i + 2]);
        if (d == 0x80 || d == 0x81) {
            const char32_t cp = 0x2000 + (d - 0x80) * 0x40 + (e - 0x80);
            if (cp == 0x2028 || cp == 0x2029 || is_bidi_control(cp)) return len = 3, std::optional<char32_t>(cp);
        }
    }
    return std::nullopt;
}

std::string symbol_for(char32_t cp) {
    if (cp < 0x20) {  // U+2400 + cp: E2 90 80+cp
        std::string s = "\xE2\x90";
        s.push_back(static_cast<char>(0x80 + cp));
        return s;
    }
    if (cp == 0x7F) return "\xE2\x90\xA1";  // ␡
    if (cp == 0x2028 || cp == 0x2029) return "\xE2\x8F\x8E";  // ⏎
    return "\xEF\xBF\xBD";                   // U+FFFD for C1 codes
}

}  // namespace

std::string visible_controls(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size();) {
        size_t len = 1;
        if (auto cp = control_at(text, i, len)) out += symbol_for(*cp);
        else out.append(text.substr(i, len));
        i += len;
    }
    return out;
}

std::optional<ControlAt> first_control(std::string_view text) {
    for (size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c != 0x7F && c != 0xC2 && c != 0xD8 && c != 0xE2) continue;  // no control starts here
        size_t len = 1;
        if (auto cp = control_at(text, i, len)) return ControlAt{i, *cp};
    }
    return std::nullopt;
}

std::string code_point_name(char32_t cp) { return fmt::format("U+{:04X}", static_cast<unsigned>(cp)); }

}  // namespace cchc
