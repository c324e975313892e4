// journal-unknown-plan, closed-plan-open-tasks: the plan entries of journals.
#include <algorithm>

#include "cchc/journal_index.hpp"
#include "cchc/plan_lifecycle.hpp"
#include "cchc/refs.hpp"
#include "cchc/rules.hpp"

namespace cchc {

namespace {

std::vector<const Plan*> plans_of(const Repository& repo, const Journal& j, const JournalEntry& e) {
    auto plans = find_plans(repo, e.plan.value);
    std::erase_if(plans, [&](const Plan* p) { return p->agency != j.agency; });
    return plans;
}

// A task is settled once its journal says done, cancelled or carried over, last.
bool settled(const std::vector<StatusEntry>& entries) {
    if (entries.empty()) return false;
    const std::string& s = entries.back().status;
    return s == "done" || s == "cancelled" || s == "carried_over";
}

}  // namespace

void check_journal_plans(const Repository& repo, Diagnostics& diags) {
    for (const auto& j : repo.journals) {
        if (!j.agency) continue;
        for (const auto& e : j.entries)
            if (e.kind == JournalEntry::Kind::plan_status && plans_of(repo, j, e).size() != 1)
                diags.add(diagnostic_at(e.plan.pos, Severity::error, "journal-unknown-plan",
                                        {"journal-unknown-plan", {e.plan.value}}));
    }
}

// A closed plan whose tasks the journal never settled: close them, cancel them, or record
// them as carried over so that they stay listed.
void check_closed_plan_tasks(const Repository& repo, Diagnostics& diags) {
    const JournalIndex journal(repo, Date{9999, 12, 31});  // the journal's last word
    for (const auto& plan : repo.plans) {
        const auto closing = journal.closing(plan);
        if (!closing) continue;
        std::string open;
        int count = 0;
        for (const auto& t : plan.tasks) {
            if (settled(journal.statuses(plan, t))) continue;
            if (++count <= 5) open += (open.empty() ? "" : ", ") + t.id.value;
        }
        if (count == 0) continue;
        if (count > 5) open += ", …";
        diags.add(diagnostic_at(closing->pos, Severity::warning, "closed-plan-open-tasks",
                                {"closed-plan-open-tasks", {plan.stem, closing->date.dmy(), std::to_string(count), open}}));
    }
}

}  // namespace cchc
