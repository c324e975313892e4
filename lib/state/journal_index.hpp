#pragma once
// What the journals say as of a date: each task's status entries and each event's date.
// Entries dated after `as_of` are ignored, so a past date shows the state of that day.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/model.hpp"
#include "model/refs.hpp"

namespace cchc {

struct StatusEntry {
    Date date;
    std::optional<Status> status;  // nullopt: the entry names none (reported by check)
    std::string occurrence;  // empty = the task as a whole (or its next open occurrence)
    std::optional<Date> new_due;
    std::string evidence, note;
    bool issue = false;
    Pos pos;
    std::string unit = {};  // the one unit of a group this entry is for (empty = every unit)
};

// A plan closed by a journal entry `{ date, plan, status: closed, note }`.
struct PlanClosing {
    Date date;
    std::string note;
    Pos pos;
};

class JournalIndex {
public:
    JournalIndex(const Repository& repo, Date as_of);

    // Status entries of a task in date order (empty when none).
    const std::vector<StatusEntry>& statuses(const Plan& plan, const Task& task) const;
    // The first journalled date of the plan's event `event_id`, on or before as_of.
    std::optional<Date> event_date(const Plan& plan, std::string_view event_id) const;
    // The plan's closing as of as_of: its latest plan entry, when that says "closed".
    std::optional<PlanClosing> closing(const Plan& plan) const;
    // Every journalled date of the event on or before as_of, oldest first: a repeating
    // trigger (each QĐ phê duyệt quy trình) is one occurrence each.
    std::vector<Date> event_dates(const Plan& plan, std::string_view event_id) const;
    Date as_of() const { return as_of_; }
    // The repository's plans by agency and by name, as the entries were resolved with: for
    // other lookups of plans named in the repository (a computed metric's `of`).
    const PlansByAgency& plans() const { return plans_; }

private:
    Date as_of_;
    PlansByAgency plans_;
    std::map<const Task*, std::vector<StatusEntry>> statuses_;
    std::map<std::pair<const Plan*, std::string>, std::vector<Date>> events_;
    std::map<const Plan*, std::vector<std::pair<std::string, PlanClosing>>> plan_status_;
};

}  // namespace cchc
