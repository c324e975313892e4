// Tests for lib/check/rules_safety.cpp (invalid-id, journal-wrong-year) and the loader checks that go
// with them: the plan year's range and a metric with both unit and scale.
#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <vector>

#include "base/ids.hpp"
#include "load/load_agency.hpp"
#include "load/load_journal.hpp"
#include "load/load_plan.hpp"
#include "yaml/messages.hpp"
#include "check/rules.hpp"

using namespace cchc;

namespace {

// One file loaded with `load` into a repository that owns it.
struct Loaded {
    Repository repo;
    Diagnostics diags;
    template <class Fn>
    void file(const std::string& text, const std::string& path, Fn load) {
        auto src = source_from_text(text, path, diags);
        REQUIRE(src);
        const SourceFile* f = src.get();
        repo.files.push_back(std::move(src));
        auto root = parse_yaml(*f, diags);
        REQUIRE(root);
        load(LoadContext{f, diags}, *root, f);
    }
    std::vector<std::string> codes() const {
        std::vector<std::string> out;
        for (const auto& d : diags.items())
            out.push_back(d.code + " " + std::to_string(d.line) + ":" + std::to_string(d.col));
        return out;
    }
};

std::string str(const std::vector<std::string>& v) {
    std::string out;
    for (const auto& s : v) out += (out.empty() ? "" : " | ") + s;
    return out;
}

}  // namespace

TEST_CASE("is_valid_id: the shipped plans' ids pass, odd ones do not") {
    for (const char* ok : {"I", "I.1.3", "B.VII.5", "3.a", "II.1.1b", "bc-quy", "giao_ban", "1", "2(a)"}) CHECK(is_valid_id(ok));
    for (const char* bad : {"", "#", "I#1", "a b", " I", "I\n", "x\ny", "\xD0\x86.1" /* Cyrillic І */, "Mục-1", ".1",
                            "-a", "(a)"})
        CHECK_FALSE(is_valid_id(bad));
    CHECK_FALSE(is_valid_id(std::string(65, 'a')));
    CHECK(is_valid_id(std::string(64, 'a')));
}

TEST_CASE("invalid-id: task and section ids, located, a line break shown as \\n") {
    Loaded l;
    l.file("title: K\nyear: 2024\nsections:\n  - id: \"I #\"\n    title: A\n    tasks:\n"
           "      - { id: \"a\\nb\", task: t, lead: [VP] }\n      - { id: I.1, task: t, lead: [VP] }\n",
           "plans/t/a/2024-p.yaml", [&](const LoadContext& c, const YNode& n, const SourceFile* f) {
               Plan p;
               p.file = f;
               load_plan(c, n, p);
               l.repo.plans.push_back(std::move(p));
           });
    REQUIRE(l.diags.items().empty());
    check_id_characters(l.repo, l.diags);
    CHECK(str(l.codes()) == "invalid-id 4:9 | invalid-id 7:15");
    CHECK(l.diags.items()[1].message.args[0] == "a\\nb");
    CHECK(render(l.diags.items()[0].message, Lang::en).find("'I #'") != std::string::npos);
}

TEST_CASE("journal-wrong-year: an entry of another year than its file; other file names left alone") {
    Loaded l;
    auto journal = [&](const std::string& text, const std::string& path) {
        l.file(text, path, [&](const LoadContext& c, const YNode& n, const SourceFile* f) {
            Journal j;
            j.file = f;
            load_journal(c, n, j);
            l.repo.journals.push_back(std::move(j));
        });
    };
    journal("- { date: \"2024-12-31\", note: a }\n- { date: 2025-01-01, note: b }\n- { date: 31/12/2023, note: c }\n",
            "plans/t/a/journal/2024.yaml");
    journal("- { date: 2025-01-01, note: b }\n", "plans/t/a/journal/ghi-chu.yaml");
    REQUIRE(l.diags.items().empty());
    check_journal_year(l.repo, l.diags);
    CHECK(str(l.codes()) == "journal-wrong-year 2:11 | journal-wrong-year 3:11");
    CHECK(render(l.diags.items()[0].message, Lang::en) ==
          "an entry dated 01/01/2025 is in 2024.yaml; entries of that year belong in 2025.yaml");
}

TEST_CASE("plan year: 1990 to 2100, else invalid-value at the year") {
    for (int y : {0, -1, 1989, 2101, 99999}) {
        CAPTURE(y);
        Loaded l;
        Plan p;
        l.file("title: K\nyear: " + std::to_string(y) + "\n", "p.yaml",
               [&](const LoadContext& c, const YNode& n, const SourceFile*) { load_plan(c, n, p); });
        CHECK(str(l.codes()) == "invalid-value 2:7");
        CHECK(l.diags.items()[0].message.key == "year-range");
    }
    for (int y : {1990, 2024, 2100}) {
        Loaded l;
        Plan p;
        l.file("title: K\nyear: " + std::to_string(y) + "\n", "p.yaml",
               [&](const LoadContext& c, const YNode& n, const SourceFile*) { load_plan(c, n, p); });
        CHECK(l.diags.items().empty());
        CHECK(p.year.value == y);
    }
}

TEST_CASE("a metric with both unit and scale: one error at its scale, and not judged by kind elsewhere") {
    Loaded l;
    auto agency = std::make_unique<Agency>();
    l.file("name: S\nmetrics:\n  xl: { name: X, unit: \"%\", scale: [Kém, Tốt] }\n", "plans/t/a/agency.yaml",
           [&](const LoadContext& c, const YNode& n, const SourceFile*) { load_agency(c, n, *agency); });
    CHECK(str(l.codes()) == "metric-kind 3:36");
    REQUIRE(agency->find_metric("xl"));
    CHECK(agency->find_metric("xl")->kind_conflict);
    l.repo.agencies.push_back(std::move(agency));
    l.diags = Diagnostics{};
    l.file("title: K\nyear: 2024\nsections:\n  - id: I\n    title: A\n    tasks:\n"
           "      - { id: a, task: t, lead: [VP], targets: [{ metric: xl, op: \">=\", value: Tốt }] }\n"
           "      - { id: b, task: t, lead: [VP], targets: [{ metric: xl, op: \">=\", value: 90 }] }\n",
           "plans/t/a/2024-p.yaml", [&](const LoadContext& c, const YNode& n, const SourceFile* f) {
               Plan p;
               p.file = f;
               p.agency = l.repo.agencies.back().get();
               load_plan(c, n, p);
               l.repo.plans.push_back(std::move(p));
           });
    check_metric_kind(l.repo, l.diags);
    CHECK(l.diags.items().empty());
}
