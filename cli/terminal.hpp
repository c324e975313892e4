#pragma once
// How tables meet the terminal: --width and --color, the width of the window, and the
// colours (ANSI SGR codes) for the styles lib/ marks cells with.
#include <CLI/CLI.hpp>

#include <optional>
#include <string>

#include "render/table.hpp"

namespace cchc::cli {

struct DisplayOptions {
    std::optional<int> width;     // --width N; 0 = no limit
    std::string color = "auto";   // --color never|always|auto
};

// Adds --width, and --color when the command has colours to show.
void add_display_options(CLI::App& cmd, DisplayOptions& opts, bool with_color);

// Columns to fit: --width, else the terminal's on stdout; 0 (no limit) when stdout is not
// a terminal, so that files and pipes get whole lines.
int output_width(const DisplayOptions& opts);

// Colours: --color=always (even with NO_COLOR), never, or auto (a terminal, no NO_COLOR,
// TERM not dumb). Empty when off.
Painter output_painter(const DisplayOptions& opts);

}  // namespace cchc::cli
