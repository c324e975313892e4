#include "state/occurrence_state.hpp"

namespace cchc {

namespace {

OccurrenceState* target_of(std::vector<OccurrenceState>& states, const StatusEntry& e) {
    if (!e.occurrence.empty()) {
        for (auto& s : states)
            if (s.occ.key == e.occurrence || s.occ.last_day.iso() == e.occurrence) return &s;
        return nullptr;  // names no occurrence of this task
    }
    if (states.size() == 1) return &states.front();
    for (auto& s : states)
        if (s.open()) return &s;
    return nullptr;
}

}  // namespace

std::vector<OccurrenceState> apply_entries(const std::vector<Occurrence>& occs,
                                           const std::vector<StatusEntry>& entries) {
    std::vector<OccurrenceState> states;
    for (const auto& o : occs) states.push_back(OccurrenceState{o, std::nullopt, std::nullopt, false});
    for (const auto& e : entries) {
        if (e.status == Status::cancelled && e.occurrence.empty()) {
            for (auto& s : states)
                if (s.open()) s.cancelled = true;
            continue;
        }
        OccurrenceState* s = target_of(states, e);
        if (!s) continue;
        if (e.status == Status::done) s->done_on = e.date;
        else if (e.status == Status::cancelled) s->cancelled = true;
        else if (e.status == Status::extended && e.new_due) s->extended_to = e.new_due;
        else if (e.status == Status::in_progress || e.status == Status::planned) s->done_on.reset();  // reopened
    }
    return states;
}

}  // namespace cchc
