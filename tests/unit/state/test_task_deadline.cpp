// Tests for lib/state/task_deadline.cpp: which deadline a task is held to (structured `due`,
// milestones, timing text, plan default, none) and the dates of the deadline table of
// docs/format.md / the design's "Deadlines: every form the seeds use".
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "state/task_deadline.hpp"

using namespace cchc;

namespace {

Plan plan_of(int year, std::string default_timing = {}) {
    Plan p;
    p.year.value = year;
    p.default_timing.value = std::move(default_timing);
    return p;
}

Task task_with(std::string timing) {
    Task t;
    t.id.value = "t";
    t.task.value = "Nhiệm vụ";
    t.timing.value = std::move(timing);
    return t;
}

Milestone milestone(std::string what, std::string timing) {
    Milestone m;
    m.what = std::move(what);
    m.timing.value = std::move(timing);
    return m;
}

std::vector<Date> last_days(const Plan& p, const Task& t) {
    std::vector<Date> out;
    const TaskDeadline td = task_deadline(p, t);
    if (!td.deadline) return out;
    for (const auto& o : occurrences(*td.deadline, p.year.value)) out.push_back(o.last_day);
    return out;
}

using Dates = std::vector<Date>;

}  // namespace

TEST_CASE("task_deadline: the structured due wins over milestones, timing and the plan default") {
    Plan p = plan_of(2024, "Trước ngày 30 tháng 11 năm 2023");
    Task t = task_with("Quý II/2024");
    Deadline d;
    d.kind = Deadline::Kind::on_date;
    d.date = Date{2024, 12, 15};
    t.due = d;
    t.milestones.push_back(milestone("BC", "trước 05/12"));
    const TaskDeadline td = task_deadline(p, t);
    CHECK(td.source == TaskDeadline::Source::structured);
    REQUIRE(td.deadline);
    CHECK(*td.deadline == d);
    CHECK(td.error.empty());
}

TEST_CASE("task_deadline: milestones, each from its own due or timing, labelled") {
    Plan p = plan_of(2024);
    Task t = task_with("- BC kết quả rà soát trước 15/12.\n- BC theo dõi thi hành trước 05/12.");
    t.milestones.push_back(milestone("BC kết quả rà soát", "trước 15/12"));
    t.milestones.push_back(milestone("", "trước 05/12"));  // no words: labelled by its timing
    Milestone structured = milestone("BC quý", "");
    Deadline q;
    q.kind = Deadline::Kind::within;
    q.period = Period{Period::Kind::quarter, 2024, 3};
    structured.due = q;
    t.milestones.push_back(structured);
    t.milestones.push_back(milestone("Các báo cáo đột xuất", "theo thời gian yêu cầu"));
    const TaskDeadline td = task_deadline(p, t);
    CHECK(td.source == TaskDeadline::Source::milestones);
    REQUIRE(td.deadline);
    CHECK(td.deadline->kind == Deadline::Kind::milestones);
    REQUIRE(td.deadline->parts.size() == 4);
    CHECK(td.deadline->parts[0].label == "BC kết quả rà soát");
    CHECK(td.deadline->parts[1].label == "trước 05/12");
    CHECK(td.deadline->parts[2].label == "BC quý");
    CHECK(td.deadline->parts[3].kind == Deadline::Kind::no_date);
    const auto occs = occurrences(*td.deadline, 2024);
    REQUIRE(occs.size() == 3);  // the one "theo yêu cầu" has no date
    CHECK(occs[0].last_day == Date{2024, 12, 14});
    CHECK(occs[0].label == "BC kết quả rà soát");
    CHECK(occs[1].last_day == Date{2024, 12, 4});
    CHECK(occs[2].last_day == Date{2024, 9, 30});
}

TEST_CASE("task_deadline: a milestone that cannot be read gives no deadline and the reason") {
    Task t = task_with("");
    t.milestones.push_back(milestone("BC", "trước 15/12"));
    t.milestones.push_back(milestone("BC khác", "xyz abc"));
    const TaskDeadline td = task_deadline(plan_of(2024), t);
    CHECK_FALSE(td.deadline.has_value());
    CHECK_FALSE(td.error.empty());
}

