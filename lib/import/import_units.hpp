#pragma once
// Lead and support cells to unit codes: names and aliases of the agency (agency.yaml,
// diacritic-insensitive through UnitIndex) and the abbreviations the document declares
// ("Văn phòng Sở (sau đây gọi tắt là VP)", "Văn phòng Sở (VP)").
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "model/model.hpp"

namespace cchc {

struct ImportRules;

struct UnitReading {
    std::vector<std::string> values;  // codes, or the names as written when unresolved
    struct Unresolved {
        std::string name;
        std::vector<std::string> suggestions;  // closest codes
    };
    std::vector<Unresolved> unresolved;
};

class ImportUnits {
public:
    explicit ImportUnits(const Agency* agency, const ImportRules* rules = nullptr) : agency_(agency), rules_(rules) {}
    // Looks for abbreviation declarations in a text of the document.
    void scan_declarations(std::string_view text);
    // The units a cell names, one per line, "; " or ", " part, in order, without repeats.
    UnitReading read(std::string_view cell) const;
    const std::map<std::string, std::string>& declared() const { return declared_; }  // folded abbreviation → code
    // Every declaration seen: the abbreviation and the words before it.
    const std::vector<std::pair<std::string, std::string>>& raw_declarations() const { return raw_; }

private:
    const Agency* agency_;
    const ImportRules* rules_;
    std::map<std::string, std::string> declared_;
    std::vector<std::pair<std::string, std::string>> raw_;
    std::optional<std::string> resolve_one(std::string_view name) const;
};

}  // namespace cchc
