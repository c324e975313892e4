#pragma once
// Metrics cchc already knows from the journal, so nobody types them: the share of a plan's
// tasks done, done on time, done early (%), and the count of late or extended tasks. They
// count this repository's tasks over a stated scope: the tasks of one plan (or the plans a
// metric's `of` names) whose deadline fell on or before the date, done or not. Work tracked
// in another system (Phần mềm nhắc việc, Một cửa, DVC) is an entered value, not computed.
#include <optional>
#include <vector>

#include "state/journal_index.hpp"
#include "state/metric_history.hpp"
#include "model/model.hpp"

namespace cchc {

struct TaskTally {
    int total = 0;  // tasks counted (reporting duties excluded)
    int done = 0;  // done, every occurrence
    // Timeliness, each task in at most one: extended (any extension), late (done late or
    // open past its deadline), else early / on time (done before / on its last day).
    int early = 0, on_time = 0, late = 0, extended = 0;
};

// Tally of the tasks of `plans` whose last planned deadline (within the plan's own period)
// fell on or before `journal.as_of()`, as the journal stands then. Tasks without a date of
// their own (ongoing, waiting for an event, no date) are not yet due and are not counted.
TaskTally tally_tasks(const std::vector<const Plan*>& plans, const JournalIndex& journal);

// A computed figure and what it counts: `part` of the `total` tasks due of `plans`
// (for a count, `part` is the count itself).
struct ComputedValue {
    MetricValue value;
    int part = 0, total = 0;
    bool share = true;  // a percentage of the tasks due; else a count among them
    std::vector<const Plan*> plans;
};

// The value of computed metric `m` for a target of `plan`: over the plans named by m.of
// (those of the same agency, found in the journal index's plans), else over `plan` alone. nullopt for a metric that is not
// computed or when no task has fallen due.
std::optional<ComputedValue> computed_value(const Plan& plan, const Metric& m,
                                            const JournalIndex& journal);

}  // namespace cchc
