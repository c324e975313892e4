// Unit cells to codes (import_units.hpp).
#include "import/import_units.hpp"

#include <utf8proc.h>

#include <algorithm>

#include "import/import_rules.hpp"
#include "base/text.hpp"
#include "model/units.hpp"

namespace cchc {

namespace {

std::string_view trim(std::string_view s) {
    // Bullets and list punctuation around a name: "- Văn phòng Sở;", "+ Thanh tra."
    const std::string_view lead = " \t-+*•–:";
    const std::string_view tail = " \t.;,:";
    while (!s.empty() && lead.find(s.front()) != std::string_view::npos) s.remove_prefix(1);
    if (s.rfind("•", 0) == 0) s.remove_prefix(std::string_view("•").size());
    if (s.rfind("–", 0) == 0) s.remove_prefix(std::string_view("–").size());
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && tail.find(s.back()) != std::string_view::npos) s.remove_suffix(1);
    return s;
}

std::vector<std::string_view> split_any(std::string_view s, std::string_view seps) {
    std::vector<std::string_view> out;
    size_t start = 0;
    for (size_t i = 0; i <= s.size(); ++i) {
        if (i == s.size() || seps.find(s[i]) != std::string_view::npos) {
            out.push_back(s.substr(start, i - start));
            start = i + 1;
        }
    }
    return out;
}

// "A, B và C" → fragments with the separators that joined them, so that a name containing a
// comma ("Các phòng, đơn vị thuộc Sở") can be put back together.
struct Fragment {
    std::string_view text;
    std::string_view sep_before;
};
std::vector<Fragment> fragments(std::string_view s) {
    std::vector<Fragment> out;
    size_t start = 0;
    std::string_view sep;
    for (size_t i = 0; i < s.size();) {
        size_t len = 0;
        if (s[i] == ',') len = 1;
        else if (s.compare(i, 5, " và ") == 0) len = std::string_view(" và ").size();
        if (len == 0) {
            ++i;
            continue;
        }
        out.push_back({s.substr(start, i - start), sep});
        sep = s.substr(i, len);
        i += len;
        start = i;
    }
    out.push_back({s.substr(start), sep});
    return out;
}

// Unit names start with a capital ("Văn phòng Sở, Thanh tra Sở"); a fragment in lower case
// after a comma continues the name before it ("Các phòng, đơn vị thuộc Sở").
bool starts_upper(std::string_view s) {
    utf8proc_int32_t cp = 0;
    if (s.empty() || utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data()), static_cast<utf8proc_ssize_t>(s.size()), &cp) <= 0)
        return false;
    return utf8proc_isupper(cp);
}

bool looks_like_abbreviation(std::string_view s) {
    if (s.size() < 2 || s.size() > 16) return false;
    int upper = 0;
    for (unsigned char c : s) {
        if (c >= 'A' && c <= 'Z') ++upper;
        else if (c >= 0x80) ++upper;  // Đ and other Vietnamese capitals
        else if (!((c >= '0' && c <= '9') || c == '&' || c == '-' || c == '.')) return false;
    }
    return upper >= 2;
}

}  // namespace

std::optional<std::string> ImportUnits::resolve_one(std::string_view name) const {
    name = trim(name);
    if (name.empty()) return std::nullopt;
    if (rules_)
        if (const std::string* code = rules_->unit(name)) return *code;
    if (auto it = declared_.find(fold(name)); it != declared_.end()) return it->second;
    if (agency_)
        if (auto ref = unit_index(*agency_).resolve(name)) return ref->code;
    // "Phòng HCTP", "Trung tâm TGPL": the kind of unit before its abbreviation, which the
    // unit's own name starts with ("Phòng Hành chính tư pháp"); any other word before it is
    // not dropped (no guess that "Tổ HCTP" is the Phòng).
    const size_t sp = name.rfind(' ');
    if (sp == std::string_view::npos || !looks_like_abbreviation(name.substr(sp + 1))) return std::nullopt;
    const std::string kind = fold(name.substr(0, sp));
    const std::string_view abbr = name.substr(sp + 1);
    std::optional<std::string> code;
    if (auto it = declared_.find(fold(abbr)); it != declared_.end()) code = it->second;
    else if (agency_)
        if (auto ref = unit_index(*agency_).resolve(abbr)) code = ref->code;
    if (!code || !agency_) return std::nullopt;
    const Unit* u = agency_->find_unit(*code);
    if (u && fold(u->name).rfind(kind + " ", 0) == 0) return code;
    return std::nullopt;
}

