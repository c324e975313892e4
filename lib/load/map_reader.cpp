#include "load/map_reader.hpp"

#include <cctype>
#include <charconv>
#include <algorithm>
#include <unordered_map>

#include "time/dates_as_typed.hpp"
#include "base/ids.hpp"
#include "base/text.hpp"

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

bool check_code(const LoadContext& ctx, const YNode& key, const char* what) {
    if (key.is_scalar() && is_code(key.value)) return true;
    ctx.error(key, "invalid-value", {"invalid-value", {what, key.value, "A-Z a-z 0-9 _ . - (ASCII)"}});
    return false;
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
    return choice(key, allowed.begin(), allowed.size(), required);
}

Text MapReader::choice(std::string_view key, const std::vector<std::string_view>& allowed, bool required) const {
    return choice(key, allowed.data(), allowed.size(), required);
}

Text MapReader::choice(std::string_view key, const std::string_view* allowed, size_t n, bool required) const {
    Text t = text(key, required);
    if (t.value.empty()) return t;
    for (size_t i = 0; i < n; ++i)
        if (allowed[i] == t.value) return t;
    std::string list;
    for (size_t i = 0; i < n; ++i) list += (list.empty() ? "" : ", ") + std::string(allowed[i]);
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
