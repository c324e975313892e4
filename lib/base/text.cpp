#include "base/text.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <optional>
#include <cstdlib>
#include <vector>

namespace cchc {

namespace {

std::vector<utf8proc_int32_t> code_points(std::string_view s) {
    std::vector<utf8proc_int32_t> out;
    out.reserve(s.size());
    auto p = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
    utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(s.size());
    while (left > 0) {
        utf8proc_int32_t cp = 0;
        utf8proc_ssize_t n = utf8proc_iterate(p, left, &cp);
        if (n <= 0) {  // invalid byte: keep it visible as U+FFFD, advance one byte
            cp = 0xFFFD;
            n = 1;
        }
        out.push_back(cp);
        p += n;
        left -= n;
    }
    return out;
}

void append_utf8(std::string& out, utf8proc_int32_t cp) {
    utf8proc_uint8_t buf[4];
    utf8proc_ssize_t n = utf8proc_encode_char(cp, buf);
    out.append(reinterpret_cast<const char*>(buf), static_cast<size_t>(n));
}

std::string map_with(std::string_view s, int options) {
    utf8proc_uint8_t* result = nullptr;
    utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                                      static_cast<utf8proc_ssize_t>(s.size()), &result,
                                      static_cast<utf8proc_option_t>(options));
    if (n < 0) return std::string(s);
    std::string out(reinterpret_cast<char*>(result), static_cast<size_t>(n));
    std::free(result);
    return out;
}

}  // namespace

