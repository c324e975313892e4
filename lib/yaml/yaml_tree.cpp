#include "yaml/yaml_tree.hpp"

// libyaml (a C parser with marks, YAML 1.1 with 1.2-compatible line breaks) is the event
// source: it parses ~5× faster than yaml-cpp's regex scanner and is not recursive, so hostile
// nesting cannot exhaust the stack while scanning.
#include <yaml.h>

#include "base/control_chars.hpp"

#include <algorithm>
#include <cstring>
#include <memory>
#include <new>
#include <map>
#include <unordered_map>

namespace cchc {

const YNode* YNode::find(std::string_view key) const {
    for (const auto& [k, v] : entries)
        if (k && k->is_scalar() && k->value == key) return v;
    return nullptr;
}

const char* kind_label(YNode::Kind k) {
    switch (k) {
        case YNode::Kind::null: return "null";
        case YNode::Kind::scalar: return "scalar";
        case YNode::Kind::sequence: return "sequence";
        case YNode::Kind::map: return "mapping";
    }
    return "?";
}

namespace {

// A problem that makes the document unusable: reported once, parsing stops.
struct Fatal {
    YPos pos;
    std::string code;  // yaml-syntax, yaml-limit, yaml-extra-document …
    Message message;
};

YPos pos_of(const yaml_mark_t& m) {
    // libyaml counts lines and columns in characters, 0-based.
    return {static_cast<int>(m.line) + 1, static_cast<int>(m.column) + 1};
}

std::string text_of(const yaml_char_t* s) { return s ? reinterpret_cast<const char*>(s) : std::string(); }

// The YAML core schema's tags, and "!" (non-specific: a string). Anything else (!!binary,
// !!timestamp, !custom) would mean something this tool does not model.
bool core_tag(std::string_view tag) {
    static const char* const kCore[] = {"tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float",
                                        "tag:yaml.org,2002:bool", "tag:yaml.org,2002:null", "tag:yaml.org,2002:seq",
                                        "tag:yaml.org,2002:map", "!"};
    for (const char* t : kCore)
        if (tag == t) return true;
    return false;
}

// "tag:yaml.org,2002:binary" is written "!!binary" in files: show it that way.
std::string shown_tag(const std::string& tag) {
    static const std::string kPrefix = "tag:yaml.org,2002:";
    return tag.rfind(kPrefix, 0) == 0 ? "!!" + tag.substr(kPrefix.size()) : tag;
}

// Every node of one document, in blocks that double from 16 to 1024 nodes (a std::deque's
// blocks hold 4 nodes; one large block would be mostly unused in a small file). Nodes are
// constructed as they are made, not when their block is allocated.
class YDocument {
public:
    YDocument() = default;
    YDocument(const YDocument&) = delete;
    YDocument& operator=(const YDocument&) = delete;
    ~YDocument() {
        for (size_t b = 0; b < blocks_.size(); ++b) {
            const size_t n = b + 1 == blocks_.size() ? used_ : capacity(b);
            for (size_t i = 0; i < n; ++i) std::destroy_at(&blocks_[b][i]);
            ::operator delete(static_cast<void*>(blocks_[b]), std::align_val_t{alignof(YNode)});
        }
    }
    YNode* make() {
        if (blocks_.empty() || used_ == capacity(blocks_.size() - 1)) {
            blocks_.push_back(static_cast<YNode*>(
                ::operator new(capacity(blocks_.size()) * sizeof(YNode), std::align_val_t{alignof(YNode)})));
            used_ = 0;
        }
        return std::construct_at(&blocks_.back()[used_++]);
    }

private:
    static size_t capacity(size_t block) { return size_t{16} << std::min<size_t>(block, 6); }
    std::vector<YNode*> blocks_;
    size_t used_ = 0;  // nodes made in the last block
};

// Builds YNodes from libyaml's parse events.
class TreeBuilder {
public:
    std::shared_ptr<YDocument> doc = std::make_shared<YDocument>();
    YNode* root = nullptr;
    bool aliased = false;  // an alias was seen: the expanded size needs counting
    std::vector<Diagnostic> problems;  // not fatal: the tree is still usable

