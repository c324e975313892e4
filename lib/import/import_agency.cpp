// agency.yaml for a new agency from an imported plan (import_agency.hpp).
#include "import/import_agency.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "import/import_error.hpp"
#include "import/import_yaml.hpp"
#include "base/text.hpp"

namespace cchc {

namespace {

void each_task(std::vector<ImportedSection>& sections, const auto& fn) {
    for (ImportedSection& s : sections) {
        for (ImportedTask& t : s.tasks) fn(t);
        each_task(s.sections, fn);
    }
}

// "Phòng Kế hoạch Tài chính" → "PKHTC".
std::string initials(const std::string& name) {
    std::string out;
    bool start = true;
    for (char c : fold(name)) {
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (alnum && start) out += static_cast<char>(c >= 'a' ? c - 'a' + 'A' : c);
        start = !alnum;
    }
    if (out.empty() || !(out[0] >= 'A' && out[0] <= 'Z')) out = "U" + out;
    return out.substr(0, 12);
}

bool ends_with_words(const std::string& text, const std::string& tail) {
    return !tail.empty() && text.size() >= tail.size() && text.compare(text.size() - tail.size(), tail.size(), tail) == 0 &&
           (text.size() == tail.size() || text[text.size() - tail.size() - 1] == ' ');
}

// The agency's name: the last line of the national header's left cell ("SỞ THÔNG TIN VÀ
// TRUYỀN THÔNG" under "UBND TỈNH …").
std::string agency_name(const DocxDocument& doc) {
    for (const DocxTable& t : doc.tables) {
        if (t.rows.size() > 4 || t.rows.empty() || t.rows[0].cells.empty()) continue;
        std::string text = t.rows[0].cells[0].text();
        const size_t nl = text.rfind('\n');
        std::string last = nl == std::string::npos ? text : text.substr(nl + 1);
        if (!last.empty()) return last;
    }
    return {};
}

}  // namespace

std::string new_agency_yaml(const DocxDocument& doc, ImportedPlan& plan, const std::string& source, Lang lang) {
    std::vector<std::string> names;
    std::set<std::string> seen;
    each_task(plan.sections, [&](ImportedTask& t) {
        for (const auto* list : {&t.lead, &t.support})
            for (const std::string& n : *list)
                if (seen.insert(fold(n)).second) names.push_back(n);
    });
    if (names.empty()) return {};
    // Declared abbreviations: abbreviation → the text before it, folded.
    std::map<std::string, std::string> declared, declared_name;
    for (const auto& [abbr, before] : plan.abbreviations) {
        declared.emplace(abbr, fold(before));
        // The words before "(… gọi tắt là X)" name the unit when they are few.
        if (std::count(before.begin(), before.end(), ' ') < 10) declared_name.emplace(abbr, before);
    }

    std::map<std::string, std::string> code_of;  // folded name → code
    std::map<std::string, std::string> unit_name;  // code → name written in agency.yaml
    std::vector<std::string> order;
    std::set<std::string> used;
    auto take = [&](const std::string& code, const std::string& name, bool full) {
        if (!unit_name.count(code)) {
            unit_name[code] = name;
            order.push_back(code);
        } else if (full && unit_name[code] == code) {
            unit_name[code] = name;  // the abbreviation came first; the full name is better
        }
        used.insert(code);
    };
    // Names the document abbreviates.
    for (const std::string& n : names)
        for (const auto& [abbr, before] : declared)
            if (n == abbr || ends_with_words(before, fold(n))) {
                code_of[fold(n)] = abbr;
                if (n == abbr && declared_name.count(abbr)) take(abbr, declared_name[abbr], true);
                else take(abbr, n, n != abbr);
                break;
            }
    for (const std::string& n : names) {
        if (code_of.count(fold(n))) continue;
        std::string code = initials(n);
        for (int k = 2; used.count(code) && unit_name[code] != n; ++k) code = initials(n) + std::to_string(k);
        code_of[fold(n)] = code;
        take(code, n, true);
    }
    each_task(plan.sections, [&](ImportedTask& t) {
        for (auto* list : {&t.lead, &t.support})
            for (std::string& n : *list) n = code_of[fold(n)];
        for (Review& r : t.reviews)
            if (r.key == "review-unit" || r.key == "review-unit-suggest") r = {r.at, "review-unit-new", {r.args[0], code_of[fold(r.args[0])]}};
    });

    std::string out = "# yaml-language-server: $schema=../../../schemas/agency.schema.json\n";
    out += "# " + import_message("agency-header", {source}, lang) + "\n";
    const std::string name = agency_name(doc);
    out += "name: " + yaml_scalar(name.empty() ? "?" : name, 2) + "\n";
    out += "units:\n";
    for (const std::string& code : order) out += "  " + code + ":\n    name: " + yaml_scalar(unit_name[code], 6) + "\n";
    return out;
}

}  // namespace cchc
