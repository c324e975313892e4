// The entry line of `cchc record`: YAML quoting, the flow-mapping builder, the record kinds.
#include "base/ids.hpp"
#include "record/journal_append.hpp"

#include <cctype>
#include <cmath>
#include <cstring>

#include <fmt/format.h>

#include "base/control_chars.hpp"
#include "load/map_reader.hpp"
#include "model/status.hpp"
#include "base/text.hpp"

namespace cchc {

namespace {

// Decodes the code point at s[i], advancing i; an invalid byte gives U+FFFD.
char32_t next_code_point(std::string_view s, size_t& i) {
    const auto b = static_cast<unsigned char>(s[i]);
    const int len = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
    if (len == 0 || i + len > s.size() || !is_valid_utf8(s.substr(i, static_cast<size_t>(len)))) {
        ++i;
        return 0xFFFD;
    }
    char32_t cp = len == 1 ? b : b & (0x7F >> len);
    for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    i += static_cast<size_t>(len);
    return cp;
}

std::string escape_code_point(char32_t cp) {
    switch (cp) {
        case '"': return "\\\"";
        case '\\': return "\\\\";
        case '\n': return "\\n";
        case '\t': return "\\t";
        case '\r': return "\\r";
        case 0: return "\\0";
        default: break;
    }
    const bool control = cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F);
    const bool special = cp == 0x2028 || cp == 0x2029 || cp == 0xFEFF || cp == 0xFFFE || cp == 0xFFFF || cp == 0xFFFD;
    if (cp < 0x80 && !control) return std::string(1, static_cast<char>(cp));
    if (control || special) return fmt::format("\\u{:04X}", static_cast<unsigned>(cp));
    return {};  // an ordinary character: copied as it was written
}

}  // namespace

std::string yaml_double_quoted(std::string_view text) {
    std::string out = "\"";
    for (size_t i = 0; i < text.size();) {
        const size_t start = i;
        const char32_t cp = next_code_point(text, i);
        std::string esc = escape_code_point(cp);
        out += esc.empty() ? std::string(text.substr(start, i - start)) : esc;
    }
    return out + "\"";
}

std::string yaml_flow_scalar(std::string_view text) {
    static constexpr std::string_view kWords[] = {"null", "Null", "NULL", "true", "True", "TRUE", "false",
                                                  "False", "FALSE", "yes", "Yes", "YES", "no", "No", "NO",
                                                  "on", "On", "ON", "off", "Off", "OFF", "y", "Y", "n", "N"};
    bool plain = !text.empty() && std::isalnum(static_cast<unsigned char>(text.front()));
    for (char c : text) plain = plain && (std::isalnum(static_cast<unsigned char>(c)) || std::strchr("._/#-", c));
    for (auto w : kWords) plain = plain && text != w;
    return plain ? std::string(text) : yaml_double_quoted(text);
}

EntryLine& EntryLine::code(std::string_view key, std::string_view value) {
    if (!value.empty()) fields_.emplace_back(key, yaml_flow_scalar(value));
    return *this;
}

EntryLine& EntryLine::text(std::string_view key, std::string_view value) {
    if (!value.empty()) fields_.emplace_back(key, yaml_double_quoted(value));
    return *this;
}

EntryLine& EntryLine::date_field(std::string_view key, const Date& value) {
    // Quoted: YAML 1.1 readers (PyYAML, js-yaml, ajv-cli) would read a plain 2024-03-05 as a
    // timestamp, and the journal would fail its own schema there.
    fields_.emplace_back(key, "\"" + value.iso() + "\"");
    return *this;
}

EntryLine& EntryLine::number(std::string_view key, double value) {
    const std::string s = fmt::format("{}", value);  // shortest round-trip form
    fields_.emplace_back(key, std::isfinite(value) ? s : yaml_double_quoted(s));
    return *this;
}

EntryLine& EntryLine::flag(std::string_view key, bool value) {
    if (value) fields_.emplace_back(key, "true");
    return *this;
}

std::string EntryLine::str() const {
    std::string out = "- {";
    for (size_t i = 0; i < fields_.size(); ++i) out += (i ? ", " : " ") + fields_[i].first + ": " + fields_[i].second;
    return out + " }";
}

std::optional<Message> check_status_record(const StatusRecord& r) {
    const std::string code(status_words(r.status).code);
    if (r.status == Status::planned) {  // the journal's default, never recorded
        std::string allowed;
        for (const auto& w : status_table())
            if (w.status != Status::planned) allowed += (allowed.empty() ? "" : ", ") + std::string(w.code);
        return Message{"invalid-value", {"status", code, allowed}};
    }
    if (r.status == Status::extended && !r.due) return Message{"record-needs-due", {}};
    if (r.status != Status::extended && r.due) return Message{"record-due-not-extended", {code}};
    if (!r.occurrence.empty() && !is_occurrence(r.occurrence))
        return Message{"record-invalid-occurrence", {r.occurrence}};
    for (const auto& [name, value] : {std::pair{"--evidence", &r.evidence}, std::pair{"--note", &r.note}})
        if (!is_valid_utf8(*value)) return Message{"record-invalid-text", {name}};
    for (const auto& [name, value] : {std::pair{"--evidence", &r.evidence}, std::pair{"--note", &r.note}})
        if (auto c = first_control(*value)) return Message{"record-control-text", {name, code_point_name(c->cp)}};
    return std::nullopt;
}

std::optional<Message> check_event_record(const EventRecord& r) {
    if (!is_valid_utf8(r.note)) return Message{"record-invalid-text", {"--note"}};
    if (auto c = first_control(r.note)) return Message{"record-control-text", {"--note", code_point_name(c->cp)}};
    return std::nullopt;
}

std::optional<Message> check_close_record(const CloseRecord& r) {
    if (!is_valid_utf8(r.note)) return Message{"record-invalid-text", {"--note"}};
    return std::nullopt;
}

std::string status_entry(const StatusRecord& r) {
    EntryLine e(r.date);
    e.code("task", r.task).code("occurrence", r.occurrence).code("unit", r.unit).code("status", status_words(r.status).code);
    if (r.due) e.date_field("due", *r.due);
    return e.text("evidence", r.evidence).text("note", r.note).flag("issue", r.issue).str();
}

std::string event_entry(const EventRecord& r) {
    return EntryLine(r.date).code("event", r.event).text("note", r.note).str();
}

std::string close_entry(const CloseRecord& r) {
    return EntryLine(r.date).code("plan", r.plan).code("status", "closed").text("note", r.note).str();
}

}  // namespace cchc