    // Raw controls were made visible when the file was read; only an escape ("\e", "\x07")
    // can make one, so a file without a backslash needs no look.
    explicit TreeBuilder(const SourceFile& f) : file_(f), escapes_(f.text.find('\\') != std::string::npos) {}

    // Handles one event; returns false at the end of the stream.
    bool on(const yaml_event_t& e) {
        switch (e.type) {
            case YAML_STREAM_START_EVENT:
            case YAML_NO_EVENT: return true;
            case YAML_STREAM_END_EVENT: return false;
            case YAML_DOCUMENT_START_EVENT:
                // Only one document per file: a second one (after "---" or "...") would be
                // silently ignored by every reader that takes the first.
                if (documents_++ > 0)
                    throw Fatal{pos_of(e.start_mark), "yaml-extra-document", {"yaml-extra-document", {}}};
                return true;
            case YAML_DOCUMENT_END_EVENT: return true;
            case YAML_ALIAS_EVENT: {
                const std::string name = text_of(e.data.alias.anchor);
                auto it = anchors_.find(name);
                if (it == anchors_.end())
                    throw Fatal{pos_of(e.start_mark), "yaml-syntax", {"yaml-syntax", {"unknown anchor '" + name + "'"}}};
                if (it->second->open)
                    throw Fatal{pos_of(e.start_mark), "yaml-limit", {"yaml-limit-alias-cycle", {std::to_string(kMaxYamlDepth)}}};
                aliased = true;
                add(it->second, e.start_mark);
                return true;
            }
            case YAML_SCALAR_EVENT: {
                const auto& s = e.data.scalar;
                const std::string_view tag = s.tag ? reinterpret_cast<const char*>(s.tag) : "";
                check_tag(tag, e.start_mark);
                const bool plain = s.style == YAML_PLAIN_SCALAR_STYLE;
                const std::string_view value(reinterpret_cast<const char*>(s.value), s.length);
                const bool null_word = value.empty() || value == "~" || value == "null" || value == "Null" || value == "NULL";
                YNode* n = make(plain && tag.empty() && null_word ? YNode::Kind::null : YNode::Kind::scalar, e.start_mark);
                if (tag == "tag:yaml.org,2002:null") n->kind = YNode::Kind::null;
                if (n->kind == YNode::Kind::scalar) {
                    n->value = value;
                    n->quoted = !plain || tag == "tag:yaml.org,2002:str" || tag == "!";
                    if (escapes_) make_controls_visible(*n);
                }
                anchor(s.anchor, n);
                add(n, e.start_mark);
                return true;
            }
            case YAML_SEQUENCE_START_EVENT:
                check_tag(text_of(e.data.sequence_start.tag), e.start_mark);
                open(make(YNode::Kind::sequence, e.start_mark), e.data.sequence_start.anchor, e.start_mark,
                     e.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE);
                return true;
            case YAML_MAPPING_START_EVENT:
                check_tag(text_of(e.data.mapping_start.tag), e.start_mark);
                open(make(YNode::Kind::map, e.start_mark), e.data.mapping_start.anchor, e.start_mark,
                     e.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE);
                return true;
            case YAML_SEQUENCE_END_EVENT:
            case YAML_MAPPING_END_EVENT: close(); return true;
        }
        return true;
    }

    // After a syntax error: closes what is open, so the tree holds what came before it.
    void close_all() {
        for (auto& k : pending_key_)
            if (k) k = nullptr;  // a key without its value is dropped
        while (!stack_.empty()) close();
    }

private:
    const SourceFile& file_;
    const bool escapes_;
    std::vector<YNode*> stack_;
    // The children of the open collections, innermost last (a map's as key, value, key …):
    // each collection takes its own in one allocation when it closes.
    std::vector<YNode*> children_;
    std::vector<size_t> first_child_;  // per open collection: where its children start
    std::vector<const YNode*> keys_;   // scratch for duplicate keys
    std::vector<YNode*> pending_key_;  // per open map: the key awaiting its value
    std::unordered_map<std::string, YNode*> anchors_;
    int documents_ = 0;
    std::vector<bool> flow_;  // per open collection: flow style?
    int flow_depth_ = 0, block_depth_ = 0;

