// Tests for lib/load/load_plan.cpp and the milestone keys of lib/load/load_task.cpp: sub-sections set
// between tasks keep the file's order; internal milestones keep their units and ids.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "state/repository.hpp"

using namespace cchc;

namespace {

struct Loaded {
    Repository repo;
    Diagnostics diags;
};

Loaded load_plan_text(const std::string& plan) {
    char dir_template[] = "/tmp/cchc-test-load-plan-XXXXXX";
    REQUIRE(mkdtemp(dir_template) != nullptr);
    const std::filesystem::path dir(dir_template);
    const auto agency = dir / "plans/test/stn";
    std::filesystem::create_directories(agency);
    std::ofstream(agency / "agency.yaml") << "name: Sở Thử nghiệm\nunits:\n  VP: { name: Văn phòng Sở }\n"
                                             "  CNTT: { name: Phòng CNTT }\ngroups:\n"
                                             "  all: { name: Các phòng thuộc Sở, members: [VP, CNTT] }\n";
    std::ofstream(agency / "2024-kh.yaml") << plan;
    Loaded out;
    out.repo = load_repository(dir, out.diags);
    std::filesystem::remove_all(dir);
    return out;
}

}  // namespace

TEST_CASE("load_plan: a sub-section between tasks keeps the file's order") {
    const Loaded l = load_plan_text(R"(title: Kế hoạch
year: 2024
sections:
  - id: I
    title: Phần I
    tasks:
      - { id: "1.6", task: Trước, timing: Trong năm 2024, lead: [VP] }
      - section:
          id: I.7
          stt: "1.7"
          title: Mục con
          tasks:
            - { id: "1.7.1", task: Dòng con, timing: Trong năm 2024, lead: [VP] }
      - { id: "1.8", task: Sau, timing: Trong năm 2024, lead: [VP] }
    sections:
      - { id: I.9, title: Mục cuối, tasks: [ { id: "1.9.1", task: Cuối, timing: Trong năm 2024, lead: [VP] } ] }
)");
    CHECK(l.diags.count(Severity::error) == 0);
    REQUIRE(l.repo.plans.size() == 1);
    const Plan& p = l.repo.plans.front();
    std::vector<std::string> ids, sections;
    for (const auto& t : p.tasks) ids.push_back(t.id.value);
    for (const auto& s : p.sections) sections.push_back(s.id.value);
    CHECK(ids == std::vector<std::string>{"1.6", "1.7.1", "1.8", "1.9.1"});
    CHECK(sections == std::vector<std::string>{"I", "I.7", "I.9"});
    CHECK(p.find_task("1.7.1")->section == "I.7");
    CHECK(p.find_task("1.8")->section == "I");
    CHECK(p.find_section("I.7")->parent == "I");
    CHECK(p.find_section("I.7")->depth == 1);
}

TEST_CASE("load_plan: a broken sub-section item is reported, never a crash") {
    const Loaded l = load_plan_text(R"(title: Kế hoạch
year: 2024
sections:
  - id: I
    title: Phần I
    tasks:
      - section: abc
      - section: { id: I.2 }
)");
    CHECK(l.diags.count(Severity::error) >= 2);  // wrong type; missing title
}

TEST_CASE("load_task: internal milestones keep their lead, recipients and ids") {
    const Loaded l = load_plan_text(R"(title: Kế hoạch
year: 2024
reporting:
  - id: bc
    what: Các phòng báo cáo về Văn phòng
    lead: [all]
    informed: [VP]
    timing: Trước ngày 30/11/2024
sections:
  - id: I
    title: Phần I
    tasks:
      - id: t1
        task: Nhiệm vụ
        timing: Trước ngày 14/12/2024
        milestones:
          - { what: Gửi Văn phòng, timing: trước ngày 05/12/2024, lead: [all], informed: [VP] }
          - { id: gd, what: Báo cáo Giám đốc, timing: trước ngày 14/12/2024, lead: VP }
        lead: [all]
        support: [VP]
)");
    CHECK(l.diags.count(Severity::error) == 0);
    const Plan& p = l.repo.plans.front();
    const Task* t = p.find_task("t1");
    REQUIRE(t);
    REQUIRE(t->milestones.size() == 2);
    CHECK(t->milestones[0].id.value == "m1");
    CHECK(t->milestones[0].internal());
    CHECK(t->milestones[0].informed.front().value == "VP");
    CHECK(t->milestones[1].id.value == "gd");
    CHECK(t->milestones[1].lead.front().value == "VP");
    const Task* bc = p.find_task("bc");
    REQUIRE(bc);
    CHECK(bc->informed.front().value == "VP");
}

TEST_CASE("load_task: a milestone's unknown unit or key is reported") {
    const Loaded l = load_plan_text(R"(title: Kế hoạch
year: 2024
sections:
  - id: I
    title: Phần I
    tasks:
      - id: t1
        task: Nhiệm vụ
        timing: Trong năm 2024
        milestones:
          - { what: Gửi, timing: trước ngày 05/12/2024, lead: [KHONGCO], to: [VP] }
        lead: [VP]
)");
    CHECK(l.diags.count(Severity::error) >= 1);  // unknown key `to`
}
