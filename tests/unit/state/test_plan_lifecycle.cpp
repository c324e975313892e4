// Tests for lib/state/plan_lifecycle.cpp and its use by compute_due/compute_score: plan periods
// (issue date mid-year, explicit from/until), plans closed by the journal, carried-over
// tasks, and agency keys. Each case writes a small repository to a temporary directory.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <string>

#include <unistd.h>

#include "model/calendar_settings.hpp"
#include "state/computed_metrics.hpp"
#include "track/due.hpp"
#include "state/journal_index.hpp"
#include "state/occurrence_range.hpp"
#include "state/plan_lifecycle.hpp"
#include "state/repository.hpp"
#include "track/score.hpp"
#include "state/task_occurrences.hpp"

using namespace cchc;
namespace fs = std::filesystem;

namespace {

const char* kAgency = R"(name: Sở Thử nghiệm
short: STN
province: Khánh Hòa
units:
  VP: { name: Văn phòng Sở }
  CNTT: { name: Phòng Công nghệ thông tin }
)";

// A repository in a fresh temporary directory: files given as path -> text.
struct TempRepo {
    fs::path root;
    Repository repo;
    explicit TempRepo(const std::map<std::string, std::string>& files) {
        static int counter = 0;
        root = fs::temp_directory_path() / ("cchc-lifecycle-" + std::to_string(::getpid()) + "-" + std::to_string(++counter));
        fs::remove_all(root);
        for (const auto& [path, text] : files) {
            fs::create_directories((root / path).parent_path());
            std::ofstream(root / path) << text;
        }
        Diagnostics diags;
        repo = load_repository(root, diags);
        for (const auto& d : diags.items()) CAPTURE(d.code);
        REQUIRE(diags.count(Severity::error) == 0);
    }
    ~TempRepo() {
        std::error_code ec;
        fs::remove_all(root, ec);
    }
};

// A plan of `year` issued `issued`, with a monthly report, a yearly "Thường xuyên" duty
// and a task due 15/12; `extra` adds top-level keys (from/until).
std::string plan_text(int year, const std::string& issued, const std::string& extra = "") {
    return "issued: \"" + issued + "\"\nyear: " + std::to_string(year) + "\ntitle: Kế hoạch thử\n" + extra +
           "sections:\n  - id: I\n    title: Nhiệm vụ\n    tasks:\n"
           "      - { id: I.1, task: Giao ban hàng tháng, lead: [VP], timing: Định kỳ hàng tháng }\n"
           "      - { id: I.2, task: Cập nhật thường xuyên, lead: [VP], timing: Thường xuyên }\n"
           "      - { id: I.3, task: Nâng cấp phần mềm, lead: [CNTT], due: " + std::to_string(year) + "-12-15 }\n";
}

DueReport due_at(const Repository& repo, Date as_of, bool include_closed = false) {
    DueQuery q;
    q.as_of = as_of;
    q.include_closed = include_closed;
    return compute_due(repo, calendar_for(repo.settings), q);
}

const DueItem* find(const DueReport& r, const std::string& id, DueGroup g) {
    for (const auto& i : r.items)
        if (i.task->id.value == id && i.group == g) return &i;
    return nullptr;
}

size_t count_of(const DueReport& r, const std::string& id) {
    size_t n = 0;
    for (const auto& i : r.items) n += i.task->id.value == id;
    return n;
}

}  // namespace

TEST_CASE("plan period: issue date, else 1 January; until, else 31 December; from/until written win") {
    TempRepo t({{"plans/a/s/agency.yaml", kAgency},
                {"plans/a/s/2022-giua-nam.yaml", plan_text(2022, "2022-04-19")},
                {"plans/a/s/2024-nam.yaml", plan_text(2024, "2024")},
                {"plans/a/s/2024-hai-nam.yaml", plan_text(2024, "2024-02-01", "from: 2024-03\nuntil: 2025-H1\n")}});
    std::map<std::string, PlanPeriod> got;
    for (const auto& p : t.repo.plans) got[p.stem] = plan_period(p);
    CHECK(got["2022-giua-nam"].first == Date{2022, 4, 19});
    CHECK(got["2022-giua-nam"].last == Date{2022, 12, 31});
    CHECK(got["2024-nam"].first == Date{2024, 1, 1});
    CHECK(got["2024-hai-nam"].first == Date{2024, 3, 1});
    CHECK(got["2024-hai-nam"].last == Date{2025, 6, 30});
}