    YNode* make(YNode::Kind k, const yaml_mark_t& m) {
        YNode* n = doc->make();
        n->kind = k;
        n->pos = pos_of(m);
        return n;
    }
    void anchor(const yaml_char_t* name, YNode* n) {
        if (name) anchors_[text_of(name)] = n;  // a redefined anchor: later aliases see the new one
    }
    void check_tag(std::string_view tag, const yaml_mark_t& m) {
        if (tag.empty() || core_tag(tag)) return;
        const YPos p = pos_of(m);
        problems.push_back(make_diagnostic(&file_, p.line, p.col, Severity::error, "yaml-tag", {"yaml-tag", {shown_tag(std::string(tag))}}));
    }
    void add(YNode* n, const yaml_mark_t& m) {
        if (stack_.empty()) {
            if (!root) root = n;
            return;
        }
        YNode& parent = *stack_.back();
        if (parent.is_sequence()) {
            children_.push_back(n);
        } else if (!pending_key_.back()) {
            // Keys are text here; a mapping or list as a key ("? [a, b]", "[a]: x") cannot name a field.
            if (n->is_map() || n->is_sequence()) {
                const YPos p = pos_of(m);
                problems.push_back(make_diagnostic(&file_, p.line, p.col, Severity::error, "yaml-complex-key",
                                                   {"yaml-complex-key", {kind_label(n->kind)}}));
            }
            pending_key_.back() = n;
        } else {
            if (!(pending_key_.back()->is_map() || pending_key_.back()->is_sequence())) {
                children_.push_back(pending_key_.back());
                children_.push_back(n);
            }
            pending_key_.back() = nullptr;
        }
    }
    // Block and flow nesting are limited separately ("k: [[…]]" may hold kMaxYamlDepth brackets).
    void open(YNode* n, const yaml_char_t* anchor_name, const yaml_mark_t& m, bool flow) {
        int& depth = flow ? flow_depth_ : block_depth_;
        if (depth >= kMaxYamlDepth)
            throw Fatal{n->pos, "yaml-limit", {"yaml-limit-depth", {std::to_string(kMaxYamlDepth)}}};
        ++depth;
        flow_.push_back(flow);
        anchor(anchor_name, n);
        add(n, m);
        n->open = true;
        stack_.push_back(n);
        pending_key_.push_back(nullptr);
        first_child_.push_back(children_.size());
    }
    void close() {
        if (stack_.empty()) return;
        --(flow_.back() ? flow_depth_ : block_depth_);
        flow_.pop_back();
        YNode& n = *stack_.back();
        const auto first = children_.begin() + static_cast<long>(first_child_.back());
        if (n.is_sequence()) {
            n.items.assign(first, children_.end());
        } else {
            n.entries.reserve(static_cast<size_t>(children_.end() - first) / 2);
            for (auto it = first; it != children_.end(); it += 2) n.entries.emplace_back(it[0], it[1]);
            report_duplicate_keys(n);
        }
        children_.erase(first, children_.end());
        first_child_.pop_back();
        n.open = false;
        stack_.pop_back();
        pending_key_.pop_back();
    }
    // A key repeated in one mapping: every reader keeps one of the values, silently.
    void report_duplicate_keys(const YNode& map) {
        if (map.entries.size() < 2) return;
        keys_.clear();
        for (const auto& [k, v] : map.entries)
            if (k->is_scalar()) keys_.push_back(k);
        // Stable by text: each repeat follows its first occurrence.
        std::stable_sort(keys_.begin(), keys_.end(), [](const YNode* a, const YNode* b) { return a->value < b->value; });
        for (size_t i = 1, first = 0; i < keys_.size(); ++i) {
            if (keys_[i]->value != keys_[first]->value) {
                first = i;
                continue;
            }
            problems.push_back(make_diagnostic(&file_, keys_[i]->pos.line, keys_[i]->pos.col, Severity::error,
                                               "duplicate-key",
                                               {"duplicate-key", {keys_[i]->value, std::to_string(keys_[first]->pos.line)}}));
        }
    }
    // A control character made by an escape: an error at the scalar, and made visible.
    void make_controls_visible(YNode& n) {
        const auto c = first_control(n.value);
        if (!c) return;
        problems.push_back(make_diagnostic(&file_, n.pos.line, n.pos.col, Severity::error, "control-character",
                                           {"control-character", {code_point_name(c->cp)}}));
        n.value = visible_controls(n.value);
    }
};

// Node count with aliases expanded, memoised per node; stops counting past the limit.
long expanded_size(const YNode* n, std::unordered_map<const YNode*, long>& memo) {
    if (n->items.empty() && n->entries.empty()) return 1;
    if (auto it = memo.find(n); it != memo.end()) return it->second;
    long total = 1;
    for (const auto& c : n->items) {
        total += expanded_size(c, memo);
        if (total > kMaxYamlExpandedNodes) break;
    }
    for (const auto& [k, v] : n->entries) {
        total += expanded_size(k, memo) + expanded_size(v, memo);
        if (total > kMaxYamlExpandedNodes) break;
    }
    memo[n] = total;
    return total;
}

// The text of line `line` (1-based) of `text`, without its line break.
std::string_view line_of(std::string_view text, int line) {
    size_t start = 0;
    for (int l = 1; l < line; ++l) {
        const size_t nl = text.find('\n', start);
        if (nl == std::string_view::npos) return {};
        start = nl + 1;
    }
    const size_t end = text.find('\n', start);
    std::string_view out = text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
    if (!out.empty() && out.back() == '\r') out.remove_suffix(1);
    return out;
}

// 1-based column (in characters) of the first tab in the line's indentation, 0 when none.
int indent_tab_col(std::string_view line) {
    int col = 0;
    for (char c : line) {
        ++col;
        if (c == '\t') return col;
        if (c != ' ' && c != '-') return 0;
    }
    return 0;
}

// libyaml's problem in the user's words, with what to do about it, at the slip itself. Its
// English ("mapping values are not allowed in this context") names the parser's state, not
// the typing mistake behind it; each case below is the usual mistake for that state.
Fatal syntax_error(const yaml_parser_t& p, std::string_view text) {
    const std::string problem = p.problem ? p.problem : "unknown error";
    const std::string context = p.context ? p.context : "";
    const YPos at = pos_of(p.problem_mark);
    auto has = [&](const char* s) { return problem.find(s) != std::string::npos; };
    if (context.find("quoted scalar") != std::string::npos && has("end of stream"))
        return {pos_of(p.context_mark), "yaml-syntax", {"yaml-unclosed-quote", {}}};
    // Content after "..." that does not start with "---": a second document all the same.
    if (has("expected <document start>")) return {at, "yaml-extra-document", {"yaml-extra-document", {}}};
    // A tab in the indentation, on the line libyaml stopped at or the line before it (a tab
    // usually shows as a wrong indent of the next line): the tab is the slip.
    for (int line : {at.line, at.line - 1}) {
        if (line < 1) continue;
        if (const int col = indent_tab_col(line_of(text, line)))
            return {{line, col}, "yaml-syntax", {"yaml-tab-indent", {}}};
    }
    if (has("tab character")) return {at, "yaml-syntax", {"yaml-tab-indent", {}}};
    if (has("mapping values are not allowed") || has("found unexpected ':'"))
        return {at, "yaml-syntax", {"yaml-colon-in-text", {}}};
    if (has("could not find expected ':'"))  // a key's line ended without ':' (a wrapped text)
        return {pos_of(p.context_mark), "yaml-syntax", {"yaml-missing-colon", {}}};
    if (has("did not find expected key")) {
        // `task: "Kế hoạch" số 12`: text after a closing quote, on the line of the mark.
        const std::string_view line = line_of(text, at.line);
        size_t i = 0;  // the byte where the mark's character starts
        for (int col = 0; i < line.size(); ++i)
            if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80 && ++col == at.col) break;
        const size_t before = line.substr(0, i).find_last_not_of(' ');
        if (before != std::string_view::npos && (line[before] == '"' || line[before] == '\''))
            return {at, "yaml-syntax", {"yaml-after-quote", {}}};
        return {at, "yaml-syntax", {"yaml-indent-key", {}}};
    }
    if (has("did not find expected '-' indicator")) return {at, "yaml-syntax", {"yaml-indent-item", {}}};
    if (has("block sequence entries are not allowed")) return {at, "yaml-syntax", {"yaml-dash-in-text", {}}};
    if (has("did not find expected comment or line break"))
        return {at, "yaml-syntax", {"yaml-after-quote", {}}};
    if (has("unknown escape character")) return {at, "yaml-syntax", {"yaml-escape", {}}};
    if (has("did not find expected ',' or ']'") || has("did not find expected ',' or '}'"))
        return {pos_of(p.context_mark), "yaml-syntax", {"yaml-unclosed-bracket", {}}};
    if (has("cannot start any token") || has("did not find expected node content") ||
        has("did not find expected alphabetic or numeric character") || has("undefined tag handle")) {
        const std::string_view line = line_of(text, at.line);
        // The character at the mark: what the text began with (`, @, *, &, !, %, [, {).
        std::string ch;
        int col = 0;
        for (size_t i = 0; i < line.size(); ++i) {
            if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++col;
            if (col == at.col) {
                ch = line.substr(i, 1);
                break;
            }
        }
        if (ch.empty() || ch == " ") return {at, "yaml-syntax", {"yaml-missing-value", {}}};
        return {at, "yaml-syntax", {"yaml-special-start", {ch}}};
    }
    std::string what = problem;
    if (!context.empty()) what += " (" + context + ")";
    return {at, "yaml-syntax", {"yaml-syntax", {what}}};
}

// Owns a libyaml parser reading `text` in place.
class Parser {
public:
    explicit Parser(const std::string& text) : text_(text) {
        yaml_parser_initialize(&p_);
        yaml_parser_set_encoding(&p_, YAML_UTF8_ENCODING);
        yaml_parser_set_input_string(&p_, reinterpret_cast<const unsigned char*>(text.data()), text.size());
    }
    ~Parser() { yaml_parser_delete(&p_); }
    Parser(const Parser&) = delete;
    Parser& operator=(const Parser&) = delete;

