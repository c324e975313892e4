#pragma once
// Metrics cchc already knows from the journal, so nobody types them: the share of a plan's
// tasks done, done on time, done early (%), and the count of late or extended tasks.
#include <optional>

#include "cchc/journal_index.hpp"
#include "cchc/metric_history.hpp"
#include "cchc/model.hpp"

namespace cchc {

struct TaskTally {
    int total = 0;  // tasks counted (reporting duties excluded)
    int done = 0;  // done, every occurrence
    // Timeliness, each task in at most one: extended (any extension), late (done late or
    // open past its deadline), else early / on time (done before / on its last day).
    int early = 0, on_time = 0, late = 0, extended = 0;
};

// Tally of the tasks of `plans` as the journal stands on `journal.as_of()`.
TaskTally tally_tasks(const std::vector<const Plan*>& plans, const JournalIndex& journal);

// The value of computed metric `m` of `agency` (over the plan named by m.of, else every
// plan of the agency); nullopt for a metric that is not computed or has no tasks.
std::optional<MetricValue> computed_value(const Repository& repo, const Agency& agency, const Metric& m,
                                          const JournalIndex& journal);

}  // namespace cchc
