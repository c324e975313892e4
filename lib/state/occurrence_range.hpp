#pragma once
// Several occurrences in one `--occurrence`: a list ("2024-01,2024-02"), a range
// ("2024-01..2024-06"), or both; the end of a range may drop the start's common head
// ("tuan/2024-W01..W20"). Ranges run over the task's occurrences in order
// (task_occurrences.hpp), so they name only what the task has.
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "yaml/diagnostic.hpp"
#include "state/task_occurrences.hpp"

namespace cchc {

// The names `spec` stands for, in order, each once; or why not (an end the task does not
// have, a range running backwards). A spec without ".." or "," is returned as it is.
std::variant<std::vector<std::string>, Message> expand_occurrences(const OccurrenceNames& names, std::string_view spec,
                                                                   const std::string& task_id);

}  // namespace cchc
