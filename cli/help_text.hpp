#pragma once
// `--help` in the user's language. The setup code of each subcommand describes its options
// in one language (mostly English, some "tiếng Việt / English"); this table gives every
// description in Vietnamese and English, like gettext keyed by the original text, so the
// setup files stay as they are and a new option shows in its own words until translated.
#include <CLI/CLI.hpp>

#include <string>

#include "yaml/messages.hpp"

namespace cchc::cli {

// The language for help and parse errors, decided before parsing: --lang vi|en (also
// --lang=en) anywhere on the command line, else `lang:` of the repository's cchc.yaml
// (from --root or found upwards from the current directory), else Vietnamese.
Lang lang_before_parse(int argc, const char* const* argv);

// A description in `lang`: from the table; else a "vi / en" text split at " / "; else as written.
std::string help_text(const std::string& description, Lang lang);

// Rewrites every description, group heading and value name of `app` and its subcommands
// into `lang`, and sets the formatter's labels (Usage, OPTIONS …). Call after every
// subcommand is set up and before parsing.
void localize_help(CLI::App& app, Lang lang);

// The end of `cchc --help`: examples, exit statuses, files, environment (also the man page's
// sections of those names, scripts/make-man.sh).
std::string top_help_footer(Lang lang);

}  // namespace cchc::cli