TEST_CASE("a plan issued mid-year: no recurring occurrence before its issue date") {
    TempRepo t({{"plans/a/s/agency.yaml", kAgency}, {"plans/a/s/2022-giua-nam.yaml", plan_text(2022, "2022-04-19")}});
    const DueReport r = due_at(t.repo, Date{2022, 7, 10});
    const DueItem* missed = find(r, "I.1", DueGroup::overdue);
    REQUIRE(missed != nullptr);
    // April (ending after the issue date) is the first; January to March never existed.
    CHECK(missed->occurrence == "2022-04");
    CHECK(missed->missed == std::vector<std::string>{"2022-04", "2022-05", "2022-06"});
    // Before the issue date the plan is not yet in force: nothing listed, one plan left out.
    const DueReport early = due_at(t.repo, Date{2022, 3, 1});
    CHECK(early.items.empty());
    CHECK(early.left_out.size() == 1);
}

TEST_CASE("a plan issued in a year only: start unknown (1 January), its first journal entry noted; from wins") {
    TempRepo t({{"plans/a/s/agency.yaml", kAgency},
                {"plans/a/s/2024-nam.yaml", plan_text(2024, "2024")},
                {"plans/a/s/2024-from.yaml", plan_text(2024, "2024", "from: 2024-03-15\n")},
                {"plans/a/s/2024-ngay.yaml", plan_text(2024, "2024-03-15")},
                {"plans/a/s/journal/2024.yaml",
                 "- { date: 2024-06-01, task: 2024-nam#I.3, status: in_progress }\n"
                 "- { date: 2024-04-05, task: 2024-nam#I.3, status: in_progress }\n"
                 "- { date: 2024-05-02, event: 2024-from#khong-co }\n"}});
    std::map<std::string, const Plan*> plan;
    for (const auto& p : t.repo.plans) plan[p.stem] = &p;
    CHECK(plan_start_unknown(*plan["2024-nam"]));
    CHECK_FALSE(plan_start_unknown(*plan["2024-from"]));
    CHECK_FALSE(plan_start_unknown(*plan["2024-ngay"]));
    CHECK(plan["2024-nam"]->first_entry == Date{2024, 4, 5});  // the earliest, not the first written
    CHECK(plan["2024-from"]->first_entry == Date{2024, 5, 2});
    CHECK_FALSE(plan["2024-ngay"]->first_entry);
    const DueReport r = due_at(t.repo, Date{2024, 7, 10});
    std::map<std::string, std::string> first_missed;
    for (const auto& i : r.items)
        if (i.task->id.value == "I.1" && i.group == DueGroup::overdue) first_missed[i.plan->stem] = i.occurrence;
    // Owed from the first month after its first entry (05/04): May (test below).
    CHECK(first_missed["2024-nam"] == "2024-05");
    CHECK(first_missed["2024-from"] == "2024-03");
    CHECK(first_missed["2024-ngay"] == "2024-03");
}

