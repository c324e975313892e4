#include "record/done_before.hpp"

namespace cchc {

std::optional<StatusEntry> standing_done(const Repository& repo, const Plan& plan, const Task& task,
                                         std::string_view occurrence) {
    // Every entry counts, also those dated after today: the journal is what it is.
    const JournalIndex index(repo, Date{9999, 12, 31});
    const StatusEntry* latest = nullptr;
    for (const StatusEntry& e : index.statuses(plan, task))
        if (e.occurrence == occurrence) latest = &e;  // statuses() is in date order
    if (latest && latest->status == Status::done) return *latest;
    return std::nullopt;
}

}  // namespace cchc
