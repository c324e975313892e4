#pragma once
// Word documents through pandoc (a Debian package, run as a program: its Haskell library is
// not callable from C++). pandoc is found on PATH and started without a shell.
#include <string>
#include <string_view>

#include "yaml/messages.hpp"

namespace cchc {

struct PandocResult {
    enum class Status { ok, missing, failed };
    Status status = Status::ok;
    std::string detail;  // why it failed: pandoc's own message, or the system error
};

// Converts pandoc Markdown to a .docx written atomically at `output` (a temporary file in
// the same directory, renamed), styled by the reference document whose bytes are given.
// The document's language (for spelling and hyphenation) follows `lang`.
PandocResult markdown_to_docx(std::string_view markdown, std::string_view reference_docx, const std::string& output,
                              Lang lang);

// assets/reference.docx (built by scripts/make-reference-docx.py), compiled in.
std::string_view builtin_reference_docx();

}  // namespace cchc
