#include "terminal.hpp"

#include "common.hpp"

namespace cchc::cli {

void add_display_options(CLI::App& cmd, DisplayOptions& opts, bool with_color) {
    cmd.add_option("--width", opts.width,
                   "Columns to fit the table into (default: the terminal's; 0 = no limit, one line per row)")
        ->check(CLI::NonNegativeNumber);
    if (with_color)
        cmd.add_option("--color", opts.color, "Colours: auto (default: on a terminal without NO_COLOR), always or never")
            ->check(CLI::IsMember({"auto", "always", "never"}));
}

int output_width(const DisplayOptions& opts) { return opts.width ? *opts.width : terminal_width(); }

Painter output_painter(const DisplayOptions& opts) {
    const bool on = opts.color == "always" || (opts.color == "auto" && stdout_wants_color());
    if (!on) return {};
    return [](Style s, const std::string& text) {
        const char* code = s == Style::bad ? "31" : s == Style::warning ? "33" : s == Style::good ? "32" : nullptr;
        return code ? "\x1b[" + std::string(code) + "m" + text + "\x1b[0m" : text;
    };
}

}  // namespace cchc::cli
