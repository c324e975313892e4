// Tests for lib/track/score.cpp on the shipped plans and example journals: one state per
// obligation (score's deliverables agree with `due`), targets waiting for an event, and
// computed metrics that count one plan's tasks due by the date.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include "support.hpp"
#include "check/check_cache.hpp"
#include "model/calendar_settings.hpp"
#include "track/due.hpp"
#include "state/repository.hpp"
#include "track/score.hpp"

using namespace cchc;

namespace {

const Repository& shipped() { return test::shipped_repository(); }

// Worst first: what a task's deliverables add up to.
int rank(TargetStatus s) {
    switch (s) {
        case TargetStatus::not_met: return 0;
        case TargetStatus::at_risk: return 1;
        case TargetStatus::waiting: return 2;
        case TargetStatus::no_data: return 3;
        case TargetStatus::met: return 4;
    }
    return 5;
}

// What `due`'s group means for an obligation.
TargetStatus expected(DueGroup g) {
    switch (g) {
        case DueGroup::overdue: return TargetStatus::not_met;
        case DueGroup::due_soon:
        case DueGroup::awaiting: return TargetStatus::at_risk;
        case DueGroup::waiting: return TargetStatus::waiting;
        default: return TargetStatus::no_data;
    }
}

const TargetResult* find(const ScoreReport& s, const std::string& plan_stem, const std::string& task, size_t nth = 0) {
    for (const auto& t : s.targets)
        if (t.plan->stem == plan_stem && t.task && t.task->id.value == task && nth-- == 0) return &t;
    return nullptr;
}

ScoreReport score_at(Date as_of) {
    ScoreQuery q;
    q.as_of = as_of;
    return compute_score(shipped(), q);
}

}  // namespace

TEST_CASE("one state per obligation: every deliverable of the five plans agrees with due, at several dates") {
    const Calendar calendar = calendar_for(shipped().settings);
    int checked = 0, with_items = 0;
    for (Date as_of : {Date{2022, 3, 31}, Date{2022, 7, 15}, Date{2022, 12, 31}, Date{2023, 6, 30}, Date{2024, 3, 31},
                       Date{2024, 7, 15}, Date{2024, 11, 30}, Date{2024, 12, 31}, Date{2025, 3, 31}}) {
        DueQuery dq;
        dq.as_of = as_of;
        dq.include_closed = true;  // score judges a plan's year into the next one; due lists it all so
        const DueReport due = compute_due(shipped(), calendar, dq);
        const ScoreReport score = score_at(as_of);
        // Each task's deliverables, worst first, against the worst group `due` lists it under.
        std::map<const Task*, std::vector<TargetStatus>> by_task;
        for (const auto& t : score.targets)
            if (t.task && !t.target->deliverable.empty()) by_task[t.task].push_back(t.status);
        for (const auto& [task, statuses] : by_task) {
            std::optional<DueGroup> worst;
            for (const auto& item : due.items)
                if (item.task == task && item.milestone.empty() && (!worst || item.group < *worst)) worst = item.group;
            const TargetStatus got =
                *std::min_element(statuses.begin(), statuses.end(), [](TargetStatus a, TargetStatus b) { return rank(a) < rank(b); });
            INFO(as_of.iso(), " ", task->id.value, " due: ", std::string(worst ? due_group_name(*worst) : "not listed"),
                 " score: ", std::string(target_status_name(got)));
            if (worst) {
                CHECK(got == expected(*worst));
                ++with_items;
            } else {
                CHECK((got == TargetStatus::met || got == TargetStatus::no_data));
            }
            checked += static_cast<int>(statuses.size());
        }
    }
    CHECK(checked > 300);    // 79 deliverables, in force at most dates
    CHECK(with_items > 50);  // and many of them listed by `due`
}

TEST_CASE("one state per obligation: SKHĐT II.1.8 — the June report is late on 15/07/2022, the year's is pending") {
    const ScoreReport s = score_at(Date{2022, 7, 15});
    const TargetResult* june = find(s, "2022-nang-cao-hai-long-par", "II.1.8", 0);
    const TargetResult* year = find(s, "2022-nang-cao-hai-long-par", "II.1.8", 1);
    REQUIRE(june);
    REQUIRE(year);
    CHECK(june->status == TargetStatus::not_met);
    CHECK(year->status == TargetStatus::no_data);
    // Waiting for the Ministry to publish its procedures: waiting, not at risk.
    const TargetResult* waits = find(s, "2022-nang-cao-hai-long-par", "II.1.7");
    REQUIRE(waits);
    CHECK(waits->status == TargetStatus::waiting);
}

