#pragma once
// Why a document could not be imported: a message key (lib/import/import_messages.cpp) and its
// arguments. Readers of untrusted documents return one of these instead of throwing.
#include <string>
#include <vector>

#include "yaml/messages.hpp"

namespace cchc {

struct ImportError {
    std::string key;                // "import-not-zip", "import-too-large" …; empty = no error
    std::vector<std::string> args;  // {0}, {1} … of the message
    explicit operator bool() const { return !key.empty(); }
};

// The message of an import key in `lang`, with {0}, {1} … replaced by `args`.
std::string import_message(const std::string& key, const std::vector<std::string>& args, Lang lang);
inline std::string import_message(const ImportError& e, Lang lang) { return import_message(e.key, e.args, lang); }

}  // namespace cchc
