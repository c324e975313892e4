#pragma once
// Whether the journals already record a task as done: `cchc record` asks before it
// appends a second "done", which is almost always a slip (a re-run, the wrong task).
#include <optional>
#include <string_view>

#include "state/journal_index.hpp"
#include "model/model.hpp"

namespace cchc {

// The latest status entry of `task` (of `occurrence`; empty = the task as a whole) when it
// is "done", i.e. done and not reopened or changed since, on any date; else nullopt.
std::optional<StatusEntry> standing_done(const Repository& repo, const Plan& plan, const Task& task,
                                         std::string_view occurrence);

}  // namespace cchc
