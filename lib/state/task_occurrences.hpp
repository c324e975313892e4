#pragma once
// What a journal entry's `occurrence:` may name for a task, by the rules `due` matches entries
// with: an occurrence of the task's deadline (its key, "2024-Q1", or its last day,
// "2024-03-31"), an internal milestone's id ("bc-vp"), or "<id>/<name>" for one of the
// milestone's own occurrences ("tuan/2024-W47"). An entry naming anything else is ignored by
// `due`, so `check` reports it and `record` refuses it.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "yaml/diagnostic.hpp"
#include "model/model.hpp"

namespace cchc {

struct OccurrenceNames {
    std::vector<std::string> accepted;  // every name an entry may give
    std::vector<std::string> shown;     // one per occurrence (its key, else its day), for messages
    // Prefixes ("" for the task itself, "<id>/" for a milestone) whose deadline counts from a
    // journalled event: each recording has its own occurrence, named by the event's date, so
    // any date is accepted after them.
    std::vector<std::string> event_dated;
};

OccurrenceNames occurrence_names(const Plan& plan, const Task& task);
bool names_occurrence(const OccurrenceNames& names, std::string_view occurrence);

// The shown names for a message, at most `max` ("2024-Q1, 2024-Q2, …"); an event-dated
// deadline shows as "<prefix>YYYY-MM-DD".
std::string occurrence_list(const OccurrenceNames& names, size_t max = 8);

// Why `occurrence` names nothing of task `task_id`: with the names it has, or that it has none
// (journal-unknown-occurrence, for check and record alike).
Message unknown_occurrence(const OccurrenceNames& names, const std::string& occurrence, const std::string& task_id);

// The task's own occurrences when its deadline has several (recurring, several dated
// milestones, or one per journalled event): the name a journal gives each, and whether the
// journals (all of them, any date) leave it open. nullopt for a task with one deadline:
// there a done without an occurrence is the task's done; here it would be a guess.
struct OwnOccurrence {
    std::string name;
    bool open = true;
};
std::optional<std::vector<OwnOccurrence>> own_occurrences(const Repository& repo, const Plan& plan, const Task& task);

}  // namespace cchc