void ImportUnits::scan_declarations(std::string_view text) {
    // "<name> (sau đây gọi tắt là X)", "(viết tắt là X)", "(gọi tắt: X)", or "<name> (X)".
    for (size_t open = text.find('('); open != std::string_view::npos; open = text.find('(', open + 1)) {
        const size_t close = text.find(')', open);
        if (close == std::string_view::npos) break;
        std::string_view inside = text.substr(open + 1, close - open - 1);
        const std::string f = fold(inside);
        bool explicit_marker = false;
        for (const char* marker : {"tat la ", "tat: ", "tat "}) {
            const size_t at = f.find(marker);
            if (at == std::string::npos) continue;
            // Offsets in the folded text differ from the original, the words do not: as many
            // last words as follow the marker ("gọi tắt là UBND cấp xã": three).
            const size_t words = split_any(trim(std::string_view(f).substr(at + std::string_view(marker).size())), " ").size();
            size_t from = inside.size();
            for (size_t k = 0; k < words && from != std::string_view::npos && from > 0; ++k) from = inside.rfind(' ', from - 1);
            inside = from == std::string_view::npos ? inside : inside.substr(from + 1);
            explicit_marker = true;
            break;
        }
        inside = trim(inside);
        // "(X)" alone declares only what looks like an abbreviation; after "gọi tắt là" the
        // document says so itself, and a short name of a few words counts too ("UBND cấp xã").
        const bool short_name = explicit_marker && !inside.empty() && inside.size() <= 40 &&
                                split_any(inside, " ").size() <= 4 && looks_like_abbreviation(inside.substr(0, inside.find(' ')));
        if (!looks_like_abbreviation(inside) && !short_name) continue;
        // The name: the longest run of words before "(" that names a unit.
        std::string_view before = text.substr(0, open);
        while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
        std::vector<size_t> starts{0};
        for (size_t i = 0; i < before.size(); ++i)
            if (before[i] == ' ') starts.push_back(i + 1);
        const size_t from = starts.size() > 14 ? starts.size() - 14 : 0;
        raw_.emplace_back(std::string(inside), std::string(before.substr(starts[from])));
        for (size_t k = from; k < starts.size(); ++k) {
            if (auto code = resolve_one(before.substr(starts[k]))) {
                declared_.emplace(fold(inside), *code);
                break;
            }
        }
    }
}

UnitReading ImportUnits::read(std::string_view cell) const {
    UnitReading out;
    auto add = [&](std::string value) {
        if (std::find(out.values.begin(), out.values.end(), value) == out.values.end())
            out.values.push_back(std::move(value));
    };
    for (std::string_view line : split_any(cell, "\n;")) {
        line = trim(line);
        if (line.empty()) continue;
        if (auto code = resolve_one(line)) {
            add(*code);
            continue;
        }
        const std::vector<Fragment> fr = fragments(line);
        std::string pending;  // unresolved fragments with their separators, reported as one name
        auto flush = [&] {
            if (pending.empty()) return;
            const std::string name = std::move(pending);
            UnitReading::Unresolved u{name, {}};
            if (agency_) u.suggestions = unit_index(*agency_).suggest(name, 3);
            add(name);
            out.unresolved.push_back(std::move(u));
            pending.clear();
        };
        for (size_t i = 0; i < fr.size();) {
            size_t taken = 0;
            // Longest run of fragments that names a unit, put back with its own separators.
            for (size_t j = fr.size(); j > i && !taken; --j) {
                std::string joined(fr[i].text);
                for (size_t k = i + 1; k < j; ++k) joined += std::string(fr[k].sep_before) + std::string(fr[k].text);
                if (auto code = resolve_one(joined)) {
                    flush();
                    add(*code);
                    taken = j - i;
                }
            }
            if (!taken) {
                const std::string_view t = trim(fr[i].text);
                // "A, B": two names when B starts with a capital; never split at "và", which
                // names hold ("Sở Kế hoạch và Đầu tư").
                if (!pending.empty() && fr[i].sep_before == "," && starts_upper(t)) flush();
                if (!t.empty()) {
                    if (!pending.empty()) pending += fr[i].sep_before == "," ? ", " : std::string(fr[i].sep_before);
                    pending += t;
                }
                taken = 1;
            }
            i += taken;
        }
        flush();
    }
    return out;
}

}  // namespace cchc
