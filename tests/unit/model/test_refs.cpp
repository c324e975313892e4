// Tests for lib/model/refs.cpp: "<plan>#<id>" references by any trailing part of the plan id.
#include <doctest/doctest.h>

#include <memory>
#include <string>

#include "base/ids.hpp"
#include "model/refs.hpp"

using namespace cchc;

namespace {

Task task(std::string id) {
    Task t;
    t.id.value = std::move(id);
    return t;
}

Event event(std::string id) {
    Event e;
    e.id.value = std::move(id);
    return e;
}

// Two agencies: t/a with plans 2024-x (I.1, I.2) and 2024-y (I.1); t/b with 2024-x (I.1).
struct Fixture {
    Repository repo;
    const Agency* a = nullptr;
    const Agency* b = nullptr;
    Fixture() {
        for (const char* id : {"t/a", "t/b"}) {
            auto ag = std::make_unique<Agency>();
            ag->id = id;
            repo.agencies.push_back(std::move(ag));
        }
        a = repo.agencies[0].get();
        b = repo.agencies[1].get();
        add_plan("t/a/2024-x", a, {"I.1", "I.2"}, {"ev"});
        add_plan("t/a/2024-y", a, {"I.1"}, {});
        add_plan("t/b/2024-x", b, {"I.1"}, {"ev"});
    }
    void add_plan(const std::string& id, const Agency* agency, std::vector<std::string> tasks,
                  std::vector<std::string> events) {
        Plan p;
        p.id = id;
        p.stem = id.substr(id.rfind('/') + 1);
        p.agency = agency;
        for (auto& t : tasks) p.tasks.push_back(task(t));
        for (auto& e : events) p.events.push_back(event(e));
        repo.plans.push_back(std::move(p));
    }
};

// The matches as "plan#id plan#id …", readable in a failed CHECK.
std::string found(const std::vector<TaskMatch>& m) {
    std::string out;
    for (const auto& x : m) out += (out.empty() ? "" : " ") + x.plan->id + "#" + x.task->id.value;
    return out;
}

}  // namespace

TEST_CASE("matches_ref_suffix: whole parts only") {
    const std::string full = "khanh-hoa/stttt/2024-khac-phuc#I.1.1";
    CHECK(matches_ref_suffix(full, full));
    CHECK(matches_ref_suffix(full, "I.1.1"));
    CHECK(matches_ref_suffix(full, "#I.1.1"));
    CHECK(matches_ref_suffix(full, "2024-khac-phuc#I.1.1"));
    CHECK(matches_ref_suffix(full, "stttt/2024-khac-phuc#I.1.1"));
    CHECK_FALSE(matches_ref_suffix(full, "1.1"));              // inside the id
    CHECK_FALSE(matches_ref_suffix(full, "khac-phuc#I.1.1"));  // inside the plan name
    CHECK_FALSE(matches_ref_suffix(full, "I.1"));
    CHECK_FALSE(matches_ref_suffix(full, ""));
    CHECK_FALSE(matches_ref_suffix(full, "x/" + full));
    CHECK_FALSE(matches_ref_suffix(full, "2024-khac-phuc"));
}

TEST_CASE("matches_ref_suffix on plan ids") {
    CHECK(matches_ref_suffix("khanh-hoa/stttt/2024-x", "2024-x"));
    CHECK(matches_ref_suffix("khanh-hoa/stttt/2024-x", "stttt/2024-x"));
    CHECK_FALSE(matches_ref_suffix("khanh-hoa/stttt/2024-x", "x"));
    CHECK_FALSE(matches_ref_suffix("khanh-hoa/stttt/2024-x", "ttt/2024-x"));
}

TEST_CASE("find_tasks: unique and ambiguous references") {
    Fixture f;
    CHECK(found(find_tasks(f.repo, "I.2")) == "t/a/2024-x#I.2");
    CHECK(found(find_tasks(f.repo, "I.1")) ==
          "t/a/2024-x#I.1 t/a/2024-y#I.1 t/b/2024-x#I.1");
    CHECK(found(find_tasks(f.repo, "2024-x#I.1")) == "t/a/2024-x#I.1 t/b/2024-x#I.1");
    CHECK(found(find_tasks(f.repo, "a/2024-x#I.1")) == "t/a/2024-x#I.1");
    CHECK(found(find_tasks(f.repo, "t/b/2024-x#I.1")) == "t/b/2024-x#I.1");
    CHECK(find_tasks(f.repo, "I.3").empty());
    CHECK(find_tasks(f.repo, "2024-z#I.1").empty());
    CHECK(find_tasks(f.repo, ".1").empty());
}