    void run(TreeBuilder& builder) {
        for (;;) {
            yaml_event_t e;
            if (!yaml_parser_parse(&p_, &e)) throw syntax_error(p_, text_);
            bool more = false;
            try {
                more = builder.on(e);
            } catch (...) {
                yaml_event_delete(&e);
                throw;
            }
            yaml_event_delete(&e);
            if (!more) return;
        }
    }

private:
    std::string_view text_;
    yaml_parser_t p_{};
};

}  // namespace

YNodePtr parse_yaml(const SourceFile& file, Diagnostics& diags, bool* aliased, YNodePtr* partial) {
    TreeBuilder builder(file);
    try {
        Parser(file.text).run(builder);
    } catch (const Fatal& f) {
        diags.add(make_diagnostic(&file, f.pos.line, f.pos.col, Severity::error, f.code, f.message));
        if (partial && f.code == "yaml-syntax" && !builder.aliased && builder.root) {
            builder.close_all();
            *partial = YNodePtr(builder.doc, builder.root);
        }
        return nullptr;
    }
    for (auto& d : builder.problems) diags.add(std::move(d));
    if (aliased) *aliased = builder.aliased;
    if (!builder.root) return std::make_shared<YNode>();  // empty document
    // Without aliases the tree has one node per event: no bigger than the file.
    std::unordered_map<const YNode*, long> memo;
    if (builder.aliased && expanded_size(builder.root, memo) > kMaxYamlExpandedNodes) {
        diags.add(make_diagnostic(&file, builder.root->pos.line, builder.root->pos.col, Severity::error, "yaml-limit",
                                  {"yaml-limit-aliases", {std::to_string(kMaxYamlDepth)}}));
        return nullptr;
    }
    // The root shares ownership of the whole document (shared_ptr's aliasing constructor).
    return YNodePtr(builder.doc, builder.root);
}

