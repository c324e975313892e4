#pragma once
// What is overdue, due soon, waiting on an event, ongoing or without a date of its own,
// for a date and (optionally) a unit: the engine behind `cchc due` and the reports.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "time/calendar.hpp"
#include "state/journal_index.hpp"
#include "model/model.hpp"
#include "track/scope.hpp"
#include "track/unit_filter.hpp"

namespace cchc {

// In the order `cchc due` lists them. awaiting: with a unit filter, what the unit should
// receive (it is the recipient), overdue or due within the window.
enum class DueGroup { overdue, due_soon, awaiting, waiting, ongoing, no_date, later };
const char* due_group_name(DueGroup g);  // "overdue", "due_soon", …

struct DueItem {
    const Plan* plan = nullptr;
    const Task* task = nullptr;
    DueGroup group = DueGroup::no_date;
    std::optional<Date> due;    // last day, inclusive
    std::optional<Date> start;  // first day of the window, when there is one
    long days = 0;              // due - as_of: negative when overdue
    std::string occurrence;     // key of a recurring occurrence
    std::vector<std::string> missed;  // keys of every missed occurrence (overdue items)
    std::string label;          // milestone words
    Status status = Status::planned;  // latest journalled status of the task
    std::string note;           // latest note or evidence
    bool extended = false;      // its deadline comes from an extension
    bool assumed = false;       // its deadline is assumed: an event later than expected (event_due)
    std::string event;          // waiting: the event it waits for
    std::optional<Role> role;   // with a unit filter: the unit's role
    std::vector<std::string> from;  // an internal milestone's lead: who reports (to the recipient)
    std::string milestone;      // id of the internal milestone listed, if any
    bool plan_ended = false;    // its plan is past its period, not closed (PlanSelection::ended)
    bool year_long = false;     // ongoing: a year-long activity (year_long.hpp), kept up all year
    // The year-end assessment of the plan's year-long activities, due with its annual report
    // (`task`): the activities assessed. Closed when the report is; never early or late.
    std::vector<const Task*> assessed;
};

// Done early / on time / late against the deadline, and tasks extended (sớm hạn / đúng hạn /
// trễ hạn / gia hạn): the statistics the plans set targets on.
struct Timeliness {
    int early = 0, on_time = 0, late = 0, extended = 0;
    int total() const { return early + on_time + late + extended; }
};

struct DueQuery : Scope {
    std::optional<Role> role = std::nullopt;  // with units: only this role
    // Settings::after_event_within (event_due): compute_due takes it from the repository.
    std::optional<int> after_event_within = 30;
};

struct DueReport {
    Date as_of;
    int window = 30;
    std::vector<DueItem> items;                    // grouped, then by date
    std::map<std::string, Timeliness> by_unit;     // per lead unit, "skhdt:VP" (Agency::unit_key; groups expanded)
    Timeliness total;
    int done = 0, cancelled = 0;                   // tasks (or occurrences) no longer listed
    // Selected plans not in force at as_of (ended, closed, not started) that have tasks for
    // the query: only their carried-over tasks are listed.
    std::vector<const Plan*> left_out;
    // Plans past their period, not closed, with items listed: what is still open of them.
    std::vector<const Plan*> ended;
    // "Thường xuyên trong năm 2024" duties and year-long activities whose period is over: no
    // longer listed, counted.
    int ongoing_ended = 0;
    // Plans with items listed whose start is only an issue year: their recurring duties are
    // owed from the first period after their first journal entry (recurring_owed_after).
    std::vector<const Plan*> owed_after_entry;
};

// Every plan in the query's scope must have its body loaded (due_inputs).
DueReport compute_due(const Repository& repo, const Calendar& calendar, const DueQuery& query);

// The plans whose bodies compute_due() reads: those selected (query.plans), else every plan.
// Closed and not-started plans are among them: their carried-over tasks stay listed.
std::vector<const Plan*> due_inputs(const Repository& repo, const DueQuery& query);

// What compute_due lists for one task's own deadline (not its internal milestones), with no
// unit filter, and how many of its occurrences are closed: `score` judges deliverables by it,
// so the two cannot disagree on an obligation.
struct TaskDue {
    std::vector<DueItem> items;
    int done = 0, cancelled = 0;
};
// `after_event_within`: Settings::after_event_within.
TaskDue task_due(const Plan& plan, const Task& task, const JournalIndex& journal, const Calendar& calendar,
                 Date as_of, int window, std::optional<int> after_event_within = 30);

}  // namespace cchc