TEST_CASE("find_tasks: restricted to one agency's plans") {
    Fixture f;
    CHECK(found(find_tasks(f.repo, "2024-x#I.1", f.a)) == "t/a/2024-x#I.1");
    CHECK(found(find_tasks(f.repo, "2024-x#I.1", f.b)) == "t/b/2024-x#I.1");
    CHECK(find_tasks(f.repo, "I.2", f.b).empty());
}

TEST_CASE("find_events and find_plans") {
    Fixture f;
    CHECK(find_events(f.repo, "ev").size() == 2);
    CHECK(find_events(f.repo, "2024-x#ev", f.a).size() == 1);
    CHECK(find_events(f.repo, "2024-y#ev").empty());
    CHECK(find_events(f.repo, "nope").empty());
    CHECK(find_plans(f.repo, "2024-x").size() == 2);
    CHECK(find_plans(f.repo, "a/2024-x").size() == 1);
    CHECK(find_plans(f.repo, "2024-y").at(0)->id == "t/a/2024-y");
    CHECK(find_plans(f.repo, "y").at(0)->id == "t/a/2024-y");  // the end of a file name, as record takes it
    CHECK(find_plans(f.repo, "z").empty());
}

TEST_CASE("find_plans through the index: the plans a scan of every plan finds, in the same order") {
    Fixture f;
    f.add_plan("2024-top", f.a, {}, {});     // an id without a '/'
    f.add_plan("t/b/x-2024-x", f.b, {}, {});  // ends with "2024-x" after a '-', not a '/'
    const PlansByAgency index(f.repo);
    // What find_plans did before the index: every plan matched by suffix, else by file-name end.
    auto scanned = [&](std::string_view name) {
        std::vector<const Plan*> out;
        for (const auto& p : f.repo.plans)
            if (matches_ref_suffix(p.id, name)) out.push_back(&p);
        if (out.empty())
            for (const auto& p : f.repo.plans)
                if (names_plan(p, name)) out.push_back(&p);
        return out;
    };
    for (const char* name : {"2024-x", "a/2024-x", "t/a/2024-x", "b/2024-x", "x", "2024-y", "y", "2024-top", "top",
                             "t", "t/", "/2024-x", "", "#2024-x", "x-2024-x", "zzz"}) {
        CAPTURE(name);
        CHECK(find_plans(index, name) == scanned(name));
        CHECK(find_plans(f.repo, name) == scanned(name));
    }
    CHECK(find_plans(index, "2024-x").size() == 2);  // t/a and t/b, not x-2024-x
    CHECK(find_plans(index, "x").size() == 3);       // no id ends in "/x": every file name ending in -x
}

namespace {

// One plan as `due` shows it: STT repeated ("-"), an STT that is another task's id nowhere.
Repository typed_repo() {
    Repository repo;
    auto add = [&](const std::string& id, std::vector<std::pair<std::string, std::string>> tasks) {
        Plan p;
        p.id = id;
        p.stem = id.substr(id.rfind('/') + 1);
        for (auto& [tid, stt] : tasks) {
            Task t = task(tid);
            t.stt.value = stt;
            p.tasks.push_back(std::move(t));
        }
        p.events.push_back(event("cong-bo"));
        repo.plans.push_back(std::move(p));
    };
    add("kh/stttt/2024-khac-phuc-par-sipas", {{"I.1.6", "1.6"}, {"I.1.7.1", "-"}, {"I.1.7.2", "-"}, {"a", "A)"}});
    add("kh/skhdt/2022-nang-cao-hai-long-par", {{"I.1.6", "1.6"}, {"II.1", "1.6"}});
    return repo;
}

}  // namespace

TEST_CASE("names_plan: the id or a trailing part after '/' or '-'") {
    Plan p;
    p.id = "kh/stttt/2024-khac-phuc-par-sipas";
    CHECK(names_plan(p, p.id));
    CHECK(names_plan(p, "stttt/2024-khac-phuc-par-sipas"));
    CHECK(names_plan(p, "2024-khac-phuc-par-sipas"));
    CHECK(names_plan(p, "khac-phuc-par-sipas"));
    CHECK(names_plan(p, "sipas"));
    CHECK_FALSE(names_plan(p, "phuc-par-sipa"));
    CHECK_FALSE(names_plan(p, "ipas"));  // inside a word
    CHECK_FALSE(names_plan(p, ""));
    CHECK_FALSE(names_plan(p, "x/" + p.id));
}

