#pragma once
// Options every command has (--root/-C, --lang, --color) may come before the
// command, as with git (`cchc -C ~/ke-hoach due`): they are moved after the command's name,
// where the command's own parser reads them.
#include <CLI/CLI.hpp>

#include <optional>
#include <string>
#include <vector>

namespace cchc::cli {

// argv without the program name, with global options before the command moved after the
// command (and its subcommand: `record status`). Anything else is left as it is.
std::vector<std::string> move_global_options(const CLI::App& app, std::vector<std::string> args);

// An option that takes a value, typed with none: followed by another option of its command
// (`due --as-of --unit VP`, which CLI11 would read as the value "--unit" and then complain
// of "VP") or by nothing. Returns the option as typed and the command path ("cchc due").
struct MissingValue {
    std::string option, command;
};
std::optional<MissingValue> option_without_value(const CLI::App& app, const std::vector<std::string>& args);

// `cchc help record status` as `cchc record status --help`; `cchc help` as `cchc --help`.
std::vector<std::string> help_as_option(std::vector<std::string> args);

}  // namespace cchc::cli
