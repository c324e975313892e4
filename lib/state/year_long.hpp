#pragma once
// Year-long activities: "Trong năm 2024" rows that hand in nothing on a date ("Chấp hành
// nghiêm kỷ luật, kỷ cương hành chính …", "Thực hiện nghiêm túc các quy định … một cửa").
// They are kept up all year, so `due` lists them as ongoing until the period ends, never as
// due on 31/12 or overdue after it, and the plan assesses them once, with its annual report
// (docs/format.md, "Hoạt động cả năm").
#include <optional>

#include "time/calendar.hpp"
#include "time/deadline.hpp"
#include "model/model.hpp"

namespace cchc {

// True when `d`, the task's own deadline, is held as a year-long activity: `ongoing: true` on
// a "within a period" reading; with `ongoing` unset, "within" exactly the plan's year and no
// deliverable target (what is handed in keeps its last day). Reporting duties never are.
bool year_long(const Plan& plan, const Task& task, const Deadline& d);

// The plan's annual report, with which its year-long activities are assessed: the latest
// reporting duty of the plan with a single dated deadline ("trước ngày 05/12/2024"), else the
// latest occurrence in the plan's year of a recurring one (the fourth quarter's report); none
// when no reporting duty has a date. `occurrences` are all of that duty's, for its journal.
struct AnnualReport {
    const Task* task = nullptr;
    Occurrence occurrence;
    std::vector<Occurrence> occurrences;
};
std::optional<AnnualReport> annual_report(const Plan& plan, const Calendar& calendar);

}  // namespace cchc
