#pragma once
// When a plan is in force, and what of it a date's lists keep: its period (written `from`/
// `until`, else its issue date to the end of its year), its closing by a journal entry,
// and the tasks recorded as carried over past its end.
#include <optional>
#include <string>
#include <vector>

#include "time/deadline.hpp"
#include "state/journal_index.hpp"
#include "model/model.hpp"

namespace cchc {

// The plan's first and last day in force (inclusive).
struct PlanPeriod {
    Date first, last;
};

// first: `from`, else the issue date (first day of `issued`), else 1 January of `year`;
// last: `until`, else 31 December of `year`.
PlanPeriod plan_period(const Plan& plan);

// The issue date (first day of `issued`), when written.
std::optional<Date> plan_issued(const Plan& plan);

enum class PlanState { in_force, not_started, ended, closed };
const char* plan_state_name(PlanState s);  // "in_force", "not_started", "ended", "closed"

struct PlanStanding {
    PlanState state = PlanState::in_force;
    PlanPeriod period;
    std::optional<PlanClosing> closing;  // set when closed as of the date
    bool in_force() const { return state == PlanState::in_force; }
};

// The plan at `journal.as_of()`: closed when a closing entry is dated before as_of (a plan
// closed today is still in force today), else ended/not started by its period.
PlanStanding plan_standing(const Plan& plan, const JournalIndex& journal);

// True when the task's journal says it is carried over (status carried_over) and no later
// entry says it was done or cancelled: it stays listed after its plan ends.
bool carried_over(const std::vector<StatusEntry>& entries);

// A plan whose start is unknown: no `from`, and `issued` only a year ("2024", the day and
// month left blank in the original). Its period still runs from 1 January, and so do its
// recurring occurrences (a journal may record any of them), but what is owed of them waits
// for its first journal entry (recurring_owed_after); check warns (plan-start-unknown),
// asking for `from`.
bool plan_start_unknown(const Plan& plan);

// For such a plan with a journal entry: its first entry's date. Its recurring duties are owed
// only from the first period that begins after it (the plan was surely in force then; before,
// a guess); nullopt for any other plan.
std::optional<Date> recurring_owed_after(const Plan& plan);

// Whether occurrence `o` of the plan's deadline `d` is owed (listed, counted overdue): every
// occurrence is, except a recurring one whose period starts on or before
// recurring_owed_after. One not owed still exists: recorded done, it is done.
bool occurrence_owed(const Plan& plan, const Deadline& d, const Occurrence& o);

// Sets each plan's first_entry from the journals of its agency (status and event entries
// naming it "<stem>#…", closing entries naming it).
void note_plan_first_entries(Repository& repo);

// Recurring occurrences within the plan's life: none that ends before the issue date (or
// `from`), none that starts after the period's end. Other forms are returned unchanged.
std::vector<Occurrence> clip_to_plan(const Plan& plan, const Deadline& d, std::vector<Occurrence> occs);

class Calendar;
// The occurrences `due` holds a plan's deadline `d` to: those of the plan's year, clipped to
// the plan's life, weekly ones on the week's last working day (working_week.hpp).
std::vector<Occurrence> plan_occurrences(const Plan& plan, const Deadline& d, const Calendar& calendar);

// Which plans a listing covers at a date: the selected ones (empty = every plan) in force,
// or all of them with include_closed. A plan past its period that nobody closed is `ended`:
// what is still open of it stays listed (an Office's year does not end on 31 December).
// `left_out` counts the selected plans closed or not started.
struct PlanSelection {
    std::vector<const Plan*> in_force;  // listed in full
    std::vector<const Plan*> ended;     // past their period, not closed: listed for what is open
    std::vector<const Plan*> left_out;  // closed or not started: only carried-over tasks are listed
};
PlanSelection select_in_force(const Repository& repo, const std::vector<const Plan*>& plans,
                              const JournalIndex& journal, bool include_closed);

}  // namespace cchc