TEST_CASE("find_tasks_as_typed: plan#STT as due shows it, plan#id, bare forms") {
    const Repository repo = typed_repo();
    auto found = [](const std::vector<TaskMatch>& m) {
        std::string out;
        for (const auto& x : m) out += (out.empty() ? "" : " ") + x.plan->stem + "#" + x.task->id.value;
        return out;
    };
    CHECK(found(find_tasks_as_typed(repo, "khac-phuc-par-sipas#1.6")) == "2024-khac-phuc-par-sipas#I.1.6");
    CHECK(found(find_tasks_as_typed(repo, "khac-phuc-par-sipas#I.1.6")) == "2024-khac-phuc-par-sipas#I.1.6");
    CHECK(found(find_tasks_as_typed(repo, "kh/stttt/2024-khac-phuc-par-sipas#I.1.6")) ==
          "2024-khac-phuc-par-sipas#I.1.6");
    CHECK(found(find_tasks_as_typed(repo, "khac-phuc-par-sipas#a)")) == "2024-khac-phuc-par-sipas#a");  // STT, any case
    // Ambiguous: a repeated STT, an id in two plans, an STT in two plans.
    CHECK(found(find_tasks_as_typed(repo, "sipas#-")) ==
          "2024-khac-phuc-par-sipas#I.1.7.1 2024-khac-phuc-par-sipas#I.1.7.2");
    CHECK(found(find_tasks_as_typed(repo, "I.1.6")) ==
          "2024-khac-phuc-par-sipas#I.1.6 2022-nang-cao-hai-long-par#I.1.6");
    CHECK(found(find_tasks_as_typed(repo, "hai-long-par#1.6")) ==
          "2022-nang-cao-hai-long-par#I.1.6 2022-nang-cao-hai-long-par#II.1");
    CHECK(found(find_tasks_as_typed(repo, "#I.1.7.2")) == "2024-khac-phuc-par-sipas#I.1.7.2");
    // Nothing: unknown plan or key, a plan part cut inside a word, no key.
    CHECK(find_tasks_as_typed(repo, "phuc-par-sip#1.6").empty());
    CHECK(find_tasks_as_typed(repo, "ipas#1.6").empty());
    CHECK(find_tasks_as_typed(repo, "sipas#9.9").empty());
    CHECK(find_tasks_as_typed(repo, "sipas#").empty());
    CHECK(find_tasks_as_typed(repo, "").empty());
}

TEST_CASE("find_tasks_as_typed: an id wins over an STT") {
    Repository repo = typed_repo();
    Task t = task("1.6");  // a task whose id is what another shows as STT
    repo.plans[0].tasks.push_back(t);
    const auto m = find_tasks_as_typed(repo, "sipas#1.6");
    REQUIRE(m.size() == 1);
    CHECK(m[0].task->id.value == "1.6");
}

TEST_CASE("find_events_as_typed") {
    const Repository repo = typed_repo();
    CHECK(find_events_as_typed(repo, "cong-bo").size() == 2);
    CHECK(find_events_as_typed(repo, "khac-phuc-par-sipas#cong-bo").size() == 1);
    CHECK(find_events_as_typed(repo, "sipas#khong-co").empty());
}

TEST_CASE("find_tasks and find_events agree with matches_ref_suffix on the joined id, for every piece of it") {
    // find_tasks compares without building "<plan>#<id>": every suffix and prefix of every
    // joined id, with and without a leading '#', must give what the joined string gives.
    Fixture f;
    std::vector<std::string> refs = {"", "#", "/", "x", "#x", "2024", "I", "t/", "a/2024-x#"};
    for (const auto& p : f.repo.plans) {
        for (const auto& t : p.tasks) {
            const std::string full = p.id + "#" + t.id.value;
            for (size_t i = 0; i <= full.size(); ++i) {
                refs.push_back(full.substr(i));
                refs.push_back("#" + full.substr(i));
                refs.push_back(full.substr(0, i));
            }
        }
    }
    for (const auto& ref : refs) {
        CAPTURE(ref);
        for (const Agency* agency : {static_cast<const Agency*>(nullptr), f.a, f.b}) {
            std::vector<TaskMatch> expected;
            for (const auto& p : f.repo.plans)
                for (const auto& t : p.tasks)
                    if ((!agency || p.agency == agency) && matches_ref_suffix(p.id + "#" + t.id.value, ref))
                        expected.push_back({&p, &t});
            CHECK(found(find_tasks(f.repo, ref, agency)) == found(expected));
            size_t events = 0;
            for (const auto& p : f.repo.plans)
                for (const auto& e : p.events)
                    events += (!agency || p.agency == agency) && matches_ref_suffix(p.id + "#" + e.id.value, ref);
            CHECK(find_events(f.repo, ref, agency).size() == events);
        }
    }
}
