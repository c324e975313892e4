#include "state/plan_lifecycle.hpp"

#include <algorithm>
#include <unordered_map>

#include "model/refs.hpp"
#include "time/working_week.hpp"

namespace cchc {

std::optional<Date> plan_issued(const Plan& plan) {
    if (plan.issued.value.empty()) return std::nullopt;
    if (auto p = parse_period(plan.issued.value)) return p->first_day();
    return std::nullopt;
}

PlanPeriod plan_period(const Plan& plan) {
    PlanPeriod out;
    const int year = plan.year.value;
    if (plan.from) out.first = plan.from->value;
    else if (auto issued = plan_issued(plan)) out.first = *issued;
    else out.first = Date{year, 1, 1};
    out.last = plan.until ? plan.until->value : Date{year, 12, 31};
    return out;
}

const char* plan_state_name(PlanState s) {
    switch (s) {
        case PlanState::in_force: return "in_force";
        case PlanState::not_started: return "not_started";
        case PlanState::ended: return "ended";
        case PlanState::closed: return "closed";
    }
    return "?";
}

PlanStanding plan_standing(const Plan& plan, const JournalIndex& journal) {
    PlanStanding out;
    out.period = plan_period(plan);
    const Date as_of = journal.as_of();
    out.closing = journal.closing(plan);
    if (out.closing && out.closing->date < as_of) out.state = PlanState::closed;
    else if (out.period.last < as_of) out.state = PlanState::ended;
    else if (as_of < out.period.first) out.state = PlanState::not_started;
    return out;
}

bool carried_over(const std::vector<StatusEntry>& entries) {
    bool carried = false;
    for (const auto& e : entries) {
        if (e.status == Status::carried_over) carried = true;
        else if (e.status == Status::cancelled && e.occurrence.empty()) carried = false;
    }
    return carried;
}

bool plan_start_unknown(const Plan& plan) {
    if (plan.from || plan.issued.value.empty()) return false;
    const auto p = parse_period(plan.issued.value);
    return p && p->first_day() == Date{p->first_day().year, 1, 1} && p->last_day() == Date{p->first_day().year, 12, 31};
}

std::optional<Date> recurring_owed_after(const Plan& plan) {
    if (!plan_start_unknown(plan)) return std::nullopt;
    return plan.first_entry;
}

bool occurrence_owed(const Plan& plan, const Deadline& d, const Occurrence& o) {
    if (d.kind != Deadline::Kind::recurring || !o.start) return true;
    const auto after = recurring_owed_after(plan);
    return !after || *after < *o.start;
}

void note_plan_first_entries(Repository& repo) {
    auto note = [](Plan& plan, const Date& date) {
        if (!plan.first_entry || date < *plan.first_entry) plan.first_entry = date;
    };
    // The plans of each agency, looked up per entry (not every plan scanned per entry).
    std::unordered_map<const Agency*, std::vector<Plan*>> plans_of;
    for (auto& plan : repo.plans) plans_of[plan.agency].push_back(&plan);
    for (const auto& j : repo.journals) {
        if (!j.agency) continue;
        const auto found = plans_of.find(j.agency);
        if (found == plans_of.end()) continue;
        for (const auto& e : j.entries) {
            if (!e.date.pos.file) continue;  // no readable date
            const std::string& ref = !e.task.value.empty() ? e.task.value : e.event.value;
            const size_t hash = ref.find('#');
            for (Plan* p : found->second) {
                Plan& plan = *p;
                const bool by_ref = hash != std::string::npos && names_plan(plan, std::string_view(ref).substr(0, hash));
                const bool closing = !e.plan.value.empty() && names_plan(plan, e.plan.value);
                if (by_ref || closing) note(plan, e.date.value);
            }
        }
    }
}

std::vector<Occurrence> clip_to_plan(const Plan& plan, const Deadline& d, std::vector<Occurrence> occs) {
    if (d.kind != Deadline::Kind::recurring) return occs;
    const PlanPeriod period = plan_period(plan);
    std::erase_if(occs, [&](const Occurrence& o) {
        return o.last_day < period.first || period.last < o.start.value_or(o.last_day);
    });
    return occs;
}

PlanSelection select_in_force(const Repository& repo, const std::vector<const Plan*>& plans,
                              const JournalIndex& journal, bool include_closed) {
    PlanSelection out;
    for (const auto& plan : repo.plans) {
        if (!plans.empty() && std::find(plans.begin(), plans.end(), &plan) == plans.end()) continue;
        const PlanState state = plan_standing(plan, journal).state;
        if (include_closed || state == PlanState::in_force) out.in_force.push_back(&plan);
        else if (state == PlanState::ended) out.ended.push_back(&plan);
        else out.left_out.push_back(&plan);
    }
    return out;
}

std::vector<Occurrence> plan_occurrences(const Plan& plan, const Deadline& d, const Calendar& calendar) {
    return on_working_days(d, clip_to_plan(plan, d, occurrences(d, plan.year.value)), calendar);
}

}  // namespace cchc
