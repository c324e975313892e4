#pragma once
// Resolving what people write for a unit — a code, a group id, a full name or an alias,
// in any case, with or without diacritics — to the agency's units.
#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/model.hpp"

namespace cchc {

struct UnitRef {
    enum class Kind { unit, group };
    Kind kind = Kind::unit;
    std::string code;
};

struct UnitMention {
    std::string code;    // unit named
    std::string phrase;  // the name or alias as the agency writes it
};

// A set of one agency's units, a bit per unit (by the position of the unit's first
// declaration): "is this unit among those assigned?" without sets of strings.
class UnitBits {
public:
    void set(size_t unit);
    bool has(size_t unit) const { return unit / 64 < words_.size() && (words_[unit / 64] >> (unit % 64) & 1); }
    void add(const UnitBits& other);
    void remove(const UnitBits& other);  // the units of `other` taken out
    bool intersects(const UnitBits& other) const;

private:
    std::vector<uint64_t> words_;
};

class UnitIndex {
public:
    explicit UnitIndex(const Agency& agency);

    std::optional<UnitRef> resolve(std::string_view text) const;
    // Up to `max` display strings ("VP (Văn phòng Sở)") closest to `text`.
    std::vector<std::string> suggest(std::string_view text, size_t max = 3) const;
    // The units a reference covers: a group's members (recursively) or the unit itself,
    // each with its sub-units when `with_children`.
    std::set<std::string> expand(const UnitRef& ref, bool with_children = true) const;
    std::set<std::string> expand_all(const std::vector<Text>& refs, bool with_children = true) const;
    // Adds to `out` the units `ref` (a code, group id, name or alias) covers, sub-units
    // included: expand(resolve(ref)), computed once when the index is built.
    void add_covered(std::string_view ref, UnitBits& out) const;
    // Adds the units `ref` names without their sub-units, as expand(resolve(ref), false): a
    // unit to `own`, a group's members (recursively) to `grouped`.
    void add_named(std::string_view ref, UnitBits& own, UnitBits& grouped) const;
    // Adds the unit with this code (nothing for a code that is not a unit).
    void add_unit(std::string_view code, UnitBits& out) const;
    // Whether the unit with this code is in `units`.
    bool contains(const UnitBits& units, std::string_view code) const;
    // Units whose name or alias appears in `text` (longest match first, whole words).
    std::vector<UnitMention> mentions(std::string_view text) const;

    const Agency& agency() const { return agency_; }
    // Whether the index still matches its agency (units or groups added since: rebuild).
    bool current() const { return agency_.units.size() == unit_count_ && agency_.groups.size() == group_count_; }

private:
    const Agency& agency_;
    size_t unit_count_ = 0, group_count_ = 0;
    std::unordered_map<std::string, UnitRef> keys_;  // folded code/name/alias → ref
    std::vector<std::pair<std::string, UnitMention>> phrases_;  // folded name/alias, longest first
    // mentions() looks a text's words up here instead of searching it for every phrase:
    // phrase indexes by their first word (views into phrases_), and the few phrases that do
    // not start with a letter or digit.
    std::unordered_map<std::string_view, std::vector<size_t>> by_first_word_;
    // A bit per hash of (length, first and last byte) of those first words: most words of
    // a text start no phrase, and this tells so without a hash-map look-up.
    std::vector<uint64_t> first_word_bits_ = std::vector<uint64_t>(64);
    std::vector<size_t> other_phrases_;
    // Code → position of its first declaration, group id → its first group; what each unit
    // (itself and its sub-units) and each group (its members, recursively) covers.
    std::unordered_map<std::string_view, size_t> unit_position_, group_position_;
    std::vector<UnitBits> unit_cover_, group_cover_;
    std::vector<UnitBits> group_members_;  // a group's members, recursively, without sub-units
    void build_coverage();
    void add_key(std::string_view text, const UnitRef& ref);
    void add_children(const std::string& code, std::set<std::string>& out, int depth) const;
};

// The agency's index, built once and kept with the agency (its units do not change after
// loading). Building it is not thread-safe; an index once built is only read, so threads
// may share it (run_rules builds every agency's before running rules side by side).
const UnitIndex& unit_index(const Agency& agency);
// Builds the index of every agency of `repo`, on all cores (each index is its own agency's).
void build_unit_indexes(const Repository& repo);
// The same for these agencies only (a command scoped to one agency of thousands).
void build_unit_indexes(const std::vector<const Agency*>& agencies);

// "Văn phòng Sở (VP)" style label for messages.
std::string unit_label(const Agency& agency, std::string_view code);

// Group-id looking references (lower-case ASCII identifiers: "all", "phong_cm") name groups.
bool looks_like_group_id(std::string_view text);

}  // namespace cchc
