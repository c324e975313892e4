// Tests for lib/rules*.cpp: each rule function on a small repository loaded from YAML
// text, asserting code, severity and position; and the rule table itself.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <regex>
#include <set>
#include <string>

#include "load/load_agency.hpp"
#include "load/load_journal.hpp"
#include "load/load_plan.hpp"
#include "yaml/messages.hpp"
#include "check/rules.hpp"

using namespace cchc;

namespace {

const char* const kAgency = R"(name: Sở Thử nghiệm
short: STN
units:
  VP: { name: Văn phòng Sở, aliases: [Văn phòng] }
  BPMC: { name: Bộ phận Một cửa, parent: VP }
  CNTT: { name: Phòng Công nghệ thông tin }
  SNV: { name: Sở Nội vụ, external: true }
metrics:
  sipas: { name: Chỉ số SIPAS, unit: "%" }
groups:
  all: { name: "Các phòng, đơn vị thuộc Sở", members: [VP, CNTT] }
)";

// A repository built in memory: agencies, plans and journals loaded from text.
class Repo {
public:
    Repository repo;
    Diagnostics load_diags;

    Agency& agency(const std::string& text, const std::string& id = "t/a") {
        auto a = std::make_unique<Agency>();
        a->id = id;
        a->file = tree(text, "plans/" + id + "/agency.yaml", [&](const LoadContext& c, const YNode& n) {
            load_agency(c, n, *a);
        });
        repo.agencies.push_back(std::move(a));
        return *repo.agencies.back();
    }
    void plan(const std::string& text, const std::string& stem = "2024-p", const std::string& agency_id = "t/a") {
        Plan p;
        p.stem = stem;
        p.id = agency_id + "/" + stem;
        p.agency = repo.agency_of_dir(agency_id);
        p.file = tree(text, "plans/" + p.id + ".yaml", [&](const LoadContext& c, const YNode& n) { load_plan(c, n, p); });
        repo.plans.push_back(std::move(p));
    }
    void journal(const std::string& text, const std::string& agency_id = "t/a") {
        Journal j;
        j.agency = repo.agency_of_dir(agency_id);
        j.file = tree(text, "plans/" + agency_id + "/journal/2024.yaml",
                      [&](const LoadContext& c, const YNode& n) { load_journal(c, n, j); });
        repo.journals.push_back(std::move(j));
    }
    // Runs one rule; the loader must have been silent.
    Diagnostics run(RuleFn fn) {
        for (const auto& d : load_diags.items()) FAIL_CHECK("load: " << d.file << ":" << d.line << " " << d.code);
        Diagnostics out;
        fn(repo, out);
        out.sort();
        return out;
    }

private:
    template <class Fn>
    const SourceFile* tree(const std::string& text, const std::string& path, Fn load) {
        auto src = source_from_text(text, path, load_diags);
        REQUIRE(src);
        const SourceFile* f = src.get();
        repo.files.push_back(std::move(src));
        auto root = parse_yaml(*f, load_diags);
        REQUIRE(root);
        load(LoadContext{f, load_diags}, *root);
        return f;
    }
};

// "code severity line:col" per diagnostic, plus a check that each message renders.
std::vector<std::string> summary(const Diagnostics& d) {
    std::vector<std::string> out;
    for (const auto& x : d.items()) {
        CHECK(has_message(x.message.key));
        out.push_back(x.code + (x.severity == Severity::error ? " error " : " warning ") + std::to_string(x.line) +
                      ":" + std::to_string(x.col));
    }
    return out;
}
using V = std::vector<std::string>;

// Lists as one string, so a failed CHECK shows both sides.
std::string str(const std::vector<std::string>& v) {
    std::string out = "[";
    for (const auto& s : v) out += (out.size() > 1 ? " | " : "") + s;
    return out + "]";
}

// A plan whose one section holds `tasks` (already indented as list items of `tasks:`).
std::string plan_with(const std::string& tasks, const std::string& extra = "") {
    return "title: Kế hoạch\nyear: 2024\n" + extra + "sections:\n  - id: I\n    title: Phần I\n    tasks:\n" + tasks;
}

}  // namespace