TEST_CASE("task_deadline: the timing text, else the plan default, else none") {
    const TaskDeadline text = task_deadline(plan_of(2024, "Trước ngày 30 tháng 11 năm 2023"), task_with("Quý II/2024"));
    CHECK(text.source == TaskDeadline::Source::timing);
    REQUIRE(text.deadline);
    CHECK(text.deadline->kind == Deadline::Kind::within);

    const Plan with_default = plan_of(2023, "Trước ngày 30 tháng 11 năm 2023");
    const TaskDeadline def = task_deadline(with_default, task_with(""));
    CHECK(def.source == TaskDeadline::Source::plan_default);
    CHECK(last_days(with_default, task_with("")) == Dates{{2023, 11, 29}});

    Plan structured_default = plan_of(2024);
    Deadline dd;
    dd.kind = Deadline::Kind::on_date;
    dd.date = Date{2024, 10, 31};
    structured_default.default_due = dd;
    structured_default.default_timing.value = "Trong năm 2024";  // default_due wins
    CHECK(plan_default_deadline(structured_default) == dd);
    CHECK(last_days(structured_default, task_with("")) == Dates{{2024, 10, 31}});

    const TaskDeadline none = task_deadline(plan_of(2024), task_with(""));
    CHECK(none.source == TaskDeadline::Source::none);
    CHECK_FALSE(none.deadline.has_value());
    CHECK_FALSE(plan_default_deadline(plan_of(2024)).has_value());
}

TEST_CASE("task_deadline: unreadable timing text is none with the parser's reason, never a guess") {
    const TaskDeadline td = task_deadline(plan_of(2024, "Trong năm 2024"), task_with("xyz abc"));
    CHECK(td.source == TaskDeadline::Source::none);
    CHECK_FALSE(td.deadline.has_value());
    CHECK_FALSE(td.error.empty());
}

TEST_CASE("task_deadline: the dates of the deadline table for plan year 2024") {
    const Plan p = plan_of(2024);
    struct Row {
        const char* timing;
        Dates last;
    };
    const Row rows[] = {
        {"15/12/2024", {{2024, 12, 15}}},
        {"Trước ngày 20/12/2024", {{2024, 12, 19}}},
        {"Trước 15/12", {{2024, 12, 14}}},  // year from the plan
        {"Trước ngày 01/4/2024", {{2024, 3, 31}}},
        {"Tháng 02/2024", {{2024, 2, 29}}},
        {"Quý II/2024", {{2024, 6, 30}}},
        {"Trong Quý 4/2024", {{2024, 12, 31}}},
        {"Trong năm 2024", {{2024, 12, 31}}},
        {"Trong năm", {{2024, 12, 31}}},
        {"Tháng 6, Tháng 12", {{2024, 6, 30}, {2024, 12, 31}}},
        {"Theo quy định (Trước ngày 14 của tháng cuối kỳ báo cáo)",
         {{2024, 3, 13}, {2024, 6, 13}, {2024, 9, 13}, {2024, 12, 13}}},
        {"Báo cáo được gửi chậm nhất ngày 19 tháng cuối của kỳ báo cáo.",
         {{2024, 3, 19}, {2024, 6, 19}, {2024, 9, 19}, {2024, 12, 19}}},
        {"Định kỳ hàng quý", {{2024, 3, 31}, {2024, 6, 30}, {2024, 9, 30}, {2024, 12, 31}}},
        {"Sau khi các Chỉ số được công bố (dự kiến trong quý II/2024)", {{2024, 6, 30}}},
        // No date of their own.
        {"Từ Quý I/2024", {}},
        {"Thường xuyên", {}},
        {"Theo quy định", {}},
        {"Theo yêu cầu của Sở Tư pháp", {}},
        {"Trong thời hạn 30 ngày kể từ ngày có Quyết định công bố TTHC", {}},
    };
    for (const auto& row : rows) {
        CAPTURE(row.timing);
        const TaskDeadline td = task_deadline(p, task_with(row.timing));
        REQUIRE(td.deadline.has_value());
        CHECK(last_days(p, task_with(row.timing)) == row.last);
    }
    // Twelve months, each due on its last day.
    const Dates monthly = last_days(p, task_with("Định kỳ hàng tháng"));
    REQUIRE(monthly.size() == 12);
    CHECK(monthly.front() == Date{2024, 1, 31});
    CHECK(monthly[1] == Date{2024, 2, 29});
    CHECK(monthly.back() == Date{2024, 12, 31});
}
