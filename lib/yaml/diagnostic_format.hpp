#pragma once
// Rendering diagnostics for people (with the source line and a caret), for tools (JSON)
// and for GitHub Actions annotations. Colour is the caller's decision.
#include <string>
#include <string_view>

#include "yaml/diagnostic.hpp"
#include "yaml/messages.hpp"

namespace cchc {

enum class DiagnosticFormat { text, json, github };

std::string format_text(const Diagnostic& d, Lang lang, bool color);
std::string format_json(const Diagnostics& diags, Lang lang);
std::string format_github(const Diagnostic& d, Lang lang);

// GitHub workflow-command escaping: a message ("data": % CR LF) and a property value
// (also ':' and ',', which would end the value).
std::string escape_workflow_data(std::string_view text);
std::string escape_workflow_property(std::string_view text);

// After Diagnostics::sort(): at most `keep` diagnostics per file, the rest said in one
// "more-diagnostics" line (an error when any of them is one), so that a file of 200 000
// repeated keys gives a page, not 34 MB.
void cap_per_file(Diagnostics& diags, size_t keep = 100);

}  // namespace cchc