TEST_CASE("the rule table: unique codes, findable, warnings where documented") {
    std::set<std::string> seen;
    for (const auto& r : all_rules()) {
        CAPTURE(r.code);
        CHECK(seen.insert(r.code).second);
        CHECK(find_rule(r.code) == &r);
        CHECK(std::string(r.summary_vi).size() > 0);
        CHECK(std::string(r.summary_en).size() > 0);
    }
    CHECK(find_rule("nope") == nullptr);
    for (const char* w : {"duplicate-stt", "unit-not-assigned", "ended-plan-open"})
        CHECK(find_rule(w)->severity == Severity::warning);
    // duplicate-id: per plan (cached per plan), and the agencies' part over the repository.
    CHECK((find_rule("duplicate-id")->plan_fn == static_cast<PlanRuleFn>(&check_duplicate_ids)) == true);
    CHECK((find_rule("duplicate-id")->fn == &check_duplicate_group_ids) == true);
    CHECK((find_rule("yaml-syntax")->fn == nullptr) == true);
}

namespace {

// Every diagnostic code written in lib/'s sources, with the severity written beside it
// where there is one: `Severity::x, "code"` (make_diagnostic, diagnostic_at, Diagnostic{}),
// `ctx.error(node, "code", …)`, `"code", {"message" …}` (the yaml reader's findings),
// file_diag("code", …) and `code = … "code"` (a code chosen before the call).
std::map<std::string, std::set<std::string>> codes_in_sources() {
    static const std::regex kPatterns[] = {
        std::regex(R"re(Severity::(\w+),\s*"([a-z0-9]+(?:-[a-z0-9]+)+)")re"),
        std::regex(R"re(()\.error\([^;]*?,\s*"([a-z0-9]+(?:-[a-z0-9]+)+)")re"),
        std::regex(R"re(()[,(]\s*"([a-z0-9]+(?:-[a-z0-9]+)+)",\s*\{")re"),
        std::regex(R"re(()file_diag\("([a-z0-9]+(?:-[a-z0-9]+)+)")re"),
        std::regex(R"re(()\bcode = [^;]*?"([a-z0-9]+(?:-[a-z0-9]+)+)"(?:\s*:\s*"([a-z0-9]+(?:-[a-z0-9]+)+)")?)re"),
    };
    std::map<std::string, std::set<std::string>> out;  // code -> severities written with it
    for (const auto& e : std::filesystem::recursive_directory_iterator(std::filesystem::path(CCHC_SOURCE_DIR) / "lib")) {
        const std::string name = e.path().filename().string();
        // The registry itself and the message catalogues ("code", {"vi", "en"}) are not emitters;
        // `cchc import` (import_*, docx_*) reports its own errors, never through `check`.
        if (e.path().extension() != ".cpp" || name == "rules.cpp" || name.find("messages") != std::string::npos ||
            name.rfind("import_", 0) == 0 || name.rfind("docx_", 0) == 0)
            continue;
        std::ifstream in(e.path());
        const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        for (const auto& re : kPatterns)
            for (std::sregex_iterator it(text.begin(), text.end(), re), end; it != end; ++it)
                for (size_t g = 2; g < it->size(); ++g)
                    if ((*it)[g].matched) out[(*it)[g].str()].insert((*it)[1].str());
    }
    return out;
}

Severity severity_named(const std::string& s) {
    return s == "error" ? Severity::error : s == "warning" ? Severity::warning : Severity::note;
}

}  // namespace

TEST_CASE("every code lib/ emits is in the rule table, with the severity it is emitted with") {
    const auto codes = codes_in_sources();
    // The scan must see emitters of each kind, or it proves nothing.
    for (const char* known : {"yaml-tag", "yaml-extra-document", "unknown-key", "duplicate-id", "binary-file", "unknown-group"})
        CHECK_MESSAGE(codes.count(known) == 1, known);
    // Codes the scan sees that are not diagnostics: `record`'s refusals of a typed value.
    const std::set<std::string> not_diagnostics = {"record-control-text", "record-invalid-text"};
    for (const auto& [code, severities] : codes) {
        if (not_diagnostics.count(code)) continue;
        CAPTURE(code);
        const Rule* rule = find_rule(code);
        CHECK(rule != nullptr);
        for (const auto& s : severities)
            if (rule && !s.empty()) CHECK(severity_named(s) == rule->severity);
    }
}

