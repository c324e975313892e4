#include "track/due.hpp"

#include <algorithm>
#include <functional>
#include <optional>
#include <unordered_set>

#include "time/event_deadline.hpp"
#include "base/parallel.hpp"
#include "state/occurrence_state.hpp"
#include "state/plan_lifecycle.hpp"
#include "state/task_deadline.hpp"
#include "model/units.hpp"
#include "time/working_week.hpp"
#include "state/year_long.hpp"

namespace cchc {

const char* due_group_name(DueGroup g) {
    switch (g) {
        case DueGroup::overdue: return "overdue";
        case DueGroup::due_soon: return "due_soon";
        case DueGroup::awaiting: return "awaiting";
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
    const Milestone* milestone = nullptr;  // set when listing an internal milestone
    const std::string* unit = nullptr;     // set when listing one owing unit's part of a group's milestone
};

DueItem base_item(const TaskContext& c) {
    DueItem item;
    item.plan = &c.plan;
    item.task = &c.task;
    for (const auto& e : c.entries) {
        // done/cancelled close some occurrence; they say nothing of the open one listed.
        if (e.status == Status::done || e.status == Status::cancelled) continue;
        if (e.status && e.status != Status::planned) item.status = *e.status;
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

void add_timeliness(Timeliness& to, const Timeliness& t) {
    to.early += t.early, to.on_time += t.on_time, to.late += t.late, to.extended += t.extended;
}

void count_timeliness(const TaskContext& c, const std::vector<OccurrenceState>& states, DueReport& out) {
    // Most tasks have nothing done yet: their lead units are not worth resolving.
    if (std::none_of(states.begin(), states.end(), [](const OccurrenceState& s) { return s.done_on.has_value(); }))
        return;
    std::set<std::string> units =
        c.unit        ? std::set<std::string>{*c.unit}
        : c.milestone ? role_units(*c.plan.agency, c.milestone->lead, {}, c.milestone->informed).lead
                      : role_units(*c.plan.agency, c.task.lead, c.task.support, c.task.informed).lead;
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
        add_timeliness(out.total, t);
        for (const auto& u : units) add_timeliness(out.by_unit[c.plan.agency->unit_key(u)], t);
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
    item.assumed = s.occ.assumed && !item.extended;
    return item;
}

// Milestones are different deliverables: every open one is listed on its own. A milestone
// with no date of its own ("Các báo cáo đột xuất theo thời gian yêu cầu") is listed without a
// date while the task is under way (some dated milestone open): never late or early, and not
// a closed occurrence either, so it is not counted done or cancelled.
void milestone_items(const TaskContext& c, const Deadline& d, const std::vector<Occurrence>& occs, DueReport& out) {
    const auto states = apply_entries(occs, c.entries);
    count_timeliness(c, states, out);
    bool open = false;
    for (const auto& s : states) {
        if (!s.open()) (s.done_on ? out.done : out.cancelled)++;
        else out.items.push_back(occurrence_item(c, s)), open = true;
    }
    if (!open) return;
    for (const Deadline& part : d.parts) {
        if (part.kind != Deadline::Kind::no_date) continue;
        DueItem item = base_item(c);
        item.group = DueGroup::no_date;
        item.label = part.label;
        out.items.push_back(std::move(item));
    }
}

// `d`: the deadline the occurrences are of, when an open one may not be owed (occurrence_owed:
// a recurring duty before a plan of unknown start was surely in force): left unlisted.
void dated_items(const TaskContext& c, const std::vector<Occurrence>& occs, DueReport& out,
                 const Deadline* d = nullptr) {
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
        if (d && !occurrence_owed(c.plan, *d, s.occ)) continue;
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

// One occurrence per journalled event: each has its own deadline ("trong N ngày kể từ"),
// or, for "sau khi … (dự kiến quý II)", the expected period's end — the yardstick for early,
// on time or late — or, for an event later than expected, an assumed one (event_due).
// Keyed by the event's date.
std::vector<Occurrence> event_occurrences(const TaskContext& c, const Deadline& d, const std::vector<Date>& events,
                                          const std::optional<Period>& expected) {
    std::vector<Occurrence> occs;
    for (const Date& event : events) {
        const auto due = event_due(d, event, expected, c.calendar, c.query.after_event_within);
        if (!due) return {};
        Occurrence occ{event.plus_days(1), due->last_day, event.iso(), {}};
        occ.assumed = due->assumed;
        occs.push_back(std::move(occ));
    }
    return occs;
}

void event_item(const TaskContext& c, const Deadline& d, DueReport& out) {
    const Event* ev = d.event.empty() ? nullptr : c.plan.find_event(d.event);
    auto expected = d.expected ? d.expected : (ev ? ev->expected : std::nullopt);
    const auto events = d.event.empty() ? std::vector<Date>{} : c.journal.event_dates(c.plan, d.event);
    if (!events.empty()) {
        const auto occs = event_occurrences(c, d, events, expected);
        if (occs.empty())
            undated_item(c, DueGroup::ongoing, out);  // "sau khi …" with the event past: now actionable
        else
            dated_items(c, occs, out);
        return;
    }
    const auto states = apply_entries({Occurrence{}}, c.entries);
    if (!states.front().open()) {
        (states.front().done_on ? out.done : out.cancelled)++;
        return;
    }
    DueItem item = base_item(c);
    item.group = DueGroup::waiting;
    item.event = ev ? ev->name : d.event_text;
    if (expected) {
        item.due = expected->last_day();
        item.days = days_between(c.query.as_of, *item.due);
    }
    out.items.push_back(std::move(item));
}

// Ongoing until `last`: "Thường xuyên trong năm 2024", and a year-long activity (whose
// assessment is the annual report's: assessment_item). After `last` (unless carried over) it
// is counted as ended, not listed.
void ongoing_item(const TaskContext& c, Date last, bool year_long, DueReport& out) {
    if (last < c.query.as_of && !carried_over(c.entries)) {
        ++out.ongoing_ended;
        return;
    }
    const size_t before = out.items.size();
    undated_item(c, DueGroup::ongoing, out);
    if (out.items.size() > before) out.items.back().year_long = year_long;
}

void deadline_items(const TaskContext& c, const TaskDeadline& td, DueReport& out) {
    if (!td.deadline) return undated_item(c, DueGroup::no_date, out);
    const Deadline& d = *td.deadline;
    using K = Deadline::Kind;
    switch (d.kind) {
        case K::no_date: return undated_item(c, DueGroup::no_date, out);
        case K::ongoing: return ongoing_item(c, d.period.last_day(), false, out);
        case K::after_event: return event_item(c, d, out);
        case K::within:
            if (!c.milestone && year_long(c.plan, c.task, d))
                return ongoing_item(c, d.period_until ? d.period_until->last_day() : d.period.last_day(), true, out);
            break;
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
    const auto occs = plan_occurrences(c.plan, d, c.calendar);
    if (occs.empty()) return undated_item(c, DueGroup::no_date, out);  // e.g. only "theo yêu cầu" milestones
    if (d.kind == K::milestones) return milestone_items(c, d, occs, out);
    dated_items(c, occs, out, &d);
}

void task_items(const TaskContext& c, DueReport& out) { deadline_items(c, task_deadline(c.plan, c.task), out); }

// A journal names an internal milestone's occurrence "<id>" or "<id>/<key>"; the entries
// for it, with the id taken off, apply to it alone.
std::vector<StatusEntry> milestone_entries(const std::vector<StatusEntry>& entries, const std::string& id) {
    std::vector<StatusEntry> out;
    for (const auto& e : entries) {
        if (e.occurrence == id) {
            out.push_back(e);
            out.back().occurrence.clear();
        } else if (e.occurrence.size() > id.size() + 1 && e.occurrence.compare(0, id.size() + 1, id + "/") == 0) {
            out.push_back(e);
            out.back().occurrence = e.occurrence.substr(id.size() + 1);
        }
    }
    return out;
}

// Each owing unit's own part of a group's milestone, merged: one item per open occurrence,
// `from` naming the units still missing it. An entry without a unit closes it for them all.
void per_unit_items(const TaskContext& mc, const TaskDeadline& td, const std::set<std::string>& owing,
                    DueReport& out) {
    std::vector<DueReport> parts(owing.size());
    size_t k = 0;
    for (const std::string& unit : owing) {
        std::vector<StatusEntry> own;
        for (const auto& e : mc.entries)
            if (e.unit.empty() || e.unit == unit) own.push_back(e);
        const TaskContext uc{mc.plan, mc.task, own, mc.query, mc.calendar, mc.journal, mc.milestone, &unit};
        deadline_items(uc, td, parts[k]);
        for (auto& item : parts[k].items) item.from = {unit};
        ++k;
    }
    const size_t before = out.items.size();
    int done = parts.front().done, cancelled = parts.front().cancelled;
    for (auto& part : parts) {
        done = std::min(done, part.done), cancelled = std::min(cancelled, part.cancelled);  // closed for every unit
        for (const auto& [unit, t] : part.by_unit) add_timeliness(out.by_unit[unit], t);
        add_timeliness(out.total, part.total);
        for (auto& item : part.items) {
            auto same = std::find_if(out.items.begin() + static_cast<long>(before), out.items.end(), [&](const DueItem& i) {
                return i.occurrence == item.occurrence && i.group == item.group && i.due == item.due;
            });
            if (same == out.items.end()) {
                out.items.push_back(std::move(item));
                continue;
            }
            same->from.push_back(item.from.front());
            for (const auto& key : item.missed)
                if (std::find(same->missed.begin(), same->missed.end(), key) == same->missed.end()) same->missed.push_back(key);
        }
    }
    out.done += done;
    out.cancelled += cancelled;
    out.ongoing_ended += parts.front().ongoing_ended;
}

// `role`: the query unit's role in the milestone (nullopt without a unit filter).
void internal_items(const TaskContext& c, const Milestone& m, std::optional<Role> role, DueReport& out) {
    const TaskDeadline td = milestone_deadline(c.plan, m);
    if (!td.deadline) return;  // reported by check
    // A group's milestone ("các đơn vị báo cáo Văn phòng") is owed by each member; an owing
    // unit asking sees only its own part.
    std::set<std::string> owing = role_units(*c.plan.agency, m.lead, {}, m.informed).lead;
    if (role == Role::lead && c.query.units) {
        const auto it = c.query.units->units.find(c.plan.agency);
        std::erase_if(owing, [&](const std::string& u) { return it == c.query.units->units.end() || !it->second.count(u); });
    }
    std::vector<StatusEntry> entries;
    for (auto& e : milestone_entries(c.entries, m.id.value))
        if (e.unit.empty() || owing.count(e.unit)) entries.push_back(std::move(e));
    const TaskContext mc{c.plan, c.task, entries, c.query, c.calendar, c.journal, &m};
    const size_t before = out.items.size();
    std::vector<std::string> from;
    for (const auto& u : m.lead) from.push_back(u.value);
    if (owing.size() > 1) {
        per_unit_items(mc, td, owing, out);
    } else {
        deadline_items(mc, td, out);
        for (size_t i = before; i < out.items.size(); ++i) out.items[i].from = from;
    }
    for (size_t i = before; i < out.items.size(); ++i) {
        DueItem& item = out.items[i];
        item.label = m.what.empty() ? m.timing.value : m.what;
        item.occurrence = item.occurrence.empty() ? m.id.value : m.id.value + "/" + item.occurrence;
        item.milestone = m.id.value;
    }
}

// What a unit should receive, overdue or due within the window, is "awaiting reports".
void mark_role(DueReport& out, size_t from, std::optional<Role> role) {
    for (size_t i = from; i < out.items.size(); ++i) {
        DueItem& item = out.items[i];
        item.role = role;
        if (role == Role::recipient && (item.group == DueGroup::overdue || item.group == DueGroup::due_soon))
            item.group = DueGroup::awaiting;
    }
}

// With a unit filter, a unit that has a part of its own in an internal milestone sees that
// part rather than the task, unless it leads the task itself.
bool has_internal_part(const UnitFilter& units, const Plan& plan, const Task& task) {
    return std::any_of(task.milestones.begin(), task.milestones.end(),
                       [&](const Milestone& m) { return m.internal() && role_for(units, plan, m); });
}

// The year-end assessment of the plan's open year-long activities (those of the query's
// unit, with a unit filter), due with its annual report while that report is open. Not a task of
// its own: recording the report done closes it, and it is never counted early or late.
void assessment_item(const Plan& plan, const JournalIndex& journal, const Calendar& calendar, const DueQuery& query,
                     DueReport& out) {
    std::vector<const Task*> assessed;
    std::optional<Role> role;
    for (const auto& task : plan.tasks) {
        const TaskDeadline td = task_deadline(plan, task);
        if (!td.deadline || !year_long(plan, task, *td.deadline)) continue;
        if (!apply_entries({Occurrence{}}, journal.statuses(plan, task)).front().open()) continue;  // done or cancelled
        if (query.units) {
            const auto r = role_for(*query.units, plan, task);
            if (!r) continue;
            if (!role || *r == Role::lead) role = r;
        }
        assessed.push_back(&task);
    }
    // One item per unit, in its main role (lead when it leads any activity), so that the lists
    // by --role add up to the unit's list.
    if (assessed.empty() || (query.role && role != query.role)) return;
    const auto report = annual_report(plan, calendar);
    if (!report) return;
    for (const auto& s : apply_entries(report->occurrences, journal.statuses(plan, *report->task)))
        if (s.occ == report->occurrence && !s.open()) return;
    DueItem item;
    item.plan = &plan;
    item.task = report->task;
    item = dated(std::move(item), report->occurrence.last_day, query);
    item.occurrence = report->occurrence.key;
    item.role = role;
    item.assessed = std::move(assessed);
    out.items.push_back(std::move(item));
}

}  // namespace

namespace {

// The items of one plan (and its counts) into `out`.
void plan_items(const Plan& plan, bool left_out, const JournalIndex& journal, const Calendar& calendar,
                const DueQuery& query, DueReport& out) {
    for (const auto& task : plan.tasks) {
        // A plan no longer in force lists only what was carried over; the rest is one line.
        if (left_out && !carried_over(journal.statuses(plan, task))) {
            if (out.left_out.empty() || out.left_out.back() != &plan) out.left_out.push_back(&plan);
            continue;
        }
        const TaskContext c{plan, task, journal.statuses(plan, task), query, calendar, journal};
        std::optional<Role> role;
        bool own = true;
        if (query.units) {
            role = role_for(*query.units, plan, task);
            own = role && (!query.role || *role == *query.role) &&
                  (*role == Role::lead || !has_internal_part(*query.units, plan, task));
        }
        if (own) {
            const size_t before = out.items.size();
            task_items(c, out);
            mark_role(out, before, role);
            if (role == Role::recipient)
                for (size_t i = before; i < out.items.size(); ++i)
                    for (const auto& u : task.lead) out.items[i].from.push_back(u.value);
        }
        for (const auto& m : task.milestones) {
            if (!m.internal()) continue;
            std::optional<Role> mrole;
            if (query.units) {
                mrole = role_for(*query.units, plan, m);
                if (!mrole || (query.role && *mrole != *query.role)) continue;
            }
            const size_t before = out.items.size();
            internal_items(c, m, mrole, out);
            mark_role(out, before, mrole);
        }
    }
    if (!left_out) assessment_item(plan, journal, calendar, query, out);
}

}  // namespace

TaskDue task_due(const Plan& plan, const Task& task, const JournalIndex& journal, const Calendar& calendar,
                 Date as_of, int window, std::optional<int> after_event_within) {
    DueQuery query;
    query.as_of = as_of;
    query.window = window;
    query.after_event_within = after_event_within;
    const auto& entries = journal.statuses(plan, task);
    const TaskContext c{plan, task, entries, query, calendar, journal};
    DueReport part;
    part.as_of = as_of;
    part.window = window;
    task_items(c, part);
    TaskDue out;
    out.items = std::move(part.items);
    out.done = part.done;
    out.cancelled = part.cancelled;
    return out;
}

std::vector<const Plan*> due_inputs(const Repository& repo, const DueQuery& query) {
    return query.plans.empty() ? repo.plan_list() : query.plans;
}

DueReport compute_due(const Repository& repo, const Calendar& calendar, const DueQuery& asked) {
    DueQuery query = asked;
    query.after_event_within = repo.settings.after_event_within;
    DueReport out;
    out.as_of = query.as_of;
    out.window = query.window;
    const JournalIndex journal(repo, query.as_of);
    const PlanSelection selection = select_in_force(repo, query.plans, journal, query.include_closed);
    // Slices of plans side by side, each into its own report, joined in plan order (so the
    // result is the one a single pass gives). Each slice has its own copy of the calendar,
    // which caches the years it is asked about.
    constexpr size_t kSlice = 8;
    std::vector<DueReport> parts((repo.plans.size() + kSlice - 1) / kSlice);
    // Where each plan stands, by its index: looking it up in the selection's lists was
    // quadratic in the plans (10,000 at national scale).
    enum class Standing : char { none, in_force, ended, left_out };
    std::vector<Standing> standing(repo.plans.size(), Standing::none);
    const auto mark = [&](const std::vector<const Plan*>& plans, Standing s) {
        for (const Plan* p : plans)
            if (const auto i = repo.index_of(p)) {
                Standing& at = standing[*i];
                if (at == Standing::none || s == Standing::ended) at = s;
            }
    };
    mark(selection.in_force, Standing::in_force);
    mark(selection.left_out, Standing::left_out);
    mark(selection.ended, Standing::ended);
    // The unit indexes of the agencies listed, built now: the workers share them, read-only
    // (not every agency's: `due --agency X` in a national repository lists one of thousands).
    std::vector<const Agency*> listed_agencies;
    std::unordered_set<const Agency*> seen_agencies;
    for (size_t i = 0; i < repo.plans.size(); ++i)
        if (standing[i] != Standing::none && repo.plans[i].agency && seen_agencies.insert(repo.plans[i].agency).second)
            listed_agencies.push_back(repo.plans[i].agency);
    build_unit_indexes(listed_agencies);
    parallel_for(parts.size(), [&](size_t s) {
        const Calendar own_calendar = calendar;
        for (size_t i = s * kSlice; i < std::min((s + 1) * kSlice, repo.plans.size()); ++i) {
            const Plan& plan = repo.plans[i];
            if (!plan.agency) continue;
            if (standing[i] != Standing::none) require_body(plan);
            const bool in_force = standing[i] == Standing::in_force;
            const bool left_out = standing[i] == Standing::left_out;
            if (standing[i] == Standing::ended) {
                // Past its period, not closed: what is still open stays listed, marked; a
                // plan with nothing open for the query is left out, as a closed one.
                DueReport& part = parts[s];
                const size_t before = part.items.size();
                plan_items(plan, false, journal, own_calendar, query, part);
                for (size_t k = before; k < part.items.size(); ++k) part.items[k].plan_ended = true;
                (part.items.size() > before ? part.ended : part.left_out).push_back(&plan);
            } else if (in_force || left_out) {
                plan_items(plan, left_out, journal, own_calendar, query, parts[s]);
            }
        }
    });
    // Items are large (strings, lists): moved once each, into room made once, and sorted by
    // index (120,000 items at 10k plans; growing and stable_sort moved each many times).
    size_t total = 0;
    for (const auto& part : parts) total += part.items.size();
    std::vector<DueItem> joined;
    joined.reserve(total);
    for (auto& part : parts) {
        joined.insert(joined.end(), std::make_move_iterator(part.items.begin()),
                      std::make_move_iterator(part.items.end()));
        for (const auto& [unit, t] : part.by_unit) add_timeliness(out.by_unit[unit], t);
        add_timeliness(out.total, part.total);
        out.done += part.done;
        out.cancelled += part.cancelled;
        out.left_out.insert(out.left_out.end(), part.left_out.begin(), part.left_out.end());
        out.ended.insert(out.ended.end(), part.ended.begin(), part.ended.end());
        out.ongoing_ended += part.ongoing_ended;
    }
    std::vector<bool> listed(repo.plans.size(), false);
    for (const DueItem& item : joined)
        if (const auto i = repo.index_of(item.plan)) listed[*i] = true;
    for (size_t i = 0; i < repo.plans.size(); ++i)
        if (listed[i] && recurring_owed_after(repo.plans[i])) out.owed_after_entry.push_back(&repo.plans[i]);
    std::vector<size_t> order(joined.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) {
        const DueItem& a = joined[x];
        const DueItem& b = joined[y];
        if (a.group != b.group) return a.group < b.group;
        if (a.due != b.due) return a.due.has_value() && (!b.due || *a.due < *b.due);
        return false;
    });
    out.items.reserve(joined.size());
    for (size_t i : order) out.items.push_back(std::move(joined[i]));
    return out;
}

}  // namespace cchc
