#include "cchc/due.hpp"

#include <algorithm>

#include "cchc/event_deadline.hpp"
#include "cchc/occurrence_state.hpp"
#include "cchc/task_deadline.hpp"
#include "cchc/units.hpp"

namespace cchc {

const char* due_group_name(DueGroup g) {
    switch (g) {
        case DueGroup::overdue: return "overdue";
        case DueGroup::due_soon: return "due_soon";
        case DueGroup::waiting: return "waiting";
        case DueGroup::ongoing: return "ongoing";
        case DueGroup::no_date: return "no_date";
        case DueGroup::later: return "later";
    }
    return "?";
}

namespace {

struct TaskContext {
    const Plan& plan;
    const Task& task;
    const std::vector<StatusEntry>& entries;
    const DueQuery& query;
    const Calendar& calendar;
    const JournalIndex& journal;
};

DueItem base_item(const TaskContext& c) {
    DueItem item;
    item.plan = &c.plan;
    item.task = &c.task;
    for (const auto& e : c.entries) {
        // done/cancelled close some occurrence; they say nothing of the open one listed.
        if (e.status == "done" || e.status == "cancelled") continue;
        if (e.status != "planned") item.status = e.status;
        if (!e.note.empty()) item.note = e.note;
        else if (!e.evidence.empty()) item.note = e.evidence;
    }
    return item;
}

DueItem dated(DueItem item, Date due, const DueQuery& q) {
    item.due = due;
    item.days = days_between(q.as_of, due);
    item.group = item.days < 0 ? DueGroup::overdue : item.days <= q.window ? DueGroup::due_soon : DueGroup::later;
    return item;
}

void count_timeliness(const TaskContext& c, const std::vector<OccurrenceState>& states, DueReport& out) {
    const UnitIndex& index = unit_index(*c.plan.agency);
    std::set<std::string> units = index.expand_all(c.task.lead, false);
    if (c.query.units) {
        auto it = c.query.units->units.find(c.plan.agency);
        std::set<std::string> kept;
        for (const auto& u : units)
            if (it != c.query.units->units.end() && it->second.count(u)) kept.insert(u);
        units = kept;
    }
    for (const auto& s : states) {
        if (!s.done_on) continue;
        Timeliness t;
        if (s.extended_to) ++t.extended;
        else if (*s.done_on < s.occ.last_day) ++t.early;
        else if (*s.done_on == s.occ.last_day) ++t.on_time;
        else ++t.late;
        auto add = [&](Timeliness& x) {
            x.early += t.early, x.on_time += t.on_time, x.late += t.late, x.extended += t.extended;
        };
        add(out.total);
        for (const auto& u : units) add(out.by_unit[u]);
    }
}

// Dated forms: each missed occurrence is overdue (reported once, with every key), the next
// open one is due soon or later.
DueItem occurrence_item(const TaskContext& c, const OccurrenceState& s) {
    DueItem item = dated(base_item(c), s.last_day(), c.query);
    item.start = s.occ.start;
    item.occurrence = s.occ.key;
    item.label = s.occ.label;
    item.extended = s.extended_to.has_value();
    return item;
}

// Milestones are different deliverables: every open one is listed on its own.
void milestone_items(const TaskContext& c, const std::vector<Occurrence>& occs, DueReport& out) {
    const auto states = apply_entries(occs, c.entries);
    count_timeliness(c, states, out);
    for (const auto& s : states) {
        if (!s.open()) (s.done_on ? out.done : out.cancelled)++;
        else out.items.push_back(occurrence_item(c, s));
    }
}

void dated_items(const TaskContext& c, const std::vector<Occurrence>& occs, DueReport& out) {
    const auto states = apply_entries(occs, c.entries);
    count_timeliness(c, states, out);
    const OccurrenceState* first_missed = nullptr;
    std::vector<std::string> missed;
    const OccurrenceState* next = nullptr;
    for (const auto& s : states) {
        if (!s.open()) {
            (s.done_on ? out.done : out.cancelled)++;
            continue;
        }
        if (s.last_day() < c.query.as_of) {
            if (!first_missed) first_missed = &s;
            missed.push_back(s.occ.key.empty() ? s.last_day().iso() : s.occ.key);
        } else if (!next || s.last_day() < next->last_day()) {
            next = &s;
        }
    }
    auto make = [&](const OccurrenceState& s) { return occurrence_item(c, s); };
    if (first_missed) {
        DueItem item = make(*first_missed);
        if (occs.size() > 1) item.missed = missed;
        out.items.push_back(std::move(item));
    }
    if (next) out.items.push_back(make(*next));
}

void undated_item(const TaskContext& c, DueGroup group, DueReport& out) {
    const auto states = apply_entries({Occurrence{}}, c.entries);
    if (!states.front().open()) {
        (states.front().done_on ? out.done : out.cancelled)++;
        return;
    }
    DueItem item = base_item(c);
    item.group = group;
    out.items.push_back(std::move(item));
}

void event_item(const TaskContext& c, const Deadline& d, DueReport& out) {
    const auto event = d.event.empty() ? std::nullopt : c.journal.event_date(c.plan, d.event);
    if (event) {
        if (auto due = event_deadline(d, *event, c.calendar)) {
            Occurrence occ;
            occ.start = event->plus_days(1);
            occ.last_day = *due;
            dated_items(c, {occ}, out);
        } else {
            undated_item(c, DueGroup::ongoing, out);  // "sau khi …" with the event past: now actionable
        }
        return;
    }
    const auto states = apply_entries({Occurrence{}}, c.entries);
    if (!states.front().open()) {
        (states.front().done_on ? out.done : out.cancelled)++;
        return;
    }
    DueItem item = base_item(c);
    item.group = DueGroup::waiting;
    const Event* ev = d.event.empty() ? nullptr : c.plan.find_event(d.event);
    item.event = ev ? ev->name : d.event_text;
    auto expected = d.expected ? d.expected : (ev ? ev->expected : std::nullopt);
    if (expected) {
        item.due = expected->last_day();
        item.days = days_between(c.query.as_of, *item.due);
    }
    out.items.push_back(std::move(item));
}

void task_items(const TaskContext& c, DueReport& out) {
    const TaskDeadline td = task_deadline(c.plan, c.task);
    if (!td.deadline) return undated_item(c, DueGroup::no_date, out);
    const Deadline& d = *td.deadline;
    using K = Deadline::Kind;
    switch (d.kind) {
        case K::no_date: return undated_item(c, DueGroup::no_date, out);
        case K::ongoing: return undated_item(c, DueGroup::ongoing, out);
        case K::after_event: return event_item(c, d, out);
        case K::from:
            if (c.query.as_of < d.period.first_day()) {
                const auto states = apply_entries({Occurrence{}}, c.entries);
                if (!states.front().open()) {
                    (states.front().done_on ? out.done : out.cancelled)++;
                    return;
                }
                DueItem item = base_item(c);
                item.group = DueGroup::later;
                item.start = d.period.first_day();
                out.items.push_back(std::move(item));
                return;
            }
            return undated_item(c, DueGroup::ongoing, out);
        default: break;
    }
    const auto occs = occurrences(d, c.plan.year.value);
    if (occs.empty()) return undated_item(c, DueGroup::no_date, out);  // e.g. only "theo yêu cầu" milestones
    if (d.kind == K::milestones) return milestone_items(c, occs, out);
    dated_items(c, occs, out);
}

}  // namespace

DueReport compute_due(const Repository& repo, const Calendar& calendar, const DueQuery& query) {
    DueReport out;
    out.as_of = query.as_of;
    out.window = query.window;
    const JournalIndex journal(repo, query.as_of);
    for (const auto& plan : repo.plans) {
        if (!plan.agency) continue;
        if (!query.plans.empty() && std::find(query.plans.begin(), query.plans.end(), &plan) == query.plans.end())
            continue;
        for (const auto& task : plan.tasks) {
            std::optional<Role> role;
            if (query.units) {
                role = role_for(*query.units, plan, task);
                if (!role || (query.role && *role != *query.role)) continue;
            }
            const size_t before = out.items.size();
            task_items({plan, task, journal.statuses(plan, task), query, calendar, journal}, out);
            for (size_t i = before; i < out.items.size(); ++i) out.items[i].role = role;
        }
    }
    std::stable_sort(out.items.begin(), out.items.end(), [](const DueItem& a, const DueItem& b) {
        if (a.group != b.group) return a.group < b.group;
        if (a.due != b.due) return a.due.has_value() && (!b.due || *a.due < *b.due);
        return false;
    });
    return out;
}

}  // namespace cchc
