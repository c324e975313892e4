#pragma once
// Rendering diagnostics for people (with the source line and a caret), for tools (JSON)
// and for GitHub Actions annotations. Colour is the caller's decision.
#include <string>
#include <string_view>

#include "cchc/diagnostic.hpp"
#include "cchc/messages.hpp"

namespace cchc {

enum class DiagnosticFormat { text, json, github };

std::string format_text(const Diagnostic& d, Lang lang, bool color);
std::string format_json(const Diagnostics& diags, Lang lang);
std::string format_github(const Diagnostic& d, Lang lang);

// GitHub workflow-command escaping: a message ("data": % CR LF) and a property value
// (also ':' and ',', which would end the value).
std::string escape_workflow_data(std::string_view text);
std::string escape_workflow_property(std::string_view text);

}  // namespace cchc