TEST_CASE("a plan issued in a year only: recurring duties owed from the first period after its first entry") {
    // 2024-nam: first entry 05/04 (I.3), February's report recorded done late; 2024-trong: no
    // entry, owed from 1 January as before; 2024-from: `from` says when, the entry is moot.
    std::string journal = "- { date: 2024-04-05, task: 2024-nam#I.3, status: in_progress }\n"
                          "- { date: 2024-06-20, task: 2024-nam#I.1, occurrence: 2024-02, status: done }\n"
                          "- { date: 2024-04-05, task: 2024-from#I.3, status: in_progress }\n";
    TempRepo t({{"plans/a/s/agency.yaml", kAgency},
                {"plans/a/s/2024-nam.yaml", plan_text(2024, "2024")},
                {"plans/a/s/2024-trong.yaml", plan_text(2024, "2024")},
                {"plans/a/s/2024-from.yaml", plan_text(2024, "2024", "from: 2024-03-15\n")},
                {"plans/a/s/journal/2024.yaml", journal}});
    std::map<std::string, const Plan*> plan;
    for (const auto& p : t.repo.plans) plan[p.stem] = &p;
    CHECK(recurring_owed_after(*plan["2024-nam"]) == Date{2024, 4, 5});
    CHECK_FALSE(recurring_owed_after(*plan["2024-trong"]));  // no entry: 1 January, and check warns
    CHECK_FALSE(recurring_owed_after(*plan["2024-from"]));

    // A period starting on the entry's day is not owed; the one starting the day after is.
    Deadline weekly;
    weekly.kind = Deadline::Kind::recurring;
    weekly.every = Recurrence::week;
    CHECK_FALSE(occurrence_owed(*plan["2024-nam"], weekly, Occurrence{Date{2024, 4, 5}, Date{2024, 4, 9}, "x", {}}));
    CHECK(occurrence_owed(*plan["2024-nam"], weekly, Occurrence{Date{2024, 4, 6}, Date{2024, 4, 10}, "x", {}}));
    CHECK(occurrence_owed(*plan["2024-trong"], weekly, Occurrence{Date{2024, 1, 1}, Date{2024, 1, 5}, "x", {}}));
    Deadline on_date;
    on_date.kind = Deadline::Kind::on_date;  // only recurring duties wait for the entry
    CHECK(occurrence_owed(*plan["2024-nam"], on_date, Occurrence{Date{2024, 1, 1}, Date{2024, 1, 5}, "", {}}));

    const DueReport r = due_at(t.repo, Date{2024, 7, 10});
    std::map<std::string, const DueItem*> overdue, next;
    for (const auto& i : r.items) {
        if (i.task->id.value != "I.1") continue;
        (i.group == DueGroup::overdue ? overdue : next)[i.plan->stem] = &i;
    }
    REQUIRE(overdue.count("2024-nam"));
    CHECK(overdue["2024-nam"]->occurrence == "2024-05");  // April began on 01/04, before the entry
    CHECK(overdue["2024-nam"]->missed == std::vector<std::string>{"2024-05", "2024-06"});
    REQUIRE(next.count("2024-nam"));
    CHECK(next["2024-nam"]->occurrence == "2024-07");
    REQUIRE(overdue.count("2024-trong"));
    CHECK(overdue["2024-trong"]->occurrence == "2024-01");
    CHECK(overdue["2024-trong"]->missed.size() == 6);
    CHECK(overdue["2024-from"]->occurrence == "2024-03");
    REQUIRE(r.owed_after_entry.size() == 1);
    CHECK(r.owed_after_entry.front() == plan["2024-nam"]);
    // February, recorded done, is simply done (late: due 29/02, done 20/06).
    CHECK(r.done == 1);
    CHECK(r.total.late == 1);

    // score and report judge by task_due: the same owed occurrences.
    const Plan& nam = *plan["2024-nam"];
    const Task& monthly = nam.tasks.front();
    REQUIRE(monthly.id.value == "I.1");
    const JournalIndex journal_at(t.repo, Date{2024, 7, 10});
    const TaskDue td = task_due(nam, monthly, journal_at, calendar_for(t.repo.settings), Date{2024, 7, 10}, 30);
    REQUIRE_FALSE(td.items.empty());
    CHECK(td.items.front().occurrence == "2024-05");
    CHECK(td.done == 1);

    // The earlier months still exist: a journal may name them, one by one or as a range.
    const OccurrenceNames names = occurrence_names(nam, monthly);
    CHECK(names_occurrence(names, "2024-01"));
    CHECK(names_occurrence(names, "2024-04"));
    const auto range = expand_occurrences(names, "2024-01..2024-04", "I.1");
    REQUIRE(std::holds_alternative<std::vector<std::string>>(range));
    CHECK(std::get<std::vector<std::string>>(range) == std::vector<std::string>{"2024-01", "2024-02", "2024-03", "2024-04"});
}

