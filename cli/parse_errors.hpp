#pragma once
// CLI11's parse errors in the user's language: a missing or mistyped command ("did you
// mean 'check'?"), an unknown option, a missing argument, a value not allowed. CLI11
// builds its messages in English from fixed patterns; this reads the error's kind and
// those patterns back and says the same in Vietnamese (or English, in cchc's words).
#include <CLI/CLI.hpp>

#include <string>

#include "yaml/messages.hpp"

namespace cchc::cli {

// The whole message for stderr (lines ending in '\n'): "cchc: …" and where to find help.
// `app` is the top-level app after the failed parse (it knows which subcommands were read).
std::string parse_failure_message(const CLI::App& app, const CLI::Error& e, Lang lang);

}  // namespace cchc::cli