namespace {

// Node layout: kind (1 byte), quoted (1), line (4), col (4); then a scalar's length (4) and
// bytes, or a sequence's item count (4) and items, or a map's entry count (4) and key, value
// pairs. Children follow their parent (pre-order).
void put_u32(std::string& out, uint32_t v) { out.append(reinterpret_cast<const char*>(&v), sizeof v); }

void put_node(std::string& out, const YNode& n) {
    out.push_back(static_cast<char>(n.kind));
    out.push_back(static_cast<char>(n.quoted));
    put_u32(out, static_cast<uint32_t>(n.pos.line));
    put_u32(out, static_cast<uint32_t>(n.pos.col));
    switch (n.kind) {
        case YNode::Kind::null: break;
        case YNode::Kind::scalar:
            put_u32(out, static_cast<uint32_t>(n.value.size()));
            out += n.value;
            break;
        case YNode::Kind::sequence:
            put_u32(out, static_cast<uint32_t>(n.items.size()));
            for (const YNode* c : n.items) put_node(out, *c);
            break;
        case YNode::Kind::map:
            put_u32(out, static_cast<uint32_t>(n.entries.size()));
            for (const auto& [k, v] : n.entries) {
                put_node(out, *k);
                put_node(out, *v);
            }
            break;
    }
}

// Reads nodes back with every length checked against what is left.
class TreeReader {
public:
    TreeReader(std::string_view bytes, YDocument& doc) : in_(bytes), doc_(doc) {}

