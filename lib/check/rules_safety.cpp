// invalid-id, journal-wrong-year: values that would be accepted silently but cannot be meant.
#include <filesystem>

#include "base/ids.hpp"
#include "check/rules.hpp"

namespace cchc {

void check_id_characters(const Plan& plan, Diagnostics& diags) {
    auto check = [&](const Text& id) {
        if (!id.pos.file || is_valid_id(id.value)) return;
        std::string shown;  // one line: a line break in an id is shown as \n
        for (char c : id.value) shown += c == '\n' ? std::string("\\n") : c == '\t' ? std::string("\\t") : std::string(1, c);
        diags.add(diagnostic_at(id.pos, Severity::error, "invalid-id", {"invalid-id", {shown, kIdCharacters}}));
    };
    for (const auto& s : plan.sections) check(s.id);
    for (const auto& t : plan.tasks) check(t.id);
}

void check_id_characters(const Repository& repo, Diagnostics& diags) {
    for (const auto& plan : repo.plans) check_id_characters(plan, diags);
}

// journal/2024.yaml holds the entries of 2024: one elsewhere is missed by whoever reads a year.
void check_journal_year(const Repository& repo, Diagnostics& diags) {
    for (const auto& j : repo.journals) {
        if (!j.file) continue;
        const std::string stem = std::filesystem::path(j.file->path).stem().string();
        if (stem.size() != 4 || stem.find_first_not_of("0123456789") != std::string::npos) continue;
        const int year = std::stoi(stem);
        for (const auto& e : j.entries)
            if (e.date.pos.file && e.date.value.year != year)
                diags.add(diagnostic_at(e.date.pos, Severity::error, "journal-wrong-year",
                                        {"journal-wrong-year", {e.date.value.dmy(), stem + ".yaml",
                                                                std::to_string(e.date.value.year) + ".yaml"}}));
    }
}

}  // namespace cchc
