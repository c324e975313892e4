#pragma once
// Applying a task's journal entries to its occurrences: which are done (and when), which
// were extended to what date, whether the whole task was cancelled.
#include <optional>
#include <string>
#include <vector>

#include "time/deadline.hpp"
#include "state/journal_index.hpp"

namespace cchc {

struct OccurrenceState {
    Occurrence occ;                  // as planned
    std::optional<Date> done_on;     // date of the done entry
    std::optional<Date> extended_to; // new last day after an extension
    bool cancelled = false;
    Date last_day() const { return extended_to ? *extended_to : occ.last_day; }
    bool open() const { return !done_on && !cancelled; }
};

// Entries naming an occurrence apply to it; entries without one apply to the whole task
// when it has a single occurrence, else to the earliest occurrence still open.
std::vector<OccurrenceState> apply_entries(const std::vector<Occurrence>& occs,
                                           const std::vector<StatusEntry>& entries);

}  // namespace cchc
