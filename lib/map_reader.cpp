#include "cchc/map_reader.hpp"

#include <cctype>
#include <charconv>
#include <algorithm>
#include <unordered_map>

#include "cchc/text.hpp"

namespace cchc {

void LoadContext::report(const YNode& at, Severity sev, const char* code, Message msg) const {
    // A node without a position is the empty document of an empty file: pointed at 1:1.
    const bool placed = at.pos.line > 0;
    diags.add(make_diagnostic(file, placed ? at.pos.line : 1, placed ? at.pos.col : 1, sev, code, std::move(msg)));
}

namespace {
// Empty, or only spaces, tabs and line breaks: nothing a reader could act on.
bool is_blank(std::string_view s) { return s.find_first_not_of(" \t\r\n") == std::string_view::npos; }
}  // namespace

bool is_code(std::string_view s) {
    if (s.empty() || !std::isalpha(static_cast<unsigned char>(s[0]))) return false;
    for (char c : s)
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '.' && c != '-') return false;
    return true;
}

bool check_code(const LoadContext& ctx, const YNode& key, const char* what) {
    if (key.is_scalar() && is_code(key.value)) return true;
    ctx.error(key, "invalid-value", {"invalid-value", {what, key.value, "A-Z a-z 0-9 _ . - (ASCII)"}});
    return false;
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

MapReader::MapReader(const LoadContext& ctx, const YNode& node, std::string what,
                     std::initializer_list<std::string_view> allowed)
    : ctx_(ctx), node_(node), what_(std::move(what)) {
    if (!node.is_map()) {
        ctx.error(node, "wrong-type", {"wrong-type", {what_, "@mapping", std::string("@") + kind_label(node.kind)}});
        return;
    }
    ok_ = true;
    for (const auto& [k, v] : node.entries) {
        const std::string_view key = k->is_scalar() ? std::string_view(k->value) : std::string_view("?");
        if (std::find(allowed.begin(), allowed.end(), key) != allowed.end()) continue;
        // Only for a key the format does not have (rare): the suggestion's candidates.
        const std::vector<std::string> keys(allowed.begin(), allowed.end());
        if (auto s = closest_match(key, keys))
            ctx.error(*k, "unknown-key", {"unknown-key-suggest", {std::string(key), what_, *s}});
        else
            ctx.error(*k, "unknown-key", {"unknown-key", {std::string(key), what_}});
    }
}

void MapReader::missing(std::string_view key) const {
    ctx_.error(node_, "missing-field", {"missing-field", {std::string(key), what_}});
}

void MapReader::wrong_type(const YNode& at, std::string_view key, const char* expected) const {
    ctx_.error(at, "wrong-type", {"wrong-type", {std::string(key), std::string("@") + expected, std::string("@") + kind_label(at.kind)}});
}

Text MapReader::text(std::string_view key, bool required) const {
    const YNode* n = get(key);
    if (!n || n->is_null()) {
        if (required && ok_) missing(key);
        return {};
    }
    if (!n->is_scalar()) {
        wrong_type(*n, key, "text");
        return {};
    }
    if (required && is_blank(n->value)) {
        ctx_.error(*n, "missing-field", {"empty-field", {std::string(key), what_}});
        return {};
    }
    return Text{n->value, ctx_.pos(*n)};
}

Text MapReader::filled_text(std::string_view key) const {
    const YNode* n = get(key);
    if (n && (n->is_null() || (n->is_scalar() && is_blank(n->value)))) {
        // An empty value has no place of its own (the parser puts it at the next token): the key.
        const YNode* at = n;
        for (const auto& [k, v] : node_.entries)
            if (v == n && n->is_null()) at = k;
        ctx_.error(*at, "missing-field", {"empty-field", {std::string(key), what_}});
        return {};
    }
    return text(key);
}

std::vector<Text> MapReader::text_list(std::string_view key) const {
    std::vector<Text> out;
    const YNode* n = get(key);
    if (!n || n->is_null()) return out;
    if (n->is_scalar()) return {Text{n->value, ctx_.pos(*n)}};
    if (!n->is_sequence()) {
        wrong_type(*n, key, "list of text");
        return out;
    }
    for (const auto& item : n->items) {
        if (item->is_scalar())
            out.push_back(Text{item->value, ctx_.pos(*item)});
        else
            wrong_type(*item, key, "text");
    }
    return out;
}

std::optional<Located<int>> MapReader::integer(std::string_view key, bool required) const {
    const YNode* n = get(key);
    if (!n || n->is_null()) {
        if (required && ok_) missing(key);
        return std::nullopt;
    }
    int v = 0;
    const std::string& s = n->value;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (!n->is_scalar() || n->quoted || s.empty() || ec != std::errc{} || p != s.data() + s.size()) {
        wrong_type(*n, key, "integer");
        return std::nullopt;
    }
    return Located<int>{v, ctx_.pos(*n)};
}

std::optional<double> MapReader::number(std::string_view key) const {
    const YNode* n = get(key);
    if (!n || n->is_null()) return std::nullopt;
    double v = 0;
    const std::string& s = n->value;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (!n->is_scalar() || n->quoted || s.empty() || ec != std::errc{} || p != s.data() + s.size()) {
        wrong_type(*n, key, "number");
        return std::nullopt;
    }
    return v;
}

std::optional<bool> MapReader::boolean(std::string_view key) const {
    const YNode* n = get(key);
    if (!n || n->is_null()) return std::nullopt;
    if (n->is_scalar() && !n->quoted && (n->value == "true" || n->value == "false"))
        return n->value == "true";
    wrong_type(*n, key, "true/false");
    return std::nullopt;
}

std::optional<Date> parse_user_date(std::string_view s) {
    if (auto d = parse_iso_date(s)) return d;
    // dd/mm/yyyy, d/m/yyyy
    int part[3] = {0, 0, 0}, idx = 0, digits = 0;
    for (char c : s) {
        if (c >= '0' && c <= '9') {
            if (++digits > 4) return std::nullopt;
            part[idx] = part[idx] * 10 + (c - '0');
        } else if (c == '/' && idx < 2 && digits > 0) {
            ++idx, digits = 0;
        } else {
            return std::nullopt;
        }
    }
    if (idx != 2 || digits != 4 || !is_valid_date(part[2], part[1], part[0])) return std::nullopt;
    return Date{part[2], part[1], part[0]};
}

std::optional<Date> parse_typed_date(std::string_view s, const Date& today) {
    if (auto d = parse_user_date(s)) return d;
    const std::string w = fold(s);
    if (w == "hom nay" || w == "homnay" || w == "today") return today;
    if (w == "hom qua" || w == "homqua" || w == "yesterday") return today.plus_days(-1);
    if (w == "ngay mai" || w == "ngaymai" || w == "tomorrow") return today.plus_days(1);
    // +7, -3: days from today (at most ten years either way).
    if (w.size() >= 2 && w.size() <= 5 && (w[0] == '+' || w[0] == '-')) {
        int n = 0;
        const auto [end, ec] = std::from_chars(w.data() + 1, w.data() + w.size(), n);
        if (ec == std::errc() && end == w.data() + w.size() && n <= 3660) return today.plus_days(w[0] == '+' ? n : -n);
        return std::nullopt;
    }
    // dd/mm: this year.
    int day = 0, month = 0;
    const size_t slash = w.find('/');
    if (slash == std::string::npos || slash == 0 || slash > 2 || w.size() - slash - 1 == 0 || w.size() - slash - 1 > 2)
        return std::nullopt;
    const auto [e1, c1] = std::from_chars(w.data(), w.data() + slash, day);
    const auto [e2, c2] = std::from_chars(w.data() + slash + 1, w.data() + w.size(), month);
    if (c1 != std::errc() || c2 != std::errc() || e1 != w.data() + slash || e2 != w.data() + w.size()) return std::nullopt;
    if (!is_valid_date(today.year, month, day)) return std::nullopt;
    return Date{today.year, month, day};
}

std::optional<Located<Date>> MapReader::date(std::string_view key, bool required) const {
    const YNode* n = get(key);
    if (!n || n->is_null()) {
        if (required && ok_) missing(key);
        return std::nullopt;
    }
    if (!n->is_scalar()) {
        wrong_type(*n, key, "date (YYYY-MM-DD)");
        return std::nullopt;
    }
    if (auto d = parse_user_date(n->value)) return Located<Date>{*d, ctx_.pos(*n)};
    ctx_.error(*n, "invalid-date", {"invalid-date", {n->value}});
    return std::nullopt;
}

Text MapReader::choice(std::string_view key, std::initializer_list<std::string_view> allowed, bool required) const {
    Text t = text(key, required);
    if (t.value.empty()) return t;
    for (auto a : allowed)
        if (a == t.value) return t;
    std::string list;
    for (auto a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
    ctx_.error(*get(key), "invalid-value", {"invalid-value", {std::string(key), t.value, list}});
    return {};
}

const YNode* MapReader::sequence(std::string_view key) const {
    const YNode* n = get(key);
    if (!n || n->is_null()) return nullptr;
    if (!n->is_sequence()) {
        wrong_type(*n, key, "list");
        return nullptr;
    }
    return n;
}

const YNode* MapReader::mapping(std::string_view key) const {
    const YNode* n = get(key);
    if (!n || n->is_null()) return nullptr;
    if (!n->is_map()) {
        wrong_type(*n, key, "mapping");
        return nullptr;
    }
    return n;
}

}  // namespace cchc
