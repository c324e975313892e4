#include "unit_option.hpp"

namespace cchc::cli {

namespace {

std::optional<UnitFilter> unit_filter_in(const std::vector<const Agency*>& agencies, const std::string& text, Lang lang) {
    if (text.empty()) return std::nullopt;
    std::vector<std::string> suggestions;
    auto f = make_unit_filter(agencies, text, suggestions);
    if (f) return f;
    std::string list;
    for (const auto& s : suggestions) list += (list.empty() ? "" : ", ") + s;
    throw UsageError{suggestions.empty() ? render({"unknown-unit-cli", {text}}, lang)
                                         : render({"unknown-unit-cli-suggest", {text, list}}, lang)};
}

}  // namespace

std::optional<UnitFilter> unit_filter_option(const Repository& repo, const std::string& text, Lang lang) {
    return unit_filter_in(repo.agency_list(), text, lang);
}

std::optional<UnitFilter> unit_filter_option(const Repository& repo, const std::string& text, Lang lang,
                                             const Selection& scope) {
    // Resolved in the agencies in scope only (the others are not indexed at all).
    return scope.narrowed ? unit_filter_in(scope.agencies, text, lang) : unit_filter_option(repo, text, lang);
}

}  // namespace cchc::cli