std::pair<char32_t, size_t> decode_utf8_multibyte(const unsigned char* p, size_t left) {
    const auto cont = [&](size_t i) { return i < left && (p[i] & 0xC0) == 0x80; };
    if (p[0] >= 0xC2 && p[0] < 0xE0 && cont(1)) return {static_cast<char32_t>(((p[0] & 0x1F) << 6) | (p[1] & 0x3F)), 2};
    if (p[0] >= 0xE0 && p[0] < 0xF0 && cont(1) && cont(2)) {
        const char32_t cp = ((p[0] & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
        return {cp, cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF) ? 3 : 0};
    }
    if (p[0] >= 0xF0 && p[0] < 0xF5 && cont(1) && cont(2) && cont(3)) {
        const char32_t cp = ((p[0] & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
        return {cp, cp >= 0x10000 && cp <= 0x10FFFF ? 4 : 0};
    }
    return {0, 0};
}

bool is_valid_utf8(std::string_view s) {
    auto p = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
    utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(s.size());
    while (left > 0) {
        utf8proc_int32_t cp = 0;
        utf8proc_ssize_t n = utf8proc_iterate(p, left, &cp);
        if (n <= 0) return false;
        p += n;
        left -= n;
    }
    return true;
}

namespace {

// Whether `cp` is NFC_Quick_Check=Yes with combining class 0, so that text made only of such
// code points is already NFC (no reordering, nothing to compose or replace). Conservative:
// a code point not known to be safe sends the text through utf8proc.
bool nfc_stable(utf8proc_int32_t cp) {
    if (cp < 0x300) return true;                     // Latin-1, Latin Extended-A/B (ă đ ơ ư)
    if (cp >= 0x1E00 && cp <= 0x1EFF) return true;   // Latin Extended Additional: Vietnamese ạ ả ấ …
    if (cp >= 0x1100 && cp <= 0x11FF) return false;  // Hangul jamo compose although of class 0
    const utf8proc_property_t* p = utf8proc_get_property(cp);
    // No decomposition at all (canonical or compatibility), not a mark, class 0: nothing can
    // compose with it as the second of a pair, and it is never replaced.
    return p->combining_class == 0 && p->decomp_seqindex == UINT16_MAX && p->category != UTF8PROC_CATEGORY_MN &&
           p->category != UTF8PROC_CATEGORY_MC && p->category != UTF8PROC_CATEGORY_ME &&
           p->category != UTF8PROC_CATEGORY_CN;
}

// Text that is certainly NFC already: most plan text (ASCII and precomposed Vietnamese).
bool already_nfc(std::string_view s) {
    auto p = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
    utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(s.size());
    while (left > 0) {
        if (*p < 0x80) {
            ++p, --left;
            continue;
        }
        utf8proc_int32_t cp = 0;
        const utf8proc_ssize_t n = utf8proc_iterate(p, left, &cp);
        if (n <= 0 || !nfc_stable(cp)) return false;
        p += n;
        left -= n;
    }
    return true;
}

}  // namespace

std::string nfc(std::string_view s) {
    if (already_nfc(s)) return std::string(s);
    // Line by line: a line break is a starter that nothing composes with, so no change crosses
    // it, and only the lines that need it go through utf8proc (a national report is 100 MB,
    // of which a few lines hold a character such as '…' that the shortcut cannot vouch for).
    std::string out;
    out.reserve(s.size());
    for (size_t at = 0; at < s.size();) {
        const size_t end = std::min(s.find('\n', at), s.size());
        const std::string_view line = s.substr(at, end - at);
        if (already_nfc(line)) out += line;
        else out += map_with(line, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
        if (end < s.size()) out += '\n';
        at = end + 1;
    }
    return out;
}

namespace {

// The folded form of each Latin letter with diacritics (U+0080-U+024F, U+1E00-U+1EFF: all
// of Vietnamese) that folds to one ASCII character, as the general path below gives it
// (computed by utf8proc once); 0 where that path must be taken.
const std::array<char, 0x250 + 0x100>& latin_folds() {
    static const std::array<char, 0x250 + 0x100> table = [] {
        std::array<char, 0x250 + 0x100> t{};
        auto fill = [&](utf8proc_int32_t cp, size_t slot) {
            std::string c;
            append_utf8(c, cp);
            const std::string f = map_with(c, UTF8PROC_STABLE | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK |
                                                  UTF8PROC_CASEFOLD);
            if (cp == 0x0111 || cp == 0x0110) t[slot] = 'd';
            else if (f.size() == 1 && static_cast<unsigned char>(f[0]) > 0x20 && static_cast<unsigned char>(f[0]) < 0x7F)
                t[slot] = f[0];
        };
        for (utf8proc_int32_t cp = 0x80; cp < 0x250; ++cp) fill(cp, static_cast<size_t>(cp));
        for (utf8proc_int32_t cp = 0x1E00; cp < 0x1F00; ++cp) fill(cp, static_cast<size_t>(0x250 + cp - 0x1E00));
        return t;
    }();
    return table;
}

// Whether the general path below keeps `cp` exactly as it is: not a space, nothing to
// decompose, strip or case-fold (dashes, quotes, ellipsis, most symbols and scripts).
bool folds_to_itself(utf8proc_int32_t cp) {
    if (cp >= 0xAC00 && cp <= 0xD7A3) return false;  // Hangul syllables decompose by rule, not by table
    const utf8proc_property_t* p = utf8proc_get_property(cp);
    return p->decomp_seqindex == UINT16_MAX && p->casefold_seqindex == UINT16_MAX && p->combining_class == 0 &&
           p->category != UTF8PROC_CATEGORY_MN && p->category != UTF8PROC_CATEGORY_MC &&
           p->category != UTF8PROC_CATEGORY_ME && p->category != UTF8PROC_CATEGORY_ZS &&
           p->category != UTF8PROC_CATEGORY_CN && cp != 0x0111 && cp != 0x0110;
}

// fold() of text made of ASCII, the letters of latin_folds() and characters that fold to
// themselves; nullopt for anything else (the general path). Every character folds to at
// most its own bytes and a run of spaces to one, so the result is written in place into a
// buffer of the input's size: no per-character capacity checks.
std::optional<std::string> fold_latin(std::string_view s) {
    const auto& table = latin_folds();
    std::string out(s.size(), '\0');
    char* const first = out.data();
    char* o = first;
    bool pending_space = false;
    auto p = reinterpret_cast<const unsigned char*>(s.data());
    const auto* const end = p + s.size();
    while (p < end) {
        char c = static_cast<char>(*p);
        size_t n = 1;
        if (*p >= 0x80) {
            const auto [cp, len] = decode_utf8_multibyte(p, static_cast<size_t>(end - p));
            if (len == 0) return std::nullopt;
            n = len;
            const bool known = cp < 0x250 || (cp >= 0x1E00 && cp < 0x1F00);
            c = known ? table[static_cast<size_t>(cp < 0x250 ? cp : 0x250 + cp - 0x1E00)] : 0;
            if (c == 0) {
                if (known || !folds_to_itself(cp)) return std::nullopt;
                if (pending_space) *o++ = ' ';
                pending_space = false;
                o = std::copy(p, p + n, o);
                p += n;
                continue;
            }
        } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            pending_space = o != first;
            ++p;
            continue;
        } else if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        }
        if (pending_space) *o++ = ' ';
        pending_space = false;
        *o++ = c;
        p += n;
    }
    out.resize(static_cast<size_t>(o - first));
    return out;
}

}  // namespace

std::string fold(std::string_view s) {
    if (auto folded = fold_latin(s)) return std::move(*folded);
    // Decompose, drop combining marks, case-fold; đ/Đ have no decomposition.
    std::string stripped = map_with(s, UTF8PROC_STABLE | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK |
                                           UTF8PROC_CASEFOLD);
    std::string out;
    out.reserve(stripped.size());
    bool pending_space = false;
    for (utf8proc_int32_t cp : code_points(stripped)) {
        if (cp == 0x0111 || cp == 0x0110) cp = 'd';
        const auto cat = utf8proc_category(cp);
        const bool space = cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0 ||
                           cat == UTF8PROC_CATEGORY_ZS;
        if (space) {
            pending_space = !out.empty();
            continue;
        }
        if (pending_space) out.push_back(' ');
        pending_space = false;
        append_utf8(out, cp);
    }
    return out;
}

int display_width(std::string_view s) {
    // ASCII and precomposed Latin letters (all of Vietnamese) are one column each and NFC
    // already: counted in place. Anything else goes through NFC and utf8proc's widths.
    int fast = 0;
    auto p = reinterpret_cast<const unsigned char*>(s.data());
    size_t left = s.size();
    while (left > 0) {
        if (*p < 0x80) {
            if (*p < 0x20 || *p == 0x7F) break;
            ++fast, ++p, --left;
            continue;
        }
        const auto [cp, len] = decode_utf8_multibyte(p, left);
        if (len == 0 || !((cp >= 0xA0 && cp < 0x300) || (cp >= 0x1E00 && cp < 0x1F00))) break;
        ++fast, p += len, left -= len;
    }
    if (left == 0) return fast;
    int w = 0;
    for (utf8proc_int32_t cp : code_points(nfc(s))) w += utf8proc_charwidth(cp);
    return w;
}

std::string truncate_to_width(std::string_view s, int width) {
    if (width <= 0) return {};
    const std::string composed = nfc(s);
    if (display_width(composed) <= width) return composed;
    std::string out;
    int w = 0;
    for (utf8proc_int32_t cp : code_points(composed)) {
        const int cw = utf8proc_charwidth(cp);
        if (w + cw > width - 1) break;  // keep one column for the ellipsis
        append_utf8(out, cp);
        w += cw;
    }
    out += "…";
    return out;
}

std::string pad_to_width(std::string_view s, int width) {
    std::string out(s);
    for (int w = display_width(s); w < width; ++w) out.push_back(' ');
    return out;
}

int edit_distance(std::string_view a, std::string_view b) {
    const auto x = code_points(a), y = code_points(b);
    std::vector<int> prev(y.size() + 1), cur(y.size() + 1);
    for (size_t j = 0; j <= y.size(); ++j) prev[j] = static_cast<int>(j);
    for (size_t i = 1; i <= x.size(); ++i) {
        cur[0] = static_cast<int>(i);
        for (size_t j = 1; j <= y.size(); ++j) {
            const int sub = prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1);
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, sub});
        }
        std::swap(prev, cur);
    }
    return prev[y.size()];
}

std::optional<std::string> closest_match(std::string_view word, const std::vector<std::string>& candidates) {
    const std::string w = fold(word);
    std::optional<std::string> best;
    int best_d = 1 << 30;
    for (const auto& c : candidates) {
        const int d = edit_distance(w, fold(c));
        if (d < best_d) best_d = d, best = c;
    }
    const int limit = std::max(2, static_cast<int>(w.size()) / 3);
    if (best && best_d <= limit) return best;
    return std::nullopt;
}

}  // namespace cchc