TEST_CASE("duplicate-id: tasks, sections, and a group named like a unit") {
    Repo r;
    r.agency(std::string(kAgency) + "  VP: { name: Trùng, members: [CNTT] }\n");  // line 12
    r.plan("title: K\nyear: 2024\nsections:\n  - id: I\n    title: A\n    tasks:\n"
           "      - { id: I.1, task: a, lead: [VP] }\n"
           "      - { id: I.1, task: b, lead: [VP] }\n"
           "  - id: I\n    title: B\n");
    r.plan(plan_with("      - { id: I.1, task: a, lead: [VP] }\n"), "2024-q");  // same id, other plan: fine
    const auto d = r.run(check_duplicate_ids);
    CHECK(str(summary(d)) == str(V{"duplicate-id error 8:15", "duplicate-id error 9:9", "duplicate-id error 12:3"}));
    CHECK(d.items()[0].file == "plans/t/a/2024-p.yaml");
    CHECK(str(d.items()[0].message.args) == str(V{"I.1", "7"}));
    CHECK(d.items()[1].message.key == "duplicate-id-section");
    CHECK(d.items()[2].file == "plans/t/a/agency.yaml");
    CHECK(d.items()[2].message.key == "duplicate-id-unit");
}

TEST_CASE("duplicate-stt: a warning within a section only, bullets and reporting duties aside") {
    Repo r;
    r.agency(kAgency);
    r.plan("title: K\nyear: 2024\nsections:\n"
           "  - id: A\n    title: A\n    tasks:\n"
           "      - { id: A.1, stt: '1', task: a, lead: [VP] }\n"
           "      - { id: A.2, stt: '1', task: b, lead: [VP] }\n"
           "      - { id: A.3, stt: '-', task: c, lead: [VP] }\n"
           "      - { id: A.4, stt: '-', task: d, lead: [VP] }\n"
           "  - id: B\n    title: B\n    tasks:\n"
           "      - { id: B.1, stt: '1', task: e, lead: [VP] }\n"
           "reporting:\n  - { id: r1, what: x, lead: [VP] }\n  - { id: r2, what: y, lead: [VP] }\n");
    const auto d = r.run(check_duplicate_stt);
    CHECK(str(summary(d)) == str(V{"duplicate-stt warning 8:25"}));
    CHECK(str(d.items()[0].message.args) == str(V{"1", "7"}));
}

TEST_CASE("unknown-unit and unknown-group: lead, support, assignments and group members") {
    Repo r;
    r.agency(std::string(kAgency) + "  bad: { name: Nhóm lỗi, members: [VP, Phòng XYZ] }\n");
    r.plan(plan_with("      - id: I.1\n        task: a\n        lead: [VPP]\n        support: [alll, Sở Nội vụ]\n",
                     "assignments:\n  - { text: x, lead: [Thanh tra] }\n"));
    const auto d = r.run(check_unknown_units);
    CHECK(str(summary(d)) == str(V{"unknown-unit error 4:23", "unknown-unit error 11:16", "unknown-group error 12:19",
                          "unknown-unit error 12:40"}));
    CHECK(d.items()[0].file == "plans/t/a/2024-p.yaml");
    CHECK(d.items()[1].message.key == "unknown-unit-suggest");
    CHECK(render(d.items()[1].message, Lang::en) == "no unit 'VPP' in STN; did you mean VP (Văn phòng Sở)?");
    CHECK(d.items()[2].message.key == "unknown-group-suggest");
    CHECK(d.items()[3].file == "plans/t/a/agency.yaml");
}

TEST_CASE("units written as names, aliases, without diacritics or in NFD resolve") {
    Repo r;
    r.agency(kAgency);
    r.plan(plan_with("      - id: I.1\n        task: a\n"
                     "        lead: [Văn phòng Sở, văn phòng, VAN PHONG SO, \"Va\xCC\x86n pho\xCC\x80ng\"]\n"
                     "        support: [all, \"các phòng, đơn vị thuộc sở\", Phong Cong nghe thong tin, snv]\n"));
    CHECK(r.run(check_unknown_units).items().empty());
}

TEST_CASE("unknown-parent: a missing parent and a cycle") {
    Repo r;
    r.agency("name: X\nunits:\n  A: { name: a, parent: ZZ }\n  B: { name: b, parent: C }\n  C: { name: c, parent: B }\n"
             "  D: { name: d, parent: A }\n  E: { name: e, parent: B }\n");
    const auto d = r.run(check_unit_parents);
    // E is under the cycle, not in it: it is not "its own ancestor".
    CHECK(str(summary(d)) == str(V{"unknown-parent error 3:25", "unknown-parent error 4:3", "unknown-parent error 5:3"}));
    CHECK(str(d.items()[0].message.args) == str(V{"ZZ"}));
    CHECK(d.items()[1].message.key == "parent-cycle");
}