TEST_CASE("computed metrics count one plan's tasks due by the date, whatever other plans exist") {
    const ScoreReport s = score_at(Date{2024, 11, 30});
    int computed = 0;
    for (const auto& t : s.targets) {
        if (!t.metric || t.metric->computed.empty() || !t.computed) continue;
        ++computed;
        REQUIRE(t.computed->plans.size() == 1);
        CHECK(t.computed->plans.front() == t.plan);
        CHECK(t.computed->total > 0);
        CHECK(t.computed->part <= t.computed->total);
        // Only tasks of that plan whose deadline has passed are counted.
        int due_tasks = 0;
        for (const auto& task : t.plan->tasks)
            if (!task.reporting) ++due_tasks;
        CHECK(t.computed->total <= due_tasks);
    }
    CHECK(computed > 0);
    // No metric about another system's work is computed in the shipped plans.
    for (const auto& a : shipped().agencies)
        for (const auto& m : a->metrics)
            if (!m.computed.empty()) {
                INFO(a->id, " ", m.id);
                CHECK(m.name.find("nhắc việc") == std::string::npos);
                CHECK(m.name.find("UBND tỉnh giao") == std::string::npos);
            }
}

namespace {

// The shipped repository as a warm run loads it for `score`: the plans' headers from the model
// pack, their bodies left there (LoadOptions::plan_bodies_later).
Repository headers_only() {
    const std::filesystem::path root(CCHC_SOURCE_DIR);
    Diagnostics d;
    (void)load_repository(root, d, LoadOptions{.tree_cache = true});  // fills the model pack
    FileKeys keys;
    REQUIRE_FALSE(check_cache_key(root, &keys).empty());
    return load_repository(root, d, LoadOptions{.tree_cache = true, .known = &keys, .plan_bodies_later = true});
}

const Plan* plan_of(const Repository& repo, std::string_view stem) {
    for (const auto& p : repo.plans)
        if (p.stem == stem) return &p;
    return nullptr;
}

}  // namespace

TEST_CASE("score reads the bodies of the plans it scores only, and answers as from a whole load") {
    test::TempDir t;
    test::CacheHome home(t.path / "cache");
    Repository repo = headers_only();
    REQUIRE(repo.plans.size() == shipped().plans.size());
    for (const auto& p : repo.plans) REQUIRE(p.body_pending);

    SUBCASE("no plan in force (2030): no body is asked for, nothing is scored") {
        ScoreQuery q;
        q.as_of = Date{2030, 6, 1};
        CHECK(score_inputs(repo, q).empty());
        CHECK(compute_score(repo, q).targets.empty());
    }
    SUBCASE("plans in force: a plan scored but not loaded is refused; loaded, the same targets as a whole load") {
        ScoreQuery q;
        q.as_of = Date{2024, 11, 30};
        const std::vector<const Plan*> inputs = score_inputs(repo, q);
        REQUIRE_FALSE(inputs.empty());
        CHECK_THROWS_AS((void)compute_score(repo, q), std::logic_error);
        load_plan_bodies(repo, inputs);
        // The 2022 plan ended long before: not scored, its body never read.
        const Plan* old = plan_of(repo, "2022-nang-cao-hai-long-par");
        REQUIRE(old);
        CHECK(old->body_pending);
        const ScoreReport got = compute_score(repo, q);
        const ScoreReport want = score_at(q.as_of);
        REQUIRE(got.targets.size() == want.targets.size());
        for (size_t i = 0; i < got.targets.size(); ++i) {
            const TargetResult& a = got.targets[i];
            const TargetResult& b = want.targets[i];
            CHECK(a.plan->id == b.plan->id);
            CHECK((a.task ? a.task->id.value : "") == (b.task ? b.task->id.value : ""));
            CHECK(a.status == b.status);
            CHECK(a.computed.has_value() == b.computed.has_value());
            if (a.computed && b.computed) CHECK(a.computed->part == b.computed->part);
            CHECK(a.value.has_value() == b.value.has_value());
        }
    }
    SUBCASE("a computed metric counting over another plan (`of`) brings that plan's body in") {
        const Plan* scored = plan_of(repo, "2024-khac-phuc-par-sipas");
        const Plan* other = plan_of(repo, "2024-tuyen-truyen-cchc");
        REQUIRE(scored);
        REQUIRE(other);
        ScoreQuery q;
        q.as_of = Date{2024, 6, 1};
        q.plans = {scored};
        const auto named = [&](const std::vector<const Plan*>& v) { return std::find(v.begin(), v.end(), other) != v.end(); };
        CHECK_FALSE(named(score_inputs(repo, q)));
        Metric m;
        m.id = "ty_le_tuyen_truyen";
        m.unit = "%";
        m.computed = "done_share";
        m.of.value = "2024-tuyen-truyen-cchc";
        for (auto& a : repo.agencies)
            if (a.get() == scored->agency) a->metrics.push_back(m);
        CHECK(named(score_inputs(repo, q)));
    }
}