TEST_CASE("a plan issued in a year only: months before its first entry, left open, do not make it late") {
    // Every month from May on done on its last day; January to April never recorded.
    std::string journal = "- { date: 2024-04-05, task: 2024-nam#I.3, status: done }\n";
    for (int m = 5; m <= 12; ++m) {
        const Date last = Date{2024, m, 1}.plus_days(days_in_month(2024, m) - 1);
        journal += "- { date: " + last.iso() + ", task: 2024-nam#I.1, occurrence: 2024-" + (m < 10 ? "0" : "") +
                   std::to_string(m) + ", status: done }\n";
    }
    TempRepo t({{"plans/a/s/agency.yaml", kAgency},
                {"plans/a/s/2024-nam.yaml", plan_text(2024, "2024")},
                {"plans/a/s/journal/2024.yaml", journal}});
    const JournalIndex journal_at(t.repo, Date{2024, 12, 31});
    const TaskTally tally = tally_tasks({&t.repo.plans.front()}, journal_at);
    CHECK(tally.total == 2);  // I.1 and I.3 (I.2 has no date of its own)
    CHECK(tally.done == 2);
    CHECK(tally.late == 0);
    CHECK(tally.on_time == 1);  // I.1, its last month done on its last day
    CHECK(tally.early == 1);    // I.3, done 05/04 for 15/12
    CHECK(count_of(due_at(t.repo, Date{2024, 12, 31}), "I.1") == 0);
}

TEST_CASE("a plan past its period, not closed, stays listed for what is open, marked; its ended ongoing duty is counted") {
    TempRepo t({{"plans/a/s/agency.yaml", kAgency}, {"plans/a/s/2024-nam.yaml", plan_text(2024, "2024")}});
    const DueReport in_force = due_at(t.repo, Date{2024, 11, 25});
    CHECK(find(in_force, "I.2", DueGroup::ongoing) != nullptr);
    CHECK(in_force.left_out.empty());

    const DueReport after = due_at(t.repo, Date{2026, 1, 5});
    CHECK(after.left_out.empty());
    REQUIRE(after.ended.size() == 1);
    CHECK(after.ended.front()->stem == "2024-nam");
    CHECK(find(after, "I.3", DueGroup::overdue) != nullptr);
    for (const auto& i : after.items) CHECK(i.plan_ended);
    CHECK(count_of(after, "I.2") == 0);
    CHECK(after.ongoing_ended == 1);

    const DueReport shown = due_at(t.repo, Date{2026, 1, 5}, true);
    CHECK(shown.left_out.empty());
    CHECK(find(shown, "I.3", DueGroup::overdue) != nullptr);
    CHECK(count_of(shown, "I.2") == 0);  // "Thường xuyên" in 2024 is not ongoing in 2026
}

TEST_CASE("a plan closed mid-period: in force through its closing day, then left out") {
    TempRepo t({{"plans/a/s/agency.yaml", kAgency},
                {"plans/a/s/2024-nam.yaml", plan_text(2024, "2024")},
                {"plans/a/s/journal/2024.yaml",
                 "- { date: 2024-06-30, plan: 2024-nam, status: closed, note: \"thay bằng kế hoạch mới\" }\n"}});
    const Plan& plan = t.repo.plans.front();
    CHECK(plan_standing(plan, JournalIndex(t.repo, Date{2024, 6, 29})).state == PlanState::in_force);
    CHECK(plan_standing(plan, JournalIndex(t.repo, Date{2024, 6, 30})).state == PlanState::in_force);
    const PlanStanding closed = plan_standing(plan, JournalIndex(t.repo, Date{2024, 7, 1}));
    CHECK(closed.state == PlanState::closed);
    REQUIRE(closed.closing.has_value());
    CHECK(closed.closing->note == "thay bằng kế hoạch mới");

    CHECK(due_at(t.repo, Date{2024, 7, 1}).items.empty());
    CHECK(due_at(t.repo, Date{2024, 7, 1}).left_out.size() == 1);
    CHECK_FALSE(due_at(t.repo, Date{2024, 6, 30}).items.empty());

    // Score leaves the closed plan out too, unless asked.
    ScoreQuery q;
    q.as_of = Date{2024, 7, 1};
    CHECK(compute_score(t.repo, q).targets.empty());
}

