#include "model/units.hpp"

#include <algorithm>

#include "base/parallel.hpp"
#include "base/text.hpp"

namespace cchc {

namespace {
bool word_char(char c) {
    const auto u = static_cast<unsigned char>(c);
    return u >= 0x80 || (u >= '0' && u <= '9') || ((u | 0x20) >= 'a' && (u | 0x20) <= 'z');
}
// Bit of first_word_bits_ for a word.
size_t word_bit(std::string_view w) {
    return (w.size() * 131 + static_cast<unsigned char>(w.front()) * 31 + static_cast<unsigned char>(w.back())) % 4096;
}
// Short forms ("VP") are too ambiguous inside prose to count as mentions.
constexpr size_t kMinMentionBytes = 4;
}  // namespace

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
    for (size_t i = 0; i < phrases_.size(); ++i) {
        const std::string_view phrase = phrases_[i].first;
        if (phrase.size() < kMinMentionBytes) continue;
        if (!word_char(phrase[0])) {
            other_phrases_.push_back(i);
            continue;
        }
        size_t end = 0;
        while (end < phrase.size() && word_char(phrase[end])) ++end;
        by_first_word_[phrase.substr(0, end)].push_back(i);
        const size_t bit = word_bit(phrase.substr(0, end));
        first_word_bits_[bit / 64] |= uint64_t{1} << (bit % 64);
    }
    build_coverage();
}

void UnitBits::set(size_t unit) {
    if (unit / 64 >= words_.size()) words_.resize(unit / 64 + 1, 0);
    words_[unit / 64] |= uint64_t{1} << (unit % 64);
}

void UnitBits::add(const UnitBits& other) {
    if (other.words_.size() > words_.size()) words_.resize(other.words_.size(), 0);
    for (size_t i = 0; i < other.words_.size(); ++i) words_[i] |= other.words_[i];
}

void UnitBits::remove(const UnitBits& other) {
    for (size_t i = 0; i < std::min(words_.size(), other.words_.size()); ++i) words_[i] &= ~other.words_[i];
}

bool UnitBits::intersects(const UnitBits& other) const {
    for (size_t i = 0; i < std::min(words_.size(), other.words_.size()); ++i)
        if (words_[i] & other.words_[i]) return true;
    return false;
}

void UnitIndex::build_coverage() {
    const auto& units = agency_.units;
    for (size_t i = 0; i < units.size(); ++i) unit_position_.emplace(units[i].code, i);
    for (size_t i = 0; i < agency_.groups.size(); ++i) group_position_.emplace(agency_.groups[i].id, i);
    // A unit covers itself and every unit below it (as add_children: by the parent's code).
    std::vector<std::vector<size_t>> children(units.size());
    for (const auto& u : units)
        if (auto p = unit_position_.find(u.parent.value); p != unit_position_.end())
            children[p->second].push_back(unit_position_.at(u.code));
    unit_cover_.resize(units.size());
    for (size_t i = 0; i < units.size(); ++i) {
        std::vector<size_t> todo{i};
        while (!todo.empty()) {
            const size_t u = todo.back();
            todo.pop_back();
            if (unit_cover_[i].has(u)) continue;  // a parent cycle is reported by its own rule
            unit_cover_[i].set(u);
            todo.insert(todo.end(), children[u].begin(), children[u].end());
        }
    }
    // A group covers what its members cover; groups may name groups, even in a cycle.
    group_cover_.resize(agency_.groups.size());
    group_members_.resize(agency_.groups.size());
    for (size_t g = 0; g < agency_.groups.size(); ++g) {
        std::vector<size_t> todo{g};
        std::vector<bool> seen(agency_.groups.size(), false);
        while (!todo.empty()) {
            const size_t at = todo.back();
            todo.pop_back();
            if (seen[at]) continue;
            seen[at] = true;
            for (const auto& m : agency_.groups[at].members) {
                const auto r = resolve(m.value);
                if (!r) continue;
                if (r->kind == UnitRef::Kind::unit) {
                    group_cover_[g].add(unit_cover_[unit_position_.at(r->code)]);
                    group_members_[g].set(unit_position_.at(r->code));
                } else {
                    todo.push_back(group_position_.at(r->code));
                }
            }
        }
    }
}

