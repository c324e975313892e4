// Tests for lib/load/unchecked.cpp: what only follows from an unusable file is folded into one note.
#include <doctest/doctest.h>

#include "load/unchecked.hpp"

using namespace cchc;

namespace {

Diagnostic diag(std::string file, int line, Severity sev, std::string code, std::vector<std::string> args = {}) {
    Diagnostic d;
    d.file = std::move(file);
    d.line = line;
    d.col = 1;
    d.severity = sev;
    d.code = code;
    d.message = {std::move(code), std::move(args)};
    return d;
}

size_t count_code(const Diagnostics& d, std::string_view code) {
    size_t n = 0;
    for (const auto& x : d.items()) n += x.code == code;
    return n;
}

}  // namespace

TEST_CASE("journal entries naming an unreadable plan's tasks become one note") {
    Diagnostics d;
    d.add(diag("plans/a/b/2024-x.yaml", 12, Severity::error, "yaml-syntax"));
    for (int i = 0; i < 14; ++i)
        d.add(diag("plans/a/b/journal/2024.yaml", 3 + i, Severity::error, "journal-unknown-task", {"2024-x#" + std::to_string(i)}));
    // Not from the unreadable plan: another plan's task, another agency's journal.
    d.add(diag("plans/a/b/journal/2024.yaml", 40, Severity::error, "journal-unknown-task", {"2024-y#1"}));
    d.add(diag("plans/a/c/journal/2024.yaml", 5, Severity::error, "journal-unknown-task", {"2024-x#1"}));
    fold_unchecked(d);
    CHECK(d.count(Severity::error) == 3);
    REQUIRE(d.count(Severity::note) == 1);
    for (const auto& x : d.items())
        if (x.severity == Severity::note) {
            CHECK(x.file == "plans/a/b/2024-x.yaml");
            CHECK(x.line == 12);
            CHECK(x.message.key == "unchecked-plan-refs");
            CHECK(x.message.args.at(0) == "14");
        }
}

TEST_CASE("references to an unreadable agency.yaml's units and metrics become one note") {
    Diagnostics d;
    d.add(diag("plans/a/b/agency.yaml", 520, Severity::error, "yaml-syntax"));
    d.add(diag("plans/a/b/2024-x.yaml", 10, Severity::error, "unknown-unit", {"VP"}));
    d.add(diag("plans/a/b/2024-x.yaml", 11, Severity::error, "unknown-group", {"phong"}));
    d.add(diag("plans/a/b/journal/2024.yaml", 4, Severity::error, "journal-unknown-metric", {"sipas"}));
    d.add(diag("plans/a/b/2024-x.yaml", 12, Severity::error, "missing-field", {"task"}));  // its own mistake
    d.add(diag("plans/a/c/2024-y.yaml", 10, Severity::error, "unknown-unit", {"VP"}));      // another agency
    fold_unchecked(d);
    CHECK(d.count(Severity::error) == 3);
    CHECK(count_code(d, "unknown-unit") == 1);
    CHECK(count_code(d, "missing-field") == 1);
    REQUIRE(count_code(d, "unchecked") == 1);
}

TEST_CASE("nothing folds without an unusable file, and a note sorts after its error") {
    Diagnostics d;
    d.add(diag("plans/a/b/journal/2024.yaml", 3, Severity::error, "journal-unknown-task", {"2024-x#1"}));
    fold_unchecked(d);
    CHECK(d.items().size() == 1);
    Diagnostics e;
    e.add(diag("plans/a/b/2024-x.yaml", 1, Severity::error, "unreadable-file"));
    e.add(diag("plans/a/b/journal/2024.yaml", 3, Severity::error, "journal-unknown-task", {"2024-x#1"}));
    fold_unchecked(e);
    e.sort();
    REQUIRE(e.items().size() == 2);
    CHECK(e.items()[0].code == "unreadable-file");
    CHECK(e.items()[1].severity == Severity::note);
}