TEST_CASE("empty-lead: an empty list, a missing lead; a reporting duty too") {
    Repo r;
    r.agency(kAgency);
    r.plan(plan_with("      - id: I.1\n        task: a\n        lead: []\n"
                     "      - id: I.2\n        task: b\n"
                     "      - id: I.3\n        task: c\n        lead: VP\n",
                     "reporting:\n  - { id: r1, what: x, lead: [] }\n"));
    const auto d = r.run(check_empty_lead);
    CHECK(str(summary(d)) == str(V{"empty-lead error 4:5", "empty-lead error 9:9", "empty-lead error 12:9"}));
    CHECK(str(d.items()[1].message.args) == str(V{"I.1"}));
}

TEST_CASE("unit-not-assigned: a unit named in the method but not assigned, once") {
    Repo r;
    r.agency(kAgency);
    r.plan(plan_with(
        "      - id: I.1\n        task: a\n        lead: [VP]\n"
        "        method: Phòng Công nghệ thông tin phối hợp; Phòng Công nghệ thông tin báo cáo.\n"
        "      - id: I.2\n        task: b\n        lead: [VP]\n"
        "        method: Bộ phận Một cửa thực hiện, báo cáo Sở Nội vụ.\n"   // sub-unit of the lead; external
        "      - id: I.3\n        task: c\n        lead: [all]\n        method: Văn phòng Sở tổng hợp.\n"
        "      - id: I.4\n        task: d\n        lead: [BPMC]\n        method: |\n          Văn phòng Sở đôn đốc.\n"));
    const auto d = r.run(check_unit_not_assigned);
    CHECK(str(summary(d)) == str(V{"unit-not-assigned warning 10:17", "unit-not-assigned warning 22:17"}));
    CHECK(str(d.items()[0].message.args) == str(V{"Phòng Công nghệ thông tin", "CNTT"}));
    CHECK(str(d.items()[1].message.args) == str(V{"Văn phòng Sở", "VP"}));
}

TEST_CASE("unknown-metric: in task targets and goals, with a suggestion") {
    Repo r;
    r.agency(kAgency);
    r.plan(plan_with("      - id: I.1\n        task: a\n        lead: [VP]\n"
                     "        targets: [{ metric: sipass, op: '>=', value: 87 }, { deliverable: Báo cáo }]\n",
                     "goals:\n  - { text: g, targets: [{ metric: hai_long, op: '>', value: 1 }, "
                     "{ metric: sipas, op: '>', value: 2 }] }\n"));
    const auto d = r.run(check_unknown_metrics);
    CHECK(str(summary(d)) == str(V{"unknown-metric error 4:36", "unknown-metric error 12:29"}));
    CHECK(d.items()[0].message.key == "unknown-metric");
    CHECK(d.items()[1].message.key == "unknown-metric-suggest");
    CHECK(str(d.items()[1].message.args) == str(V{"sipass", "STN", "sipas"}));
}

TEST_CASE("unknown-event: after an undeclared event, wherever the due is") {
    Repo r;
    r.agency(kAgency);
    r.plan(plan_with("      - { id: I.1, task: a, lead: [VP], due: { after: ev1, within: 30 } }\n"
                     "      - { id: I.2, task: b, lead: [VP], due: { after: nope } }\n"
                     "      - id: I.3\n        task: c\n        lead: [VP]\n"
                     "        milestones: [{ what: m, due: { after: later } }]\n"
                     "        due: { dates: [2024-06, { after: other }] }\n",
                     "events:\n  ev1: { name: Sự kiện }\ndefault_due: { after: none }\n"));
    const auto d = r.run(check_unknown_events);
    CHECK(str(summary(d)) == str(V{"unknown-event error 5:14", "unknown-event error 11:46", "unknown-event error 15:38",
                          "unknown-event error 16:14"}));
    CHECK(str(d.items()[1].message.args) == str(V{"nope"}));
}

