// Writing an imported plan as YAML (import_yaml.hpp).
#include "import/import_yaml.hpp"

#include <algorithm>

#include "import/import_error.hpp"
#include "record/journal_append.hpp"
#include "base/text.hpp"

namespace cchc {

namespace {

bool has_control(std::string_view s, bool allow_newline) {
    for (size_t i = 0; i < s.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c == '\n' && allow_newline) continue;
        if (c < 0x20 || c == 0x7f) return true;
        if (c == 0xc2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) < 0xa0) return true;  // C1
        if (c == 0xe2 && s.substr(i, 3) == "\u2028") return true;
        if (c == 0xe2 && s.substr(i, 3) == "\u2029") return true;
    }
    return false;
}

bool plain_safe(std::string_view s) {
    if (s.empty() || has_control(s, false)) return false;
    if (std::string_view("-?:,[]{}#&*!|>'\"%@`0123456789.+ ").find(s.front()) != std::string_view::npos) return false;
    if (s.back() == ' ' || s.back() == ':') return false;
    if (s.find(": ") != std::string_view::npos || s.find(" #") != std::string_view::npos) return false;
    static const char* kWords[] = {"null", "true", "false", "yes", "no", "on", "off", "y", "n", "~"};
    const std::string f = fold(s);
    for (const char* w : kWords)
        if (f == w) return false;
    return true;
}

void comment(std::string& out, int indent, std::string_view text) {
    std::string line(text);
    std::replace(line.begin(), line.end(), '\n', ' ');
    out += std::string(static_cast<size_t>(indent), ' ') + "# " + line + "\n";
}

void key(std::string& out, int indent, const char* k, std::string_view value) {
    if (value.empty()) return;
    out += std::string(static_cast<size_t>(indent), ' ') + k + ": " + yaml_scalar(value, indent + 2) + "\n";
}

void unit_list(std::string& out, int indent, const char* k, const std::vector<std::string>& v) {
    if (v.empty()) return;
    out += std::string(static_cast<size_t>(indent), ' ') + k + ": " + yaml_unit_list(v) + "\n";
}

void review_comments(std::string& out, int indent, const std::vector<Review>& reviews, Lang lang) {
    const std::string mark = lang == Lang::en ? "REVIEW" : "XEM LẠI";
    for (const Review& r : reviews) {
        std::string where = r.at.table ? " (" + source_ref_text(r.at, lang) + ")" : "";
        comment(out, indent, mark + where + ": " + import_message(r.key, r.args, lang));
    }
}

}  // namespace

void write_task_yaml(std::string& out, const ImportedTask& t, int indent, Lang lang) {
    review_comments(out, indent, t.reviews, lang);
    const std::string pad(static_cast<size_t>(indent), ' ');
    out += pad + "- id: " + yaml_scalar(t.id, indent + 4) + "\n";
    const int in = indent + 2;
    key(out, in, "stt", t.stt);
    key(out, in, "task", t.task);
    key(out, in, "criterion", t.criterion);
    key(out, in, "result", t.result);
    key(out, in, "timing", t.timing);
    unit_list(out, in, "lead", t.lead);
    unit_list(out, in, "support", t.support);
    key(out, in, "method", t.method);
    key(out, in, "note", t.note);
}

void write_section_yaml(std::string& out, const ImportedSection& s, int indent, Lang lang) {
    const std::string pad(static_cast<size_t>(indent), ' ');
    out += pad + "- id: " + yaml_scalar(s.id, indent + 4) + "\n";
    const int in = indent + 2;
    key(out, in, "stt", s.stt);
    key(out, in, "title", s.title.empty() ? s.stt : s.title);
    if (!s.tasks.empty()) {
        out += std::string(static_cast<size_t>(in), ' ') + "tasks:\n";
        for (const ImportedTask& t : s.tasks) write_task_yaml(out, t, in + 2, lang);
    }
    if (!s.sections.empty()) {
        out += std::string(static_cast<size_t>(in), ' ') + "sections:\n";
        for (const ImportedSection& c : s.sections) write_section_yaml(out, c, in + 2, lang);
    }
}

std::string yaml_unit_list(const std::vector<std::string>& units) {
    std::string out = "[";
    for (size_t i = 0; i < units.size(); ++i) out += (i ? ", " : "") + yaml_flow_scalar(units[i]);
    return out + "]";
}

void write_review_comments(std::string& out, int indent, const std::vector<Review>& reviews, Lang lang) {
    review_comments(out, indent, reviews, lang);
}

std::string yaml_scalar(std::string_view text, int indent) {
    if (text.find('\n') != std::string_view::npos && !has_control(text, true)) {
        bool ok = text.front() != ' ' && text.back() != ' ';
        size_t start = 0;
        std::string block = "|-\n";
        while (ok && start <= text.size()) {
            size_t end = text.find('\n', start);
            if (end == std::string_view::npos) end = text.size();
            std::string_view line = text.substr(start, end - start);
            if (line.empty() || line.back() == ' ' || line.front() == ' ' || line.front() == '\t') ok = false;
            block += std::string(static_cast<size_t>(indent), ' ') + std::string(line) + (end < text.size() ? "\n" : "");
            start = end + 1;
        }
        if (ok) return block;
    }
    if (plain_safe(text)) return std::string(text);
    return yaml_double_quoted(text);
}

std::string source_ref_text(const SourceRef& at, Lang lang) {
    const bool en = lang == Lang::en;
    std::string s = (en ? "table " : "bảng ") + std::to_string(at.table) + (en ? ", row " : ", dòng ") + std::to_string(at.row);
    if (at.column > 0) s += (en ? ", column " : ", cột ") + std::to_string(at.column);
    return s;
}

std::string write_plan_yaml(const ImportedPlan& plan, const std::string& source, const std::string& schema, Lang lang) {
    std::string out = "# yaml-language-server: $schema=" + schema + "\n";
    comment(out, 0, import_message("yaml-header", {source}, lang));
    comment(out, 0, import_message("yaml-header-review", {}, lang));
    review_comments(out, 0, plan.reviews, lang);
    if (!plan.number.empty()) out += "number: " + yaml_double_quoted(plan.number) + "\n";
    if (!plan.issued.empty()) out += "issued: \"" + plan.issued + "\"\n";
    if (plan.year > 0) out += "year: " + std::to_string(plan.year) + "\n";
    key(out, 0, "title", plan.title);
    out += "sections:\n";
    for (const ImportedSection& s : plan.sections) write_section_yaml(out, s, 2, lang);
    return out;
}

}  // namespace cchc
