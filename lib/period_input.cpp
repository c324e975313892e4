#include "cchc/period_input.hpp"

#include <regex>
#include <string>

#include "cchc/text.hpp"

namespace cchc {

namespace {

int roman_or_number(const std::string& s) {
    if (s == "i") return 1;
    if (s == "ii") return 2;
    if (s == "iii") return 3;
    if (s == "iv") return 4;
    return std::stoi(s);
}

std::optional<Period> make(Period::Kind kind, int year, int index) {
    const int last = kind == Period::Kind::month ? 12 : kind == Period::Kind::quarter ? 4 : 1;
    if (year < 1900 || year > 2199 || index < 1 || index > last) return std::nullopt;
    Period p;
    p.kind = kind;
    p.year = year;
    p.index = kind == Period::Kind::year ? 1 : index;
    return p;
}

}  // namespace

std::optional<Period> parse_period_as_typed(Period::Kind kind, std::string_view text) {
    if (!is_valid_utf8(text) || text.size() > 64) return std::nullopt;
    const std::string t = fold(text);  // lower case, no diacritics: "quy iv/2024"
    std::smatch m;
    switch (kind) {
        case Period::Kind::month: {
            static const std::regex kMonthYear("(?:thang\\s*)?(\\d{1,2})\\s*[/.-]\\s*(\\d{4})");
            static const std::regex kYearMonth("(\\d{4})-(\\d{2})");
            if (std::regex_match(t, m, kMonthYear)) return make(kind, std::stoi(m[2]), std::stoi(m[1]));
            if (std::regex_match(t, m, kYearMonth)) return make(kind, std::stoi(m[1]), std::stoi(m[2]));
            return std::nullopt;
        }
        case Period::Kind::quarter: {
            static const std::regex kQuarterYear("(?:quy\\s*)?q?\\s*([1-4]|iv|i{1,3})\\s*[/-]\\s*(\\d{4})");
            static const std::regex kYearQuarter("(\\d{4})\\s*-\\s*q\\s*([1-4])");
            if (std::regex_match(t, m, kQuarterYear)) return make(kind, std::stoi(m[2]), roman_or_number(m[1]));
            if (std::regex_match(t, m, kYearQuarter)) return make(kind, std::stoi(m[1]), std::stoi(m[2]));
            return std::nullopt;
        }
        case Period::Kind::year: {
            static const std::regex kYear("(?:nam\\s*)?(\\d{4})");
            if (std::regex_match(t, m, kYear)) return make(kind, std::stoi(m[1]), 1);
            return std::nullopt;
        }
        default:
            return std::nullopt;
    }
}

}  // namespace cchc