TEST_CASE("journal rules") {
    Repo r;
    r.agency(kAgency);
    r.agency("name: Khác\nunits:\n  VP: { name: V }\n", "t/b");
    r.plan(plan_with("      - { id: I.1, task: a, lead: [VP] }\n      - { id: I.2, task: b, lead: [VP] }\n",
                     "events:\n  ev1: { name: Sự kiện }\n"));
    r.plan(plan_with("      - { id: I.1, task: a, lead: [VP] }\n"), "2024-q");
    r.plan(plan_with("      - { id: I.9, task: a, lead: [VP] }\n"), "2024-z", "t/b");
    r.journal("- { date: 2024-03-05, task: 2024-p#I.1, status: done }\n"   // 1 fine
              "- { date: 2024-03-06, task: I.2, status: done }\n"          // 2 fine: unique suffix
              "- { date: 2024-03-07, task: I.1, status: done }\n"          // 3 ambiguous
              "- { date: 2024-03-08, task: 2024-p#I.7, status: done }\n"   // 4 no such task
              "- { date: 2024-03-09, task: I.9, status: done }\n"          // 5 another agency's task
              "- { date: 2024-03-10, metric: sipass, value: 80 }\n"        // 6
              "- { date: 2024-03-11, metric: sipas, value: 80 }\n"         // 7 fine
              "- { date: 2024-03-12, event: 2024-p#ev1 }\n"                // 8 fine
              "- { date: 2024-03-13, event: ev2 }\n"                       // 9
              "- { date: 2024-02-01, note: muộn }\n"                       // 10 out of order
              "- { date: 2024-03-13, note: cùng ngày }\n");                // 11 fine
    auto d = r.run(check_journal_tasks);
    CHECK(str(summary(d)) == str(V{"journal-unknown-task error 3:29", "journal-unknown-task error 4:29",
                          "journal-unknown-task error 5:29"}));
    CHECK(d.items()[0].message.key == "journal-ambiguous-task");
    CHECK(str(d.items()[0].message.args) == str(V{"I.1", "2024-p#I.1, 2024-q#I.1"}));
    CHECK(d.items()[0].file == "plans/t/a/journal/2024.yaml");
    d = r.run(check_journal_metrics);
    CHECK(str(summary(d)) == str(V{"journal-unknown-metric error 6:31"}));
    CHECK(render(d.items()[0].message, Lang::en) == "no metric 'sipass' in the catalogue of STN; did you mean 'sipas'?");
    d = r.run(check_journal_events);
    CHECK(str(summary(d)) == str(V{"journal-unknown-event error 9:30"}));
    CHECK(find_rule("journal-order") == nullptr);  // an entry dated before the one above it is normal
}

TEST_CASE("journal-unknown-unit: a unit: that is not a code of the agency, with the code meant") {
    Repo r;
    r.agency(kAgency);
    r.plan(plan_with("      - id: I.1\n        task: a\n        lead: [all]\n        due: 2024-12-14\n"
                     "        milestones:\n"
                     "          - { id: bc-vp, what: m, due: 2024-12-05, lead: [all], informed: [VP] }\n"));
    r.journal("- { date: 2024-12-01, task: I.1, occurrence: bc-vp, status: done, unit: CNTT }\n"       // 1 fine
              "- { date: 2024-12-02, task: I.1, occurrence: bc-vp, status: done }\n"                   // 2 fine: all
              "- { date: 2024-12-03, task: I.1, occurrence: bc-vp, status: done, unit: CNNT }\n"       // 3 a typo
              "- { date: 2024-12-04, task: I.1, occurrence: bc-vp, status: done, unit: vp }\n"         // 4 another case
              "- { date: 2024-12-05, task: I.1, occurrence: bc-vp, status: done, unit: Văn phòng }\n"  // 5 an alias
              "- { date: 2024-12-06, task: I.1, occurrence: bc-vp, status: done, unit: all }\n"        // 6 a group
              "- { date: 2024-12-07, task: I.1, occurrence: bc-vp, status: done, unit: XYZW }\n");     // 7 nothing near
    const auto d = r.run(check_journal_units);
    CHECK(str(summary(d)) == str(V{"journal-unknown-unit error 3:73", "journal-unknown-unit error 4:73",
                                   "journal-unknown-unit error 5:73", "journal-unknown-unit error 6:73",
                                   "journal-unknown-unit error 7:73"}));
    REQUIRE(d.items().size() == 5);
    CHECK(render(d.items()[0].message, Lang::en) == "unit: STN has no unit coded 'CNNT'; did you mean CNTT?");
    CHECK(str(d.items()[1].message.args) == str(V{"vp", "STN", "VP"}));
    CHECK(str(d.items()[2].message.args) == str(V{"Văn phòng", "STN", "VP"}));
    CHECK(d.items()[3].message.key == "journal-unit-is-group");
    CHECK(d.items()[4].message.key == "journal-unknown-unit");
    CHECK(render(d.items()[4].message, Lang::vi).find("không có đơn vị mã 'XYZW' trong STN") != std::string::npos);
    const Rule* rule = find_rule("journal-unknown-unit");
    REQUIRE(rule);
    CHECK(rule->severity == Severity::error);
}

