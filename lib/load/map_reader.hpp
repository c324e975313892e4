#pragma once
// Reading typed values out of YAML mappings, reporting what does not fit the format
// (unknown-key with "did you mean", wrong-type, missing-field, invalid-date) at its position.
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/model.hpp"
#include "yaml/yaml_tree.hpp"

namespace cchc {

struct LoadContext {
    const SourceFile* file = nullptr;
    Diagnostics& diags;

    Pos pos(const YNode& n) const { return Pos{file, n.pos.line, n.pos.col}; }
    void report(const YNode& at, Severity sev, const char* code, Message msg) const;
    void error(const YNode& at, const char* code, Message msg) const {
        report(at, Severity::error, code, std::move(msg));
    }
};


// Reads one mapping whose allowed keys are known; unknown keys are reported at once.
class MapReader {
public:
    // `what` names the object in messages ("task", "unit VP" …).
    MapReader(const LoadContext& ctx, const YNode& node, std::string what,
              std::initializer_list<std::string_view> allowed);

    bool ok() const { return ok_; }
    const YNode& node() const { return node_; }
    const YNode* get(std::string_view key) const { return ok_ ? node_.find(key) : nullptr; }

    // Required text must also be non-blank (missing-field, "empty-field").
    Text text(std::string_view key, bool required = false) const;
    // Optional text that, when the key is written, must not be empty or blank.
    Text filled_text(std::string_view key) const;
    std::vector<Text> text_list(std::string_view key) const;  // a scalar or a sequence of scalars
    std::optional<Located<int>> integer(std::string_view key, bool required = false) const;
    std::optional<double> number(std::string_view key) const;
    std::optional<bool> boolean(std::string_view key) const;
    std::optional<Located<Date>> date(std::string_view key, bool required = false) const;
    // A scalar whose value must be one of `allowed` (invalid-value otherwise).
    Text choice(std::string_view key, std::initializer_list<std::string_view> allowed, bool required = false) const;
    Text choice(std::string_view key, const std::vector<std::string_view>& allowed, bool required = false) const;
    // A sequence (or nullptr when absent; wrong-type when not a sequence).
    const YNode* sequence(std::string_view key) const;
    const YNode* mapping(std::string_view key) const;

    void wrong_type(const YNode& at, std::string_view key, const char* expected_key) const;

private:
    const LoadContext& ctx_;
    const YNode& node_;
    std::string what_;
    bool ok_ = false;
    void missing(std::string_view key) const;
    Text choice(std::string_view key, const std::string_view* allowed, size_t n, bool required) const;
};

// Reports invalid-value at `key` unless it is a code; returns whether it is.
bool check_code(const LoadContext& ctx, const YNode& key, const char* what);

}  // namespace cchc