void UnitIndex::add_covered(std::string_view ref, UnitBits& out) const {
    const auto r = resolve(ref);
    if (!r) return;
    if (r->kind == UnitRef::Kind::unit) out.add(unit_cover_[unit_position_.at(r->code)]);
    else out.add(group_cover_[group_position_.at(r->code)]);
}

void UnitIndex::add_named(std::string_view ref, UnitBits& own, UnitBits& grouped) const {
    const auto r = resolve(ref);
    if (!r) return;
    if (r->kind == UnitRef::Kind::unit) own.set(unit_position_.at(r->code));
    else grouped.add(group_members_[group_position_.at(r->code)]);
}

void UnitIndex::add_unit(std::string_view code, UnitBits& out) const {
    if (const auto it = unit_position_.find(code); it != unit_position_.end()) out.set(it->second);
}

bool UnitIndex::contains(const UnitBits& units, std::string_view code) const {
    const auto it = unit_position_.find(code);
    return it != unit_position_.end() && units.has(it->second);
}

std::optional<UnitRef> UnitIndex::resolve(std::string_view text) const {
    // No memo: folding a short reference costs about what a memo look-up does, and the
    // index stays read-only, so rules can share it across threads.
    if (auto it = keys_.find(fold(text)); it != keys_.end()) return it->second;
    return std::nullopt;
}

const UnitIndex& unit_index(const Agency& agency) {
    // A copied Agency carries its original's cache: rebuild when it indexes another agency.
    if (!agency.unit_index_cache || &agency.unit_index_cache->agency() != &agency || !agency.unit_index_cache->current())
        agency.unit_index_cache = std::make_shared<const UnitIndex>(agency);
    return *agency.unit_index_cache;
}

void build_unit_indexes(const Repository& repo) { build_unit_indexes(repo.agency_list()); }

void build_unit_indexes(const std::vector<const Agency*>& agencies) {
    parallel_for(agencies.size(), [&](size_t i) { unit_index(*agencies[i]); });
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

std::vector<UnitMention> UnitIndex::mentions(std::string_view text) const {
    const std::string hay = fold(text);
    // Every whole-word occurrence of a phrase, found by looking each word of the text up.
    struct Hit {
        size_t rank, at;  // phrase index (longest first), byte offset
        bool operator<(const Hit& o) const { return rank != o.rank ? rank < o.rank : at < o.at; }
    };
    std::vector<Hit> hits;
    auto bounded_end = [&](size_t end) { return end == hay.size() || !word_char(hay[end]); };
    for (size_t at = 0; at < hay.size();) {
        if (!word_char(hay[at])) {
            ++at;
            continue;
        }
        size_t end = at;
        while (end < hay.size() && word_char(hay[end])) ++end;
        const std::string_view word = std::string_view(hay).substr(at, end - at);
        const size_t bit = word_bit(word);
        if (!(first_word_bits_[bit / 64] >> (bit % 64) & 1)) {
            at = end;
            continue;
        }
        if (auto it = by_first_word_.find(word); it != by_first_word_.end())
            for (size_t rank : it->second) {
                const std::string& phrase = phrases_[rank].first;
                if (hay.compare(at, phrase.size(), phrase) == 0 && bounded_end(at + phrase.size())) hits.push_back({rank, at});
            }
        at = end;
    }
    for (size_t rank : other_phrases_) {
        const std::string& phrase = phrases_[rank].first;
        for (size_t at = hay.find(phrase); at != std::string::npos; at = hay.find(phrase, at + 1))
            if ((at == 0 || !word_char(hay[at - 1])) && bounded_end(at + phrase.size())) hits.push_back({rank, at});
    }
    if (hits.empty()) return {};
    // Longest phrase first; a place in the text is claimed once.
    std::sort(hits.begin(), hits.end());
    std::vector<bool> used(hay.size(), false);
    std::vector<UnitMention> out;
    for (const Hit& h : hits) {
        const auto begin = used.begin() + static_cast<long>(h.at);
        const auto end = begin + static_cast<long>(phrases_[h.rank].first.size());
        if (std::any_of(begin, end, [](bool b) { return b; })) continue;
        std::fill(begin, end, true);
        out.push_back(phrases_[h.rank].second);
    }
    return out;
}

}  // namespace cchc
