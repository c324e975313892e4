#include "state/task_occurrences.hpp"

#include <algorithm>

#include "time/dates_as_typed.hpp"
#include "time/deadline.hpp"
#include "state/journal_index.hpp"
#include "load/map_reader.hpp"
#include "state/occurrence_state.hpp"
#include "state/plan_lifecycle.hpp"
#include "state/task_deadline.hpp"

namespace cchc {

namespace {

// The names of one deadline's occurrences, after `prefix`.
void add_deadline(const Plan& plan, const TaskDeadline& td, const std::string& prefix, OccurrenceNames& out) {
    if (!td.deadline) return;
    const Deadline& d = *td.deadline;
    if (d.kind == Deadline::Kind::after_event) {
        out.event_dated.push_back(prefix);
        out.shown.push_back(prefix + "YYYY-MM-DD");
        return;
    }
    const auto occs = clip_to_plan(plan, d, occurrences(d, plan.year.value));
    // A milestone with one deadline is named by its id alone: show just that.
    const bool id_says_it = !prefix.empty() && occs.size() == 1 && occs.front().key.empty();
    for (const Occurrence& o : occs) {
        if (!o.key.empty()) out.accepted.push_back(prefix + o.key);
        out.accepted.push_back(prefix + o.last_day.iso());
        if (!id_says_it) out.shown.push_back(prefix + (o.key.empty() ? o.last_day.iso() : o.key));
    }
}

bool is_iso_date(std::string_view s) {
    return s.size() == 10 && s[4] == '-' && s[7] == '-' && parse_user_date(s).has_value();
}

}  // namespace

OccurrenceNames occurrence_names(const Plan& plan, const Task& task) {
    OccurrenceNames out;
    add_deadline(plan, task_deadline(plan, task), "", out);
    for (const Milestone& m : task.milestones) {
        if (!m.internal() || m.id.value.empty()) continue;
        out.accepted.push_back(m.id.value);
        out.shown.push_back(m.id.value);
        add_deadline(plan, milestone_deadline(plan, m), m.id.value + "/", out);
    }
    return out;
}

bool names_occurrence(const OccurrenceNames& names, std::string_view occurrence) {
    if (std::find(names.accepted.begin(), names.accepted.end(), occurrence) != names.accepted.end()) return true;
    return std::any_of(names.event_dated.begin(), names.event_dated.end(), [&](const std::string& prefix) {
        return occurrence.starts_with(prefix) && is_iso_date(occurrence.substr(prefix.size()));
    });
}

std::string occurrence_list(const OccurrenceNames& names, size_t max) {
    std::string out;
    for (size_t i = 0; i < names.shown.size() && i < max; ++i) out += (out.empty() ? "" : ", ") + names.shown[i];
    if (names.shown.size() > max) out += ", …";
    return out;
}

Message unknown_occurrence(const OccurrenceNames& names, const std::string& occurrence, const std::string& task_id) {
    if (names.shown.empty()) return {"journal-unknown-occurrence-none", {occurrence, task_id}};
    return {"journal-unknown-occurrence", {occurrence, task_id, occurrence_list(names)}};
}

std::optional<std::vector<OwnOccurrence>> own_occurrences(const Repository& repo, const Plan& plan, const Task& task) {
    const TaskDeadline td = task_deadline(plan, task);
    if (!td.deadline) return std::nullopt;
    const Deadline& d = *td.deadline;
    const JournalIndex journal(repo, Date{9999, 12, 31});
    std::vector<Occurrence> occs;
    if (d.kind == Deadline::Kind::after_event) {
        if (d.event.empty()) return std::nullopt;
        for (const Date& event : journal.event_dates(plan, d.event)) occs.push_back({std::nullopt, event, event.iso(), {}});
        if (occs.empty()) return std::nullopt;  // no event yet: the task waits, done is the task's done
    } else {
        occs = clip_to_plan(plan, d, occurrences(d, plan.year.value));
        if (occs.size() <= 1) return std::nullopt;
    }
    std::vector<OwnOccurrence> out;
    for (const OccurrenceState& s : apply_entries(occs, journal.statuses(plan, task)))
        out.push_back({s.occ.key.empty() ? s.occ.last_day.iso() : s.occ.key, s.open()});
    return out;
}

}  // namespace cchc
