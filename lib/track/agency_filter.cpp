#include "track/agency_filter.hpp"

#include "base/ids.hpp"
#include "model/refs.hpp"
#include "base/text.hpp"

namespace cchc {

bool agency_matches(const Agency& a, std::string_view text) {
    const std::string w = fold(text);
    if (w.empty()) return false;
    return matches_ref_suffix(fold(a.id), w) || fold(a.key) == w || fold(a.short_name) == w || fold(a.name) == w ||
           fold(a.short_name + " " + a.province) == w ||
           // A province ("lang-son", "Lạng Sơn"): every agency under it.
           fold(a.id).starts_with(w + "/") || (!a.province.empty() && fold(a.province) == w);
}

std::vector<const Agency*> match_agencies(const Repository& repo, std::string_view text) {
    std::vector<const Agency*> out;
    for (const auto& a : repo.agencies)
        if (agency_matches(*a, text)) out.push_back(a.get());
    return out;
}

std::vector<const Agency*> agencies_in_dir(const Repository& repo, std::string_view dir) {
    std::vector<const Agency*> out;
    const std::string d(dir);
    for (const auto& a : repo.agencies) {
        const bool under = a->id == d || a->id.starts_with(d + "/") || d.starts_with(a->id + "/");
        if (under) out.push_back(a.get());
    }
    return out;
}

}  // namespace cchc