TEST_CASE("journal-unknown-occurrence: what due would not find, with what the task has") {
    Repo r;
    r.agency(kAgency);
    r.plan(plan_with("      - { id: I.1, task: a, lead: [VP], due: { every: quarter } }\n"
                     "      - { id: I.2, task: b, lead: [VP], due: 2024-06-30 }\n"
                     "      - { id: I.3, task: c, lead: [VP], due: ongoing }\n"
                     "      - { id: I.4, task: d, lead: [VP], due: { after: ev1, within: 10 } }\n"
                     "      - id: I.5\n        task: e\n        lead: [VP]\n        due: 2024-12-14\n"
                     "        milestones:\n"
                     "          - { id: bc-vp, what: m, due: 2024-12-05, lead: [all], informed: [VP] }\n"
                     "          - { id: tuan, what: w, due: { every: week }, lead: [VP] }\n",
                     "events:\n  ev1: { name: Sự kiện }\n"));
    r.journal("- { date: 2024-03-05, task: I.1, occurrence: 2024-Q1, status: done }\n"      // 1 fine: a key
              "- { date: 2024-06-05, task: I.1, occurrence: 2024-06-30, status: done }\n"   // 2 fine: its last day
              "- { date: 2024-06-06, task: I.1, occurrence: 2024-05, status: done }\n"      // 3 a month of a quarterly task
              "- { date: 2024-06-07, task: I.2, occurrence: 2024-06-30, status: done }\n"   // 4 fine
              "- { date: 2024-06-08, task: I.3, occurrence: 2024, status: done }\n"         // 5 ongoing: none to name
              "- { date: 2024-06-09, task: I.4, occurrence: 2024-06-01, status: done }\n"   // 6 fine: an event's date
              "- { date: 2024-06-10, task: I.4, occurrence: 2024-Q2, status: done }\n"      // 7 not a date
              "- { date: 2024-06-11, task: I.5, occurrence: bc-vp, status: done }\n"        // 8 fine
              "- { date: 2024-06-12, task: I.5, occurrence: bc-pc, status: done }\n"        // 9 no such milestone
              "- { date: 2024-06-13, task: I.5, occurrence: tuan/2024-W24, status: done }\n"  // 10 fine
              "- { date: 2024-06-14, task: I.5, occurrence: tuan/2024-06, status: done }\n"   // 11 a month of a weekly one
              "- { date: 2024-06-15, task: I.5, occurrence: 2024-12-14, status: done }\n"     // 12 fine: the task's own
              "- { date: 2024-06-16, task: I.9, occurrence: 2024-Q1, status: done }\n");      // 13 journal-unknown-task's
    const auto d = r.run(check_journal_occurrences);
    CHECK(str(summary(d)) == str(V{"journal-unknown-occurrence error 3:46", "journal-unknown-occurrence error 5:46",
                          "journal-unknown-occurrence error 7:46", "journal-unknown-occurrence error 9:46",
                          "journal-unknown-occurrence error 11:46"}));
    REQUIRE(d.items().size() == 5);
    CHECK(render(d.items()[0].message, Lang::en) ==
          "task 'I.1' has no occurrence '2024-05' (it has: 2024-Q1, 2024-Q2, 2024-Q3, 2024-Q4); cchc due would ignore this entry");
    CHECK(d.items()[1].message.key == "journal-unknown-occurrence-none");
    CHECK(str(d.items()[2].message.args) == str(V{"2024-Q2", "I.4", "YYYY-MM-DD"}));
    CHECK(d.items()[3].message.args[2] ==
          "2024-12-14, bc-vp, tuan, tuan/2024-W01, tuan/2024-W02, tuan/2024-W03, tuan/2024-W04, tuan/2024-W05, …");
    CHECK(render(d.items()[4].message, Lang::vi).find("nhiệm vụ 'I.5' không có kỳ/mốc 'tuan/2024-06'") == 0);
}

TEST_CASE("run_rules runs every registered rule") {
    Repo r;
    r.agency(kAgency);
    r.plan(plan_with("      - { id: I.1, stt: '1', task: a, lead: [VPP] }\n"
                     "      - { id: I.1, stt: '1', task: b, lead: [] }\n"));
    Diagnostics d;
    run_rules(r.repo, d);
    d.sort();
    CHECK(str(summary(d)) == str(V{"unknown-unit error 7:46", "empty-lead error 8:9", "duplicate-id error 8:15",
                          "duplicate-stt warning 8:25"}));
}
