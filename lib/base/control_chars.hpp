#pragma once
// Control characters (ESC, BEL, DEL, C1 codes …) in plan text: an error where they are, and
// never passed on, so no output (terminal, CSV, Markdown, JSON) can carry them. Tab and line
// breaks are text; everything else below U+0020, U+007F and U+0080–U+009F is a control, and
// so are U+2028/U+2029 (LINE/PARAGRAPH SEPARATOR): libyaml counts them as line breaks and
// editors do not, so every position after one would be off by a line; and the bidirectional
// controls (U+061C, U+200E/F, U+202A–U+202E, U+2066–U+2069), which make a terminal show text
// in another order than it is read ("Trojan Source").
#include <optional>
#include <string>
#include <string_view>


namespace cchc {

// Whether `cp` is a control character we refuse (not tab, LF or CR).
bool is_refused_control(char32_t cp);
bool is_bidi_control(char32_t cp);

// `text` with each refused control replaced by a visible symbol of one column: U+2400 + c for
// C0 (ESC → ␛), U+2421 ␡ for DEL, U+FFFD for C1 codes, U+23CE ⏎ for LS and PS, U+FFFD for bidi controls. Other bytes, invalid UTF-8 included,
// are kept as they are.
std::string visible_controls(std::string_view text);

// The first refused control in valid UTF-8 `text`: its byte offset and code point.
struct ControlAt {
    size_t offset = 0;
    char32_t cp = 0;
};
std::optional<ControlAt> first_control(std::string_view text);

// "U+001B" for messages.
std::string code_point_name(char32_t cp);

}  // namespace cchc
