#include "state/journal_index.hpp"

#include <algorithm>

#include "model/refs.hpp"

namespace cchc {

JournalIndex::JournalIndex(const Repository& repo, Date as_of) : as_of_(as_of), plans_(repo) {
    const PlansByAgency& plans_of = plans_;
    for (const auto& j : repo.journals) {
        for (const auto& e : j.entries) {
            if (!e.date.pos.file || as_of < e.date.value) continue;
            if (e.kind == JournalEntry::Kind::status) {
                auto found = find_tasks(plans_of, e.task.value, j.agency);
                if (found.size() != 1) continue;  // reported by check
                StatusEntry s{e.date.value, e.status, e.occurrence.value, std::nullopt,
                              e.evidence.value, e.note.value, e.issue, e.pos, e.unit.value};
                if (e.has_new_due) s.new_due = e.new_due.value;
                statuses_[found.front().task].push_back(std::move(s));
            } else if (e.kind == JournalEntry::Kind::plan_status) {
                auto plans = find_plans(plans_of, e.plan.value);
                std::erase_if(plans, [&](const Plan* p) { return j.agency && p->agency != j.agency; });
                if (plans.size() != 1) continue;  // reported by check
                plan_status_[plans.front()].push_back({e.plan_status.value, PlanClosing{e.date.value, e.note.value, e.pos}});
            } else if (e.kind == JournalEntry::Kind::event) {
                auto found = find_events(plans_of, e.event.value, j.agency);
                if (found.size() != 1) continue;
                auto key = std::make_pair(found.front().plan, found.front().event->id.value);
                auto& dates = events_[key];
                if (std::find(dates.begin(), dates.end(), e.date.value) == dates.end()) dates.push_back(e.date.value);
            }
        }
    }
    for (auto& [key, dates] : events_) std::sort(dates.begin(), dates.end());
    for (auto& [plan, list] : plan_status_)
        std::stable_sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a.second.date < b.second.date; });
    for (auto& [task, list] : statuses_)
        std::stable_sort(list.begin(), list.end(), [](const StatusEntry& a, const StatusEntry& b) { return a.date < b.date; });
}

const std::vector<StatusEntry>& JournalIndex::statuses(const Plan&, const Task& task) const {
    static const std::vector<StatusEntry> none;
    auto it = statuses_.find(&task);
    return it == statuses_.end() ? none : it->second;
}

std::optional<PlanClosing> JournalIndex::closing(const Plan& plan) const {
    auto it = plan_status_.find(&plan);
    if (it == plan_status_.end() || it->second.back().first != "closed") return std::nullopt;
    return it->second.back().second;
}

std::optional<Date> JournalIndex::event_date(const Plan& plan, std::string_view event_id) const {
    auto it = events_.find(std::make_pair(&plan, std::string(event_id)));
    if (it == events_.end() || it->second.empty()) return std::nullopt;
    return it->second.front();
}

std::vector<Date> JournalIndex::event_dates(const Plan& plan, std::string_view event_id) const {
    auto it = events_.find(std::make_pair(&plan, std::string(event_id)));
    return it == events_.end() ? std::vector<Date>{} : it->second;
}

}  // namespace cchc
