#pragma once
// The message catalogue: every user-visible sentence in Vietnamese and English.
// lib/ produces Message{key, args}; whoever prints renders it in the chosen language.
#include <string>
#include <string_view>

#include "yaml/diagnostic.hpp"

namespace cchc {

enum class Lang { vi, en };

// Parses "vi"/"en" (case-insensitive); nullopt-like false when unknown.
bool parse_lang(std::string_view s, Lang& out);

// Renders a catalogue message; an unknown key renders as the key and its arguments.
std::string render(const Message& m, Lang lang);

// Shortcut for UI strings without arguments.
std::string tr(std::string_view key, Lang lang);

// True when the catalogue has the key (tests check every code has its messages).
bool has_message(std::string_view key);

}  // namespace cchc