TEST_CASE("a reopened plan is in force again") {
    TempRepo t({{"plans/a/s/agency.yaml", kAgency},
                {"plans/a/s/2024-nam.yaml", plan_text(2024, "2024")},
                {"plans/a/s/journal/2024.yaml",
                 "- { date: 2024-06-30, plan: 2024-nam, status: closed }\n"
                 "- { date: 2024-08-01, plan: 2024-nam, status: open, note: \"đóng nhầm\" }\n"}});
    CHECK(plan_standing(t.repo.plans.front(), JournalIndex(t.repo, Date{2024, 7, 15})).state == PlanState::closed);
    CHECK(plan_standing(t.repo.plans.front(), JournalIndex(t.repo, Date{2024, 8, 2})).state == PlanState::in_force);
}

TEST_CASE("a carried-over task stays listed after its plan ends, until done") {
    TempRepo t({{"plans/a/s/agency.yaml", kAgency},
                {"plans/a/s/2024-nam.yaml", plan_text(2024, "2024")},
                {"plans/a/s/journal/2024.yaml",
                 "- { date: 2024-12-20, task: 2024-nam#I.3, status: carried_over, note: \"chuyển sang 2025\" }\n"
                 "- { date: 2025-02-10, task: 2024-nam#I.3, status: done }\n"}});
    const DueReport r = due_at(t.repo, Date{2025, 1, 15});
    const DueItem* carried = find(r, "I.3", DueGroup::overdue);
    REQUIRE(carried != nullptr);
    CHECK(carried->status == Status::carried_over);
    const DueReport later = due_at(t.repo, Date{2025, 3, 1});
    CHECK(count_of(later, "I.3") == 0);
    CHECK(later.done == 1);
    // Closed after its end: nothing of it is listed but what was carried over.
    TempRepo c({{"plans/a/s/agency.yaml", kAgency},
                {"plans/a/s/2024-nam.yaml", plan_text(2024, "2024")},
                {"plans/a/s/journal/2024.yaml",
                 "- { date: 2024-12-20, task: 2024-nam#I.3, status: carried_over, note: \"chuyển sang 2025\" }\n"},
                {"plans/a/s/journal/2025.yaml", "- { date: 2025-01-10, plan: 2024-nam, status: closed }\n"}});
    const DueReport closed = due_at(c.repo, Date{2025, 1, 15});
    REQUIRE(closed.items.size() == 1);
    CHECK(closed.items.front().task->id.value == "I.3");
    CHECK(closed.left_out.size() == 1);
}

TEST_CASE("carried_over: set by the status, undone by cancelling the task") {
    auto entry = [](const char* code) { return StatusEntry{Date{2024, 12, 1}, status_from_code(code), "", std::nullopt, "", "", false, {}}; };
    CHECK_FALSE(carried_over({}));
    CHECK(carried_over({entry("carried_over")}));
    CHECK(carried_over({entry("carried_over"), entry("in_progress")}));
    CHECK_FALSE(carried_over({entry("carried_over"), entry("cancelled")}));
}

TEST_CASE("agency keys: the last directory, longer only where two agencies share it") {
    TempRepo t({{"plans/khanh-hoa/stttt/agency.yaml", kAgency},
                {"plans/lang-son/stttt/agency.yaml", kAgency},
                {"plans/khanh-hoa/snv/agency.yaml", kAgency},
                {"plans/khanh-hoa/snv/2024-nam.yaml", plan_text(2024, "2024")}});
    std::map<std::string, std::string> keys;
    for (const auto& a : t.repo.agencies) keys[a->id] = a->key;
    CHECK(keys["khanh-hoa/stttt"] == "khanh-hoa/stttt");
    CHECK(keys["lang-son/stttt"] == "lang-son/stttt");
    CHECK(keys["khanh-hoa/snv"] == "snv");
    // Per-unit timeliness is keyed by agency and unit.
    TempRepo j({{"plans/a/s/agency.yaml", kAgency},
                {"plans/a/s/2024-nam.yaml", plan_text(2024, "2024")},
                {"plans/a/s/journal/2024.yaml", "- { date: 2024-12-10, task: 2024-nam#I.3, status: done }\n"}});
    const DueReport r = due_at(j.repo, Date{2024, 12, 20});
    REQUIRE(r.by_unit.count("s:CNTT") == 1);
    CHECK(r.by_unit.at("s:CNTT").early == 1);
}
