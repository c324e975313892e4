#include "cchc/units.hpp"

#include <algorithm>

#include "cchc/text.hpp"

namespace cchc {

bool looks_like_group_id(std::string_view t) {
    if (t.empty() || !(t[0] >= 'a' && t[0] <= 'z')) return false;
    return std::all_of(t.begin(), t.end(),
                       [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-'; });
}

std::string unit_label(const Agency& agency, std::string_view code) {
    if (const Unit* u = agency.find_unit(code)) return u->code + " (" + u->name + ")";
    if (const Group* g = agency.find_group(code)) return g->id + " (" + g->name + ")";
    return std::string(code);
}

void UnitIndex::add_key(std::string_view text, const UnitRef& ref) {
    const std::string key = fold(text);
    if (!key.empty()) keys_.emplace(key, ref);  // the first declaration wins
}

UnitIndex::UnitIndex(const Agency& agency)
    : agency_(agency), unit_count_(agency.units.size()), group_count_(agency.groups.size()) {
    // Codes first, so a code always beats a name that happens to fold alike.
    for (const auto& u : agency.units) add_key(u.code, {UnitRef::Kind::unit, u.code});
    for (const auto& g : agency.groups) add_key(g.id, {UnitRef::Kind::group, g.id});
    for (const auto& u : agency.units) {
        add_key(u.name, {UnitRef::Kind::unit, u.code});
        phrases_.push_back({fold(u.name), {u.code, u.name}});
        for (const auto& a : u.aliases) {
            add_key(a.value, {UnitRef::Kind::unit, u.code});
            phrases_.push_back({fold(a.value), {u.code, a.value}});
        }
    }
    for (const auto& g : agency.groups) {
        add_key(g.name, {UnitRef::Kind::group, g.id});
        for (const auto& a : g.aliases) add_key(a.value, {UnitRef::Kind::group, g.id});
    }
    std::stable_sort(phrases_.begin(), phrases_.end(),
                     [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
}

std::optional<UnitRef> UnitIndex::resolve(std::string_view text) const {
    // The same few references ("VP", "all") recur in thousands of tasks: fold each once.
    auto memo = resolved_.find(std::string(text));
    if (memo != resolved_.end()) return memo->second;
    std::optional<UnitRef> out;
    if (auto it = keys_.find(fold(text)); it != keys_.end()) out = it->second;
    resolved_.emplace(std::string(text), out);
    return out;
}

const UnitIndex& unit_index(const Agency& agency) {
    // A copied Agency carries its original's cache: rebuild when it indexes another agency.
    if (!agency.unit_index_cache || &agency.unit_index_cache->agency() != &agency || !agency.unit_index_cache->current())
        agency.unit_index_cache = std::make_shared<const UnitIndex>(agency);
    return *agency.unit_index_cache;
}

std::vector<std::string> UnitIndex::suggest(std::string_view text, size_t max) const {
    const std::string key = fold(text);
    std::vector<std::pair<int, std::string>> scored;
    for (const auto& [k, ref] : keys_) {
        int d = edit_distance(key, k);
        const bool contains = (key.size() >= 3 && k.find(key) != std::string::npos) ||
                              (k.size() >= 3 && key.find(k) != std::string::npos);
        if (contains) d = std::min(d, 1);
        if (d <= std::max(2, static_cast<int>(key.size()) / 3)) scored.push_back({d, ref.code});
    }
    std::sort(scored.begin(), scored.end());
    std::vector<std::string> out;
    for (const auto& [d, code] : scored) {
        std::string label = unit_label(agency_, code);
        if (std::find(out.begin(), out.end(), label) == out.end()) out.push_back(label);
        if (out.size() >= max) break;
    }
    return out;
}

void UnitIndex::add_children(const std::string& code, std::set<std::string>& out, int depth) const {
    if (depth > 32) return;  // a parent cycle is reported by its own rule
    for (const auto& u : agency_.units)
        if (u.parent.value == code && out.insert(u.code).second) add_children(u.code, out, depth + 1);
}

std::set<std::string> UnitIndex::expand(const UnitRef& ref, bool with_children) const {
    std::set<std::string> out;
    std::vector<std::pair<UnitRef, int>> todo{{ref, 0}};
    std::set<std::string> seen_groups;
    while (!todo.empty()) {
        auto [r, depth] = todo.back();
        todo.pop_back();
        if (r.kind == UnitRef::Kind::unit) {
            if (out.insert(r.code).second && with_children) add_children(r.code, out, 0);
            continue;
        }
        if (!seen_groups.insert(r.code).second) continue;
        if (const Group* g = agency_.find_group(r.code))
            for (const auto& m : g->members)
                if (auto sub = resolve(m.value)) todo.push_back({*sub, depth + 1});
    }
    return out;
}

std::set<std::string> UnitIndex::expand_all(const std::vector<Text>& refs, bool with_children) const {
    std::set<std::string> out;
    for (const auto& t : refs)
        if (auto r = resolve(t.value)) out.merge(expand(*r, with_children));
    return out;
}

namespace {
bool word_char(char c) { return static_cast<unsigned char>(c) >= 0x80 || std::isalnum(static_cast<unsigned char>(c)); }
}  // namespace

std::vector<UnitMention> UnitIndex::mentions(std::string_view text) const {
    const std::string hay = fold(text);
    std::vector<bool> used(hay.size(), false);
    std::vector<UnitMention> out;
    for (const auto& [phrase, mention] : phrases_) {
        if (phrase.size() < 4) continue;  // short forms ("VP") are too ambiguous inside prose
        for (size_t at = hay.find(phrase); at != std::string::npos; at = hay.find(phrase, at + 1)) {
            const size_t end = at + phrase.size();
            const bool bounded = (at == 0 || !word_char(hay[at - 1])) && (end == hay.size() || !word_char(hay[end]));
            if (!bounded || std::any_of(used.begin() + static_cast<long>(at), used.begin() + static_cast<long>(end),
                                        [](bool b) { return b; }))
                continue;
            std::fill(used.begin() + static_cast<long>(at), used.begin() + static_cast<long>(end), true);
            out.push_back(mention);
        }
    }
    return out;
}

}  // namespace cchc
