// journal-unknown-plan, closed-plan-open-tasks, ended-plan-open: the plan entries of
// journals and the plans past their period; empty-period: a plan whose period holds no day
// (it would pass and then vanish from due, score and report).
#include <algorithm>
#include <map>

#include "state/journal_index.hpp"
#include "state/plan_lifecycle.hpp"
#include "model/refs.hpp"
#include "check/rules.hpp"

namespace cchc {

namespace {

std::vector<const Plan*> plans_named(const PlansByAgency& index, const Journal& j, const JournalEntry& e) {
    auto plans = find_plans(index, e.plan.value);
    std::erase_if(plans, [&](const Plan* p) { return p->agency != j.agency; });
    return plans;
}

// A task is settled once its journal says done, cancelled or carried over, last.
bool settled(const std::vector<StatusEntry>& entries) {
    if (entries.empty()) return false;
    const auto s = entries.back().status;
    return s == Status::done || s == Status::cancelled || s == Status::carried_over;
}

// The plan's tasks the journal has not settled: how many, and the first five ids.
std::pair<int, std::string> open_tasks(const Plan& plan, const JournalIndex& journal) {
    std::string open;
    int count = 0;
    for (const auto& t : plan.tasks) {
        if (settled(journal.statuses(plan, t))) continue;
        if (++count <= 5) open += (open.empty() ? "" : ", ") + t.id.value;
    }
    if (count > 5) open += ", …";
    return {count, open};
}

}  // namespace

void check_journal_plans(const Repository& repo, Diagnostics& diags) {
    const PlansByAgency index(repo);
    for (const auto& j : repo.journals) {
        if (!j.agency) continue;
        for (const auto& e : j.entries)
            if (e.kind == JournalEntry::Kind::plan_status && plans_named(index, j, e).size() != 1)
                diags.add(diagnostic_at(e.plan.pos, Severity::error, "journal-unknown-plan",
                                        {"journal-unknown-plan", {e.plan.value}}));
    }
}

// A plan closed before its period ended, with tasks the journal never settled: close them,
// cancel them, or record them as carried over so that they stay listed. Closing a plan after
// its end is how an Office ends its year: what was still open is closed with it, on purpose.
void check_closed_plan_tasks(const Repository& repo, Diagnostics& diags) {
    const JournalIndex journal(repo, Date{9999, 12, 31});  // the journal's last word
    for (const auto& plan : repo.plans) {
        const auto closing = journal.closing(plan);
        if (!closing || plan_period(plan).last < closing->date) continue;
        const auto [count, open] = open_tasks(plan, journal);
        if (count == 0) continue;
        diags.add(diagnostic_at(closing->pos, Severity::warning, "closed-plan-open-tasks",
                                {"closed-plan-open-tasks", {plan.stem, closing->date.dmy(), std::to_string(count), open}}));
    }
}

// from after until, or an issue date after the period's end: a plan in force on no day is
// a typo (2032 for 2023), never a plan to be skipped as ended.
void check_plan_period(const Plan& plan, Diagnostics& diags) {
    if (plan.year.value == 0) return;  // no year: said elsewhere
    const PlanPeriod period = plan_period(plan);
    const auto issued = plan_issued(plan);
    if (issued && period.last < *issued) {
        diags.add(diagnostic_at(plan.issued.pos, Severity::error, "empty-period",
                                {"issued-after-period", {issued->dmy(), period.last.dmy()}}));
        return;
    }
    if (period.last < period.first) {
        const Pos& at = plan.until ? plan.until->pos : plan.from ? plan.from->pos : plan.year.pos;
        diags.add(diagnostic_at(at, Severity::error, "empty-period",
                                {"empty-period", {period.first.dmy(), period.last.dmy()}}));
    }
}

void check_plan_period(const Repository& repo, Diagnostics& diags) {
    for (const auto& plan : repo.plans) check_plan_period(plan, diags);
}

// `issued: "2024"` (the original leaves day and month blank) and no `from`: when its recurring
// duties start is a guess: the first period after the plan's first journal entry
// (recurring_owed_after), else 1 January. Said at `issued`.
// Reads the plan and its first journal entry (Plan::first_entry): the per-plan rule cache
// keys on both.
void check_plan_start(const Plan& plan, Diagnostics& diags) {
    if (plan.year.value == 0 || !plan_start_unknown(plan)) return;
    const std::string first = plan_period(plan).first.dmy();
    Message m = plan.first_entry ? Message{"plan-start-unknown", {plan.issued.value, plan.first_entry->dmy()}}
                                 : Message{"plan-start-unknown-no-entry", {plan.issued.value, first}};
    diags.add(diagnostic_at(plan.issued.pos, Severity::warning, "plan-start-unknown", std::move(m)));
}

void check_plan_start(const Repository& repo, Diagnostics& diags) {
    for (const auto& plan : repo.plans) check_plan_start(plan, diags);
}

// A plan past its period that nobody closed stays listed by `due` for what is still open.
// When the agency's journal runs on more than a quarter past the period's end (the journal,
// not the clock, says how far the Office has come: `check` gives the same answer any day),
// the plan was most likely forgotten: settle its tasks or close it.
void check_ended_plan_open(const Repository& repo, Diagnostics& diags) {
    std::map<const Agency*, Date> latest;  // each agency's latest journal date
    for (const auto& j : repo.journals)
        for (const auto& e : j.entries) {
            auto [it, added] = latest.try_emplace(j.agency, e.date.value);
            if (!added && it->second < e.date.value) it->second = e.date.value;
        }
    const JournalIndex journal(repo, Date{9999, 12, 31});
    for (const auto& plan : repo.plans) {
        const auto it = latest.find(plan.agency);
        if (!plan.agency || it == latest.end() || journal.closing(plan)) continue;
        const Date end = plan_period(plan).last;
        if (days_between(end, it->second) <= 92) continue;  // a quarter, the longest of them
        const auto [count, open] = open_tasks(plan, journal);
        if (count == 0) continue;
        diags.add(diagnostic_at(plan.year.pos, Severity::warning, "ended-plan-open",
                                {"ended-plan-open", {plan.stem, end.dmy(), it->second.dmy(), std::to_string(count), open}}));
    }
}

}  // namespace cchc
