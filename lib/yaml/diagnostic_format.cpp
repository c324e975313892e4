#include "yaml/diagnostic_format.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "base/control_chars.hpp"
#include "base/json.hpp"
#include "base/text.hpp"

namespace cchc {

namespace {

std::string location(const Diagnostic& d) {
    if (d.line <= 0) return d.file;
    return fmt::format("{}:{}:{}", d.file, d.line, std::max(d.col, 1));
}

// The caret sits under column `col` counted in display width of the preceding text, so
// it lines up under Vietnamese characters; tabs are kept so the terminal aligns them alike.
std::string caret_line(const std::string& line, int col) {
    std::string prefix;
    int chars = 0;
    for (size_t i = 0; i < line.size() && chars < col - 1; ++i) {
        const unsigned char c = static_cast<unsigned char>(line[i]);
        if ((c & 0xC0) != 0x80) ++chars;
        if (chars > col - 1) break;
        prefix.push_back(line[i]);
    }
    std::string pad;
    for (char c : prefix) if (c == '\t') pad.push_back('\t');
    pad.append(static_cast<size_t>(std::max(0, display_width(prefix) - static_cast<int>(pad.size()))), ' ');
    return pad + "^";
}

const char* severity_word(Severity s) {
    return s == Severity::error ? "error" : s == Severity::warning ? "warning" : "note";
}

}  // namespace

std::string format_text(const Diagnostic& d, Lang lang, bool color) {
    const bool err = d.severity == Severity::error, note = d.severity == Severity::note;
    const std::string sev = tr(err ? "severity-error" : note ? "severity-note" : "severity-warning", lang);
    const char* on = !color ? "" : err ? "\x1b[1;31m" : note ? "\x1b[1;36m" : "\x1b[1;33m";
    const char* bold = color ? "\x1b[1m" : "";
    const char* off = color ? "\x1b[0m" : "";
    std::string out = fmt::format("{}{}:{} {}{}:{} {} [{}]\n", bold, location(d), off, on, sev, off,
                                  render(d.message, lang), d.code);
    if (d.line > 0 && !d.source_line.empty() && !note) {
        // The loader already made controls visible; this keeps any other source line safe too.
        const std::string shown = visible_controls(d.source_line);
        out += fmt::format("  {}\n", shown);
        out += fmt::format("  {}{}{}\n", on, caret_line(shown, std::max(d.col, 1)), off);
    }
    return out;
}

std::string format_json(const Diagnostics& diags, Lang lang) {
    JsonWriter w;
    w.begin_array();
    for (const auto& d : diags.items()) {
        w.begin_object()
            .field("file", d.file)
            .field("line", d.line)
            .field("col", d.col)
            .field("severity", severity_word(d.severity))
            .field("code", d.code)
            .field("message", render(d.message, lang))
            .end_object();
    }
    w.end_array();
    return w.str() + "\n";
}

std::string escape_workflow_data(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c == '%') out += "%25";
        else if (c == '\r') out += "%0D";
        else if (c == '\n') out += "%0A";
        else out.push_back(c);
    }
    return out;
}

std::string escape_workflow_property(std::string_view text) {
    std::string out;
    for (char c : escape_workflow_data(text)) {
        if (c == ':') out += "%3A";
        else if (c == ',') out += "%2C";
        else out.push_back(c);
    }
    return out;
}

std::string format_github(const Diagnostic& d, Lang lang) {
    // GitHub workflow commands ("::error file=…,line=…,title=…::message"): the message is
    // escaped as data, the property values also for ':' and ',' which delimit properties.
    std::string props = "file=" + escape_workflow_property(d.file);
    if (d.line > 0) props += fmt::format(",line={},col={}", d.line, std::max(d.col, 1));
    props += ",title=" + escape_workflow_property(d.code);
    return fmt::format("::{} {}::{}\n", d.severity == Severity::note ? "notice" : severity_word(d.severity), props,
                       escape_workflow_data(render(d.message, lang) + " [" + d.code + "]"));
}

void cap_per_file(Diagnostics& diags, size_t keep) {
    std::vector<Diagnostic>& items = diags.items();
    std::vector<Diagnostic> out;
    out.reserve(std::min(items.size(), keep * 8));
    for (size_t i = 0; i < items.size();) {
        size_t end = i;
        while (end < items.size() && items[end].file == items[i].file) ++end;
        const size_t n = end - i;
        for (size_t k = i; k < std::min(end, i + keep); ++k) out.push_back(std::move(items[k]));
        if (n > keep) {
            // The rest, one line: an error when any of them is (the exit status stays right).
            size_t errors = 0;
            for (size_t k = i + keep; k < end; ++k) errors += items[k].severity == Severity::error;
            Diagnostic more;
            more.file = items[i + keep].file;
            more.line = items[i + keep].line;
            more.col = items[i + keep].col;
            more.severity = errors > 0 ? Severity::error : Severity::warning;
            more.code = "more-diagnostics";
            more.message = {"more-diagnostics", {std::to_string(n - keep), std::to_string(keep)}};
            out.push_back(std::move(more));
        }
        i = end;
    }
    items = std::move(out);
}

}  // namespace cchc
