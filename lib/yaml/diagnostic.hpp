#pragma once
// A problem found in the user's files: where, how bad, which rule, and what to say.
// Messages are kept as a catalogue key plus arguments so they render in vi or en.
#include <string>
#include <vector>

namespace cchc {

// A note explains the error just before it (what was not checked because of it): never counted.
enum class Severity { error, warning, note };

struct Message {
    std::string key;                // catalogue key, see messages.cpp
    std::vector<std::string> args;  // substituted for {0}, {1} …
};

struct Diagnostic {
    std::string file;         // path as shown to the user
    int line = 0;             // 1-based; 0 = the whole file
    int col = 0;              // 1-based, in characters
    Severity severity = Severity::error;
    std::string code;         // stable kebab-case rule code
    Message message;
    std::string source_line;  // the offending line's text, for the caret display
};

class Diagnostics {
public:
    void add(Diagnostic d) { items_.push_back(std::move(d)); }
    const std::vector<Diagnostic>& items() const { return items_; }
    std::vector<Diagnostic>& items() { return items_; }
    size_t count(Severity s) const;
    bool has_errors() const { return count(Severity::error) > 0; }
    // Orders by file, line, column, code — stable output whatever order rules ran in.
    void sort();

private:
    std::vector<Diagnostic> items_;
};

}  // namespace cchc
