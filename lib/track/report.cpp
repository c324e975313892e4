#include "track/report.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "state/plan_lifecycle.hpp"
#include "model/units.hpp"

namespace cchc {

int OverallCounts::open() const {
    int n = 0;
    for (int g : groups) n += g;
    return n;
}

const std::vector<Text>& item_lead(const DueItem& item) {
    for (const auto& m : item.task->milestones)
        if (!item.milestone.empty() && m.id.value == item.milestone) return m.lead;
    return item.task->lead;
}

namespace {

// The lead units of an item (groups expanded, without sub-units), kept to the filter: the
// same units compute_due counts timeliness for.
std::set<std::string> lead_units(const DueItem& item, const UnitFilter* filter) {
    const UnitIndex& index = unit_index(*item.plan->agency);
    std::set<std::string> units = index.expand_all(item_lead(item), false);
    if (!filter) return units;
    auto it = filter->units.find(item.plan->agency);
    std::set<std::string> kept;
    for (const auto& u : units)
        if (it != filter->units.end() && it->second.count(u)) kept.insert(u);
    return kept;
}

OverallCounts overall_counts(const DueReport& due) {
    OverallCounts c;
    for (const auto& item : due.items) {
        ++c.groups[static_cast<size_t>(item.group)];
        if (item.status == Status::in_progress) ++c.in_progress;
        if (item.status == Status::blocked) ++c.blocked;
    }
    c.done = due.done;
    c.cancelled = due.cancelled;
    c.timeliness = due.total;
    return c;
}

// Where a lead sorts: its agency, then units before groups, each in declaration order.
struct LeadKey {
    size_t agency = 0;
    int kind = 0;
    size_t position = 0;
    auto operator<=>(const LeadKey&) const = default;
};

// Every lead of an item (a co-led task is filed under each), or with a filter every lead
// inside it (every lead when none is); a lead that does not resolve is kept as written.
std::vector<std::pair<LeadKey, LeadGroup>> leads_of(const DueItem& item, const UnitFilter* filter) {
    const Agency& agency = *item.plan->agency;
    const UnitIndex& index = unit_index(agency);
    const std::set<std::string>* wanted = nullptr;
    if (filter) {
        auto it = filter->units.find(&agency);
        if (it != filter->units.end()) wanted = &it->second;
    }
    std::vector<std::pair<LeadKey, LeadGroup>> out;
    // With a filter that none of the leads is in (the unit supports or receives), every lead.
    if (wanted && std::none_of(item_lead(item).begin(), item_lead(item).end(), [&](const Text& ref) {
            auto r = index.resolve(ref.value);
            if (!r) return false;
            const auto covered = index.expand(*r, false);
            return std::any_of(covered.begin(), covered.end(), [&](const std::string& u) { return wanted->count(u) > 0; });
        }))
        wanted = nullptr, filter = nullptr;
    for (const auto& ref : item_lead(item)) {
        LeadKey key;
        LeadGroup g;
        g.agency = &agency;
        key.kind = 2;
        auto chosen = index.resolve(ref.value);
        if (!chosen) {
            if (filter) continue;
            g.code = g.name = ref.value;
            out.emplace_back(key, std::move(g));
            continue;
        }
        if (wanted) {
            const auto covered = index.expand(*chosen, false);
            if (std::none_of(covered.begin(), covered.end(), [&](const std::string& u) { return wanted->count(u) > 0; }))
                continue;
        }
        g.code = chosen->code;
        if (chosen->kind == UnitRef::Kind::unit) {
            const Unit* u = agency.find_unit(g.code);
            g.name = u ? u->name : g.code;
            key.kind = 0;
            key.position = u ? static_cast<size_t>(u - agency.units.data()) : 0;
        } else {
            const Group* gr = agency.find_group(g.code);
            g.name = gr ? gr->name : g.code;
            key.kind = 1;
            key.position = gr ? static_cast<size_t>(gr - agency.groups.data()) : 0;
        }
        out.emplace_back(key, std::move(g));
    }
    return out;
}

std::vector<LeadGroup> overdue_by_lead(const ReportData& d, const UnitFilter* filter) {
    std::map<std::pair<LeadKey, std::string>, LeadGroup> groups;
    std::unordered_map<const Agency*, size_t> position;  // in d.agencies (a search per item was quadratic)
    for (size_t i = 0; i < d.agencies.size(); ++i) position.try_emplace(d.agencies[i], i);
    for (const auto& item : d.due.items) {
        if (item.group != DueGroup::overdue) continue;
        for (auto& [key, g] : leads_of(item, filter)) {
            const auto at = position.find(g.agency);
            key.agency = at == position.end() ? d.agencies.size() : at->second;
            auto [it, fresh] = groups.try_emplace({key, g.code}, std::move(g));
            it->second.items.push_back(item);
        }
    }
    std::vector<LeadGroup> out;
    for (auto& [key, g] : groups) out.push_back(std::move(g));
    return out;
}

std::string unit_name(const std::vector<const Agency*>& agencies, const std::string& code) {
    std::vector<std::string> names;
    for (const Agency* a : agencies)
        if (const Unit* u = a->find_unit(code))
            if (std::find(names.begin(), names.end(), u->name) == names.end()) names.push_back(u->name);
    std::string out;
    for (const auto& n : names) out += (out.empty() ? "" : " / ") + n;
    return out;
}

// Keyed by agency and unit: VP of two agencies are two rows.
std::vector<UnitRow> unit_rows(const ReportData& d, const UnitFilter* filter) {
    std::map<std::string, UnitRow> rows;
    for (const auto& item : d.due.items) {
        for (const auto& u : lead_units(item, filter)) {
            UnitRow& r = rows[item.plan->agency->unit_key(u)];
            r.agency = item.plan->agency;
            r.code = u;
            ++r.open;
            if (item.group == DueGroup::overdue) ++r.overdue;
        }
    }
    std::unordered_map<std::string_view, const Agency*> by_key;  // Agency::key; unit keys are "<key>:<code>"
    for (const Agency* a : d.agencies) by_key[a->key] = a;
    for (const auto& [key, t] : d.due.by_unit) {
        UnitRow& r = rows[key];
        r.done = t;
        if (r.agency) continue;
        const size_t colon = key.find(':');
        r.code = key.substr(colon == std::string::npos ? 0 : colon + 1);
        if (colon == std::string::npos) continue;
        if (const auto a = by_key.find(std::string_view(key).substr(0, colon)); a != by_key.end()) r.agency = a->second;
    }
    std::vector<UnitRow> out;
    for (auto& [key, r] : rows) {
        r.key = key;
        r.name = r.agency ? unit_name({r.agency}, r.code) : unit_name(d.agencies, r.code);
        out.push_back(std::move(r));
    }
    return out;
}

void select_items(ReportData& d) {
    const Date next_end = d.next.last_day();
    for (const auto& item : d.due.items) {
        if (!item.due) continue;
        const bool ahead = item.group == DueGroup::due_soon || item.group == DueGroup::later;
        if (ahead && d.as_of <= *item.due && *item.due <= next_end) d.upcoming.push_back(item);
        const bool in_window = d.period.first_day() <= *item.due && *item.due <= next_end;
        if (item.task->reporting && item.group != DueGroup::waiting && in_window) d.duties.push_back(item);
    }
    std::stable_sort(d.upcoming.begin(), d.upcoming.end(),
                     [](const DueItem& a, const DueItem& b) { return *a.due < *b.due; });
    std::stable_sort(d.duties.begin(), d.duties.end(),
                     [](const DueItem& a, const DueItem& b) { return *a.due < *b.due; });
}

void covered_plans(const Repository& repo, const ReportQuery& q, ReportData& d) {
    // The agencies chosen (--agency, --plan) issue the report whatever their plans' state:
    // one whose only plan is closed still signs its own report, under its own header.
    for (const Plan* plan : q.plans)
        if (plan->agency && std::find(d.agencies.begin(), d.agencies.end(), plan->agency) == d.agencies.end())
            d.agencies.push_back(plan->agency);
    const JournalIndex journal(repo, q.as_of);
    std::unordered_set<const Agency*> named(d.agencies.begin(), d.agencies.end());
    for (const Plan* in_force : select_in_force(repo, q.plans, journal, q.include_closed).in_force) {
        const Plan& plan = *in_force;
        if (!plan.agency) continue;
        d.plans.push_back(&plan);
        if (named.insert(plan.agency).second) d.agencies.push_back(plan.agency);
    }
}

}  // namespace

std::vector<const Plan*> report_inputs(const Repository& repo, const ReportQuery& q) {
    const Scope& scope = q;
    std::vector<const Plan*> out = due_inputs(repo, DueQuery{scope});
    if (q.plans.empty()) return out;  // every plan already
    const std::vector<const Plan*> scored = score_inputs(repo, ScoreQuery{scope});
    out.insert(out.end(), scored.begin(), scored.end());
    return out;
}

ReportData build_report(const Repository& repo, const Calendar& calendar, const ReportQuery& q) {
    ReportData d;
    d.period = q.period;
    d.next = next_period(q.period);
    d.as_of = q.as_of;
    d.window = q.window;
    d.unit_text = q.unit_text;
    covered_plans(repo, q, d);
    // The same scope for all three: the report agrees with `due` and `score`.
    const Scope& scope = q;
    d.due = compute_due(repo, calendar, DueQuery{scope});
    d.score = compute_score(repo, ScoreQuery{scope});
    // A plan whose year ended is still scored in the next year (scored_plans): name it too.
    // By sets: 290,000 targets looked up in lists of 10,000 plans took seconds.
    std::unordered_set<const Plan*> plans(d.plans.begin(), d.plans.end());
    std::unordered_set<const Agency*> agencies(d.agencies.begin(), d.agencies.end());
    for (const auto& t : d.score.targets) {
        if (plans.insert(t.plan).second) d.plans.push_back(t.plan);
        if (agencies.insert(t.plan->agency).second) d.agencies.push_back(t.plan->agency);
    }
    d.overall = overall_counts(d.due);
    d.overdue = overdue_by_lead(d, q.units);
    d.units = unit_rows(d, q.units);
    select_items(d);
    add_journal_sections(repo, q, d);
    return d;
}

}  // namespace cchc
