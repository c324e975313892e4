// Tests for `import --update` (lib/import/import_update.cpp): the plan file edited as text, the
// person's fields and comments kept, and for the rules file (lib/import/import_rules.cpp).
#include <doctest/doctest.h>

#include "import/docx_document.hpp"
#include "import/import_rules.hpp"
#include "import/import_update.hpp"

using namespace cchc;

namespace {

ImportedTask task(std::string id, std::string stt, std::string text, std::string timing = {}, std::vector<std::string> lead = {}) {
    ImportedTask t;
    t.id = std::move(id);
    t.stt = std::move(stt);
    t.task = std::move(text);
    t.timing = std::move(timing);
    t.lead = std::move(lead);
    return t;
}

ImportedPlan plan_of(std::vector<ImportedTask> tasks, std::string section = "I") {
    ImportedPlan p;
    ImportedSection s;
    s.id = section;
    s.stt = section + ".";
    s.title = "MỤC";
    s.tasks = std::move(tasks);
    p.sections.push_back(std::move(s));
    return p;
}

struct Updated {
    ImportError error;
    PlanUpdate update;
};

Updated update(const std::string& text, const ImportedPlan& plan) {
    Diagnostics diags;
    auto file = source_from_text(text, "p.yaml", diags);
    YNodePtr tree = parse_yaml(*file, diags);
    Updated u;
    u.error = update_plan_text(*file, *tree, plan, "new.docx", Lang::vi, u.update);
    return u;
}

const char* const kPlan =
    "sections:\n"
    "  - id: I\n"
    "    stt: I.\n"
    "    title: MỤC\n"
    "    tasks:\n"
    "      - id: I.1\n"
    "        stt: \"1.\"\n"
    "        task: |-\n"
    "          Dòng một\n"
    "          Dòng hai\n"
    "        timing: \"Quý I/2024\"  # ghi tay: hạn của tỉnh\n"
    "        # ghi chú của người dùng\n"
    "        due: 2024-03-31\n"
    "        lead: [VP]\n"
    "      - id: I.2\n"
    "        stt: \"2.\"\n"
    "        task: Việc hai\n";

}  // namespace

TEST_CASE("update: a block scalar replaced whole, a quoted value's comment kept, hand lines untouched") {
    const Updated u = update(kPlan, plan_of({task("I.1", "1.", "Dòng một sửa", "Quý II/2024", {"VP"}), task("I.2", "2.", "Việc hai")}));
    REQUIRE_FALSE(u.error);
    CHECK(u.update.text ==
          "sections:\n"
          "  - id: I\n"
          "    stt: I.\n"
          "    title: MỤC\n"
          "    tasks:\n"
          "      - id: I.1\n"
          "        stt: \"1.\"\n"
          "        task: Dòng một sửa\n"
          "        timing: Quý II/2024   # ghi tay: hạn của tỉnh\n"
          "        # ghi chú của người dùng\n"
          "        due: 2024-03-31\n"
          "        lead: [VP]\n"
          "      - id: I.2\n"
          "        stt: \"2.\"\n"
          "        task: Việc hai\n");
    REQUIRE(u.update.changes.size() == 2);
    CHECK(u.update.changes[0].field == "task");
    CHECK(u.update.changes[0].before == "Dòng một\nDòng hai");
    CHECK(u.update.changes[1].field == "timing");
    CHECK(change_text(u.update.changes[1], Lang::en) == "~ I.1 new deadline (timing): \"Quý I/2024\" → \"Quý II/2024\"");
}

TEST_CASE("update: a field the file lacks goes after the fields before it; a dropped field's lines go") {
    const Updated u = update(kPlan, plan_of({task("I.1", "1.", "Dòng một\nDòng hai", "", {"VP", "TTr"}), task("I.2", "2.", "Việc hai", "Quý III/2024")}));
    REQUIRE_FALSE(u.error);
    CHECK(u.update.text.find("timing: \"Quý I/2024\"") == std::string::npos);
    CHECK(u.update.text.find("        # ghi chú của người dùng\n        due: 2024-03-31\n        lead: [VP, TTr]\n") != std::string::npos);
    CHECK(u.update.text.find("        task: Việc hai\n        timing: Quý III/2024") != std::string::npos);
}

TEST_CASE("update: a task gone is kept and marked once; a new one follows its predecessor") {
    const Updated u = update(kPlan, plan_of({task("I.1", "1.", "Dòng một\nDòng hai", "Quý I/2024", {"VP"}), task("I.3", "3.", "Việc ba")}));
    REQUIRE_FALSE(u.error);
    const std::string& t = u.update.text;
    const size_t mark = t.find("      # XEM LẠI: không còn trong văn bản new.docx");
    REQUIRE(mark != std::string::npos);
    CHECK(t.find("      - id: I.2", mark) != std::string::npos);
    // I.3 after I.1 (its predecessor in the document), so before the kept I.2.
    CHECK(t.find("      - id: I.3") < t.find("      - id: I.2"));
    CHECK(t.find("      - id: I.3") > t.find("        lead: [VP]"));
    // Again on the result: nothing more is added.
    const Updated again = update(t, plan_of({task("I.1", "1.", "Dòng một\nDòng hai", "Quý I/2024", {"VP"}), task("I.3", "3.", "Việc ba")}));
    REQUIRE_FALSE(again.error);
    CHECK(again.update.text == t);
}

TEST_CASE("update: not a plan") {
    CHECK(update("a: 1\n", plan_of({})).error.key == "update-not-a-plan");
}

TEST_CASE("rules: unknown field, unknown key and a correction across paragraphs") {
    Diagnostics diags;
    auto file = source_from_text("headers:\n  Ghi chú: ghichu\n  Tiến độ: timing\nother: 1\ncorrections:\n  - find: \"a\\nb\"\n    replace: \"a – b\"\n",
                                 "import.yaml", diags);
    YNodePtr tree = parse_yaml(*file, diags);
    DocxDocument doc;
    ImportRules rules;
    const std::vector<ImportError> errors = load_import_rules(*file, *tree, nullptr, doc, Lang::en, rules);
    REQUIRE(errors.size() == 2);
    CHECK(import_message(errors[0], Lang::en).rfind("import.yaml:2:12: no field \"ghichu\"", 0) == 0);
    CHECK(import_message(errors[1], Lang::en).rfind("import.yaml:4:1: no key \"other\"", 0) == 0);
    CHECK(rules.header("TIẾN ĐỘ") == Field::timing);
    DocxTable t;
    DocxRow r;
    DocxCell c;
    c.paragraphs = {{"", "x a", false}, {"", "b y", false}};
    r.cells.push_back(c);
    t.rows.push_back(r);
    doc.tables.push_back(t);
    apply_corrections(rules, doc);
    CHECK(doc.tables[0].rows[0].cells[0].text() == "x a – b y");
    ImportedPlan plan;
    review_unused_rules(rules, plan);
    CHECK(plan.reviews.empty());  // both rules were used
}
