#include "unit_option.hpp"

namespace cchc::cli {

std::optional<UnitFilter> unit_filter_option(const Repository& repo, const std::string& text, Lang lang) {
    if (text.empty()) return std::nullopt;
    std::vector<std::string> suggestions;
    auto f = make_unit_filter(repo, text, suggestions);
    if (f) return f;
    std::string list;
    for (const auto& s : suggestions) list += (list.empty() ? "" : ", ") + s;
    throw UsageError{suggestions.empty() ? render({"unknown-unit-cli", {text}}, lang)
                                         : render({"unknown-unit-cli-suggest", {text, list}}, lang)};
}

std::optional<UnitFilter> unit_filter_option(const Repository& repo, const std::string& text, Lang lang,
                                             const Selection& scope) {
    auto f = unit_filter_option(repo, text, lang);
    if (!f || !scope.narrowed) return f;
    std::erase_if(f->units, [&](const auto& entry) { return !scope.covers(entry.first); });
    if (f->units.empty()) throw UsageError{render({"unknown-unit-cli", {text}}, lang)};
    return f;
}

}  // namespace cchc::cli
