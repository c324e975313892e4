// Tests for lib/yaml/diagnostic_format.cpp: GitHub annotations escaped per the workflow-command
// rules, with the rule code as their title.
#include <doctest/doctest.h>

#include "yaml/diagnostic_format.hpp"

using namespace cchc;

namespace {

Diagnostic diag(std::string file, int line, std::string code, Message m) {
    Diagnostic d;
    d.file = std::move(file);
    d.line = line;
    d.col = 3;
    d.code = std::move(code);
    d.message = std::move(m);
    return d;
}

}  // namespace

TEST_CASE("escape_workflow_data: %, CR and LF only") {
    CHECK(escape_workflow_data("100% đạt\r\nxong") == "100%25 đạt%0D%0Axong");
    CHECK(escape_workflow_data("a:b,c") == "a:b,c");
    CHECK(escape_workflow_data("%0A") == "%250A");  // already-escaped-looking text stays literal
    CHECK(escape_workflow_data("") == "");
}

TEST_CASE("escape_workflow_property: also ':' and ','") {
    CHECK(escape_workflow_property("plans/a,b:c%.yaml") == "plans/a%2Cb%3Ac%25.yaml");
    CHECK(escape_workflow_property("x\ny") == "x%0Ay");
    CHECK(escape_workflow_property("kế hoạch.yaml") == "kế hoạch.yaml");
}

TEST_CASE("format_github: escaped file, line, col and title=<code>") {
    const auto d = diag("plans/a,b:50%.yaml", 7, "unknown-unit", {"unknown-unit-cli", {"X,\nY"}});
    CHECK(format_github(d, Lang::en) ==
          "::error file=plans/a%2Cb%3A50%25.yaml,line=7,col=3,title=unknown-unit::no unit 'X,%0AY' [unknown-unit]\n");
}

TEST_CASE("format_github: a warning for a whole file has no line") {
    auto d = diag("cchc.yaml", 0, "no-plans", {"no-plans", {"plans"}});
    d.severity = Severity::warning;
    CHECK(format_github(d, Lang::vi) ==
          "::warning file=cchc.yaml,title=no-plans::không tìm thấy kế hoạch nào trong plans [no-plans]\n");
}
