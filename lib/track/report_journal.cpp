// The report's journal sections: what was completed in the period (with its evidence) and
// the difficulties (blocked tasks, entries marked `issue: true`).
#include <algorithm>
#include <set>
#include <unordered_set>

#include "state/journal_index.hpp"
#include "model/refs.hpp"
#include "track/report.hpp"

namespace cchc {

namespace {

struct ReportScope {
    const ReportQuery& query;
    const ReportData& data;
    // Looked up for every task of every plan: a list searched each time was quadratic in the
    // plans (10,000 at national scale).
    std::unordered_set<const Plan*> plans{data.plans.begin(), data.plans.end()};
    std::unordered_set<const Agency*> agencies{data.agencies.begin(), data.agencies.end()};

    bool covers(const Plan* plan) const { return plan && plans.count(plan) > 0; }
    // The tasks compute_due looks at: the covered plans, and with --unit the unit's tasks.
    bool covers(const Plan& plan, const Task& task) const {
        return covers(&plan) && (!query.units || role_for(*query.units, plan, task).has_value());
    }
    bool covers(const Agency* agency) const { return agencies.count(agency) > 0; }
    // Journal dates reported as "in the period": its first day to its last day or as_of.
    bool in_period(const Date& d) const {
        const Date end = std::min(data.period.last_day(), data.as_of);
        return data.period.first_day() <= d && d <= end;
    }
};

void completed_tasks(const JournalIndex& journal, const ReportScope& scope, ReportData& d) {
    for (const Plan* plan : d.plans) {
        for (const auto& task : plan->tasks) {
            if (!scope.covers(*plan, task)) continue;
            for (const auto& e : journal.statuses(*plan, task))
                if (e.status == Status::done && scope.in_period(e.date))
                    d.completed.push_back({plan, &task, e.date, e.occurrence, e.evidence, e.note});
        }
    }
    std::stable_sort(d.completed.begin(), d.completed.end(),
                     [](const CompletedTask& a, const CompletedTask& b) { return a.date < b.date; });
}

// Blocked as of as_of: once per task, with the date it was marked blocked.
void blocked_tasks(const JournalIndex& journal, ReportData& d) {
    std::set<const Task*> seen;
    for (const auto& item : d.due.items) {
        if (item.status != Status::blocked || !seen.insert(item.task).second) continue;
        ReportIssue issue;
        issue.kind = ReportIssue::Kind::blocked;
        issue.agency = item.plan->agency;
        issue.plan = item.plan;
        issue.task = item.task;
        issue.text = item.note;
        for (const auto& e : journal.statuses(*item.plan, *item.task))
            if (e.status == Status::blocked) issue.date = e.date;
        d.issues.push_back(std::move(issue));
    }
}

bool already_listed(const ReportData& d, const Task* task, const std::string& text) {
    return std::any_of(d.issues.begin(), d.issues.end(), [&](const ReportIssue& i) {
        return i.kind == ReportIssue::Kind::blocked && i.task == task && i.text == text;
    });
}

// One `issue: true` entry: kept when it concerns the report's plans (a task in scope, an
// event of a covered plan) or, with neither, the agency as a whole.
void flagged_entry(const PlansByAgency& plans_of, const Journal& j, const JournalEntry& e, const ReportScope& scope,
                   ReportData& d) {
    ReportIssue issue;
    issue.agency = j.agency;
    issue.date = e.date.value;
    issue.text = e.note.value.empty() ? e.evidence.value : e.note.value;
    if (e.kind == JournalEntry::Kind::status) {
        auto found = find_tasks(plans_of, e.task.value, j.agency);
        if (found.size() != 1 || !scope.covers(*found.front().plan, *found.front().task)) return;
        issue.plan = found.front().plan;
        issue.task = found.front().task;
        if (already_listed(d, issue.task, issue.text)) return;
    } else if (e.kind == JournalEntry::Kind::event) {
        auto found = find_events(plans_of, e.event.value, j.agency);
        if (found.size() != 1 || !scope.covers(found.front().plan)) return;
        issue.plan = found.front().plan;
    }
    d.issues.push_back(std::move(issue));
}

void flagged_entries(const Repository& repo, const ReportScope& scope, ReportData& d) {
    const auto blocked = static_cast<long>(d.issues.size());
    const PlansByAgency plans_of(repo);
    for (const auto& j : repo.journals) {
        if (!j.agency || !scope.covers(j.agency)) continue;
        for (const auto& e : j.entries)
            if (e.issue && e.date.pos.file && scope.in_period(e.date.value)) flagged_entry(plans_of, j, e, scope, d);
    }
    std::stable_sort(d.issues.begin() + blocked, d.issues.end(),
                     [](const ReportIssue& a, const ReportIssue& b) { return a.date < b.date; });
}

}  // namespace

void add_journal_sections(const Repository& repo, const ReportQuery& query, ReportData& d) {
    const JournalIndex journal(repo, d.as_of);
    const ReportScope scope{query, d};
    completed_tasks(journal, scope, d);
    blocked_tasks(journal, d);
    flagged_entries(repo, scope, d);
}

}  // namespace cchc
