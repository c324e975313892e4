#include "cchc/yaml_tree.hpp"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <sstream>
#include <unordered_map>

namespace cchc {

const YNode* YNode::find(std::string_view key) const {
    for (const auto& [k, v] : entries)
        if (k && k->is_scalar() && k->value == key) return v.get();
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

struct LimitExceeded {
    YPos pos;
    std::string what;
};

// Builds YNodes from yaml-cpp's parse events.
class TreeBuilder : public YAML::EventHandler {
public:
    explicit TreeBuilder(const SourceFile& f) : file_(f) {}
    YNodePtr root;

    void OnDocumentStart(const YAML::Mark&) override {}
    void OnDocumentEnd() override { done_ = true; }
    void OnNull(const YAML::Mark& m, YAML::anchor_t a) override {
        add(make(YNode::Kind::null, m), a);
    }
    void OnAlias(const YAML::Mark& m, YAML::anchor_t a) override {
        auto it = anchors_.find(a);
        if (it == anchors_.end() || it->second->open)
            throw LimitExceeded{pos(m), "alias-cycle"};
        add(it->second, 0);
    }
    void OnScalar(const YAML::Mark& m, const std::string& tag, YAML::anchor_t a,
                  const std::string& value) override {
        auto n = make(YNode::Kind::scalar, m);
        n->value = value;
        n->quoted = tag == "!";  // yaml-cpp tags quoted/block scalars "!", plain ones "?"
        add(n, a);
    }
    void OnSequenceStart(const YAML::Mark& m, const std::string&, YAML::anchor_t a,
                         YAML::EmitterStyle::value) override {
        open(make(YNode::Kind::sequence, m), a);
    }
    void OnSequenceEnd() override { close(); }
    void OnMapStart(const YAML::Mark& m, const std::string&, YAML::anchor_t a,
                    YAML::EmitterStyle::value) override {
        open(make(YNode::Kind::map, m), a);
    }
    void OnMapEnd() override { close(); }

private:
    const SourceFile& file_;
    std::vector<YNodePtr> stack_;
    std::vector<YNodePtr> pending_key_;  // per open map: the key awaiting its value
    std::unordered_map<YAML::anchor_t, YNodePtr> anchors_;
    bool done_ = false;

    YPos pos(const YAML::Mark& m) const {
        if (m.is_null()) return {};
        return {m.line + 1, file_.char_column(m.line + 1, m.column)};
    }
    YNodePtr make(YNode::Kind k, const YAML::Mark& m) {
        auto n = std::make_shared<YNode>();
        n->kind = k;
        n->pos = pos(m);
        return n;
    }
    void add(const YNodePtr& n, YAML::anchor_t a) {
        if (a) anchors_[a] = n;
        if (stack_.empty()) {
            if (!root) root = n;
            return;
        }
        YNode& parent = *stack_.back();
        if (parent.is_sequence()) {
            parent.items.push_back(n);
        } else if (!pending_key_.back()) {
            pending_key_.back() = n;
        } else {
            parent.entries.emplace_back(pending_key_.back(), n);
            pending_key_.back() = nullptr;
        }
    }
    void open(const YNodePtr& n, YAML::anchor_t a) {
        if (static_cast<int>(stack_.size()) >= kMaxYamlDepth) throw LimitExceeded{n->pos, "depth"};
        add(n, a);
        n->open = true;
        stack_.push_back(n);
        pending_key_.push_back(nullptr);
    }
    void close() {
        if (stack_.empty()) return;
        stack_.back()->open = false;
        stack_.pop_back();
        pending_key_.pop_back();
    }
};

// Node count with aliases expanded, memoised per node; stops counting past the limit.
long expanded_size(const YNode* n, std::map<const YNode*, long>& memo) {
    if (auto it = memo.find(n); it != memo.end()) return it->second;
    long total = 1;
    for (const auto& c : n->items) {
        total += expanded_size(c.get(), memo);
        if (total > kMaxYamlExpandedNodes) break;
    }
    for (const auto& [k, v] : n->entries) {
        total += expanded_size(k.get(), memo) + expanded_size(v.get(), memo);
        if (total > kMaxYamlExpandedNodes) break;
    }
    memo[n] = total;
    return total;
}

// yaml-cpp recurses once per nesting level while scanning flow collections, before any
// event reaches us; refuse absurd nesting by a cheap scan first. Brackets inside quoted
// scalars, comments and block scalars (| >) are text, not nesting.
class FlowDepthScan {
public:
    explicit FlowDepthScan(const SourceFile& f) : file_(f) {}

    YPos excessive() {
        for (int n = 1; n <= file_.line_count(); ++n)
            if (YPos p = scan_line(n); p.line > 0) return p;
        return {};
    }

private:
    const SourceFile& file_;
    int depth_ = 0;
    char quote_ = 0;          // the open quote, across lines
    int block_indent_ = -1;   // indent of the key owning an open block scalar

    static int indent_of(std::string_view l) {
        size_t i = l.find_first_not_of(' ');
        return i == std::string_view::npos ? -1 : static_cast<int>(i);
    }
    // A quote opens a quoted scalar only where a scalar may start.
    static bool scalar_start(std::string_view l, size_t i) {
        size_t j = i;
        while (j > 0 && (l[j - 1] == ' ' || l[j - 1] == '\t')) --j;
        return j == 0 || std::string_view(":-[{,?").find(l[j - 1]) != std::string_view::npos;
    }
    YPos scan_line(int n) {
        const std::string_view l = file_.line(n);
        const int indent = indent_of(l);
        if (block_indent_ >= 0 && quote_ == 0) {
            if (indent < 0 || indent > block_indent_) return {};
            block_indent_ = -1;
        }
        char last = 0;  // last significant character outside quotes and comments
        for (size_t i = 0; i < l.size(); ++i) {
            const char c = l[i];
            if (quote_) {
                if (quote_ == '"' && c == '\\') ++i;
                else if (c == quote_ && !(quote_ == '\'' && i + 1 < l.size() && l[i + 1] == '\'' && ++i)) quote_ = 0;
                continue;
            }
            if (c == '#' && (i == 0 || l[i - 1] == ' ' || l[i - 1] == '\t')) break;
            if ((c == '"' || c == '\'') && scalar_start(l, i)) quote_ = c;
            else if (c == '[' || c == '{') {
                if (++depth_ > kMaxYamlDepth) return {n, file_.char_column(n, static_cast<int>(i))};
            } else if ((c == ']' || c == '}') && depth_ > 0) {
                --depth_;
            }
            if (c != ' ' && c != '\t') last = c;
        }
        if (quote_ == 0 && depth_ == 0 && block_header(l, last)) block_indent_ = std::max(indent, 0);
        return {};
    }
    // "key: |", "- >-", "key: |2+": the following more-indented lines are plain text.
    static bool block_header(std::string_view l, char last) {
        if (last == 0) return false;
        size_t end = l.find(" #");
        std::string_view code = l.substr(0, end == std::string_view::npos ? l.size() : end);
        while (!code.empty() && (code.back() == ' ' || code.back() == '\t')) code.remove_suffix(1);
        while (!code.empty() && (code.back() == '+' || code.back() == '-' || std::isdigit(static_cast<unsigned char>(code.back()))))
            code.remove_suffix(1);
        if (code.empty() || (code.back() != '|' && code.back() != '>')) return false;
        code.remove_suffix(1);
        return code.empty() || code.back() == ' ' || code.back() == ':' || code.back() == '-';
    }
};

}  // namespace

YNodePtr parse_yaml(const SourceFile& file, Diagnostics& diags) {
    auto limit = [&](YPos p, const std::string& what) {
        diags.add(make_diagnostic(&file, p.line, p.col, Severity::error, "yaml-limit",
                                  {"yaml-limit-" + what, {std::to_string(kMaxYamlDepth)}}));
        return nullptr;
    };
    if (YPos p = FlowDepthScan(file).excessive(); p.line > 0) return limit(p, "depth");
    std::istringstream in(file.text);
    TreeBuilder builder(file);
    try {
        YAML::Parser parser(in);
        parser.HandleNextDocument(builder);
    } catch (const LimitExceeded& e) {
        return limit(e.pos, e.what);
    } catch (const YAML::Exception& e) {
        const int line = e.mark.is_null() ? 0 : e.mark.line + 1;
        const int col = e.mark.is_null() ? 0 : file.char_column(line, e.mark.column);
        diags.add(make_diagnostic(&file, line, col, Severity::error, "yaml-syntax", {"yaml-syntax", {e.msg}}));
        return nullptr;
    }
    if (!builder.root) return std::make_shared<YNode>();  // empty document
    std::map<const YNode*, long> memo;
    if (expanded_size(builder.root.get(), memo) > kMaxYamlExpandedNodes)
        return limit(builder.root->pos, "aliases");
    return builder.root;
}

}  // namespace cchc