    YNode* node(int depth) {
        // The parser nests at most kMaxYamlDepth block plus as many flow levels.
        if (depth > 2 * kMaxYamlDepth + 2 || in_.size() < 10) return nullptr;
        const auto kind = static_cast<unsigned char>(in_[0]);
        const auto quoted = static_cast<unsigned char>(in_[1]);
        if (kind > static_cast<unsigned char>(YNode::Kind::map) || quoted > 1) return nullptr;
        YNode* n = doc_.make();
        n->kind = static_cast<YNode::Kind>(kind);
        n->quoted = quoted == 1;
        in_.remove_prefix(2);
        n->pos.line = static_cast<int>(u32());
        n->pos.col = static_cast<int>(u32());
        if (n->kind == YNode::Kind::null) return n;
        if (in_.size() < 4) return nullptr;
        const uint32_t count = u32();
        if (n->kind == YNode::Kind::scalar) {
            if (count > in_.size()) return nullptr;
            n->value.assign(in_.data(), count);
            in_.remove_prefix(count);
            return n;
        }
        // Each child takes at least 10 bytes: a count beyond that is corrupt.
        const size_t children = n->kind == YNode::Kind::map ? 2 * size_t{count} : count;
        if (children > in_.size() / 10) return nullptr;
        if (n->kind == YNode::Kind::sequence) {
            n->items.reserve(count);
            for (uint32_t i = 0; i < count; ++i) {
                YNode* c = node(depth + 1);
                if (!c) return nullptr;
                n->items.push_back(c);
            }
        } else {
            n->entries.reserve(count);
            for (uint32_t i = 0; i < count; ++i) {
                YNode* k = node(depth + 1);
                YNode* v = k ? node(depth + 1) : nullptr;
                if (!v) return nullptr;
                n->entries.emplace_back(k, v);
            }
        }
        return n;
    }
    bool done() const { return in_.empty(); }

private:
    std::string_view in_;
    YDocument& doc_;
    uint32_t u32() {
        uint32_t v = 0;
        std::memcpy(&v, in_.data(), sizeof v);
        in_.remove_prefix(sizeof v);
        return v;
    }
};

}  // namespace

std::string serialize_tree(const YNode& root) {
    std::string out;
    put_node(out, root);
    return out;
}

YNodePtr deserialize_tree(std::string_view bytes) {
    auto doc = std::make_shared<YDocument>();
    TreeReader reader(bytes, *doc);
    YNode* root = reader.node(0);
    if (!root || !reader.done()) return nullptr;
    return YNodePtr(doc, root);
}

}  // namespace cchc
