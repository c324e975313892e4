// The compiled model of a file as bytes and back (model_pack.cpp), on the shipped plans.
#include <doctest/doctest.h>

#include <string>

#include "model/model_pack.hpp"
#include "support.hpp"

using namespace cchc;

namespace {

// What the loader sets from the path, as load_repository() does, then the bytes.
Plan unpacked_plan(const Plan& from, const std::string& bytes, bool& ok) {
    Plan p;
    p.id = from.id, p.stem = from.stem, p.file = from.file, p.agency = from.agency;
    ok = unpack_plan(bytes, from.file, p);
    return p;
}

}  // namespace

TEST_CASE("model pack: every shipped plan, agency and journal comes back as it was packed") {
    const Repository& repo = test::shipped_repository();
    REQUIRE(repo.plans.size() >= 5);
    size_t tasks = 0, entries = 0;
    for (const Plan& plan : repo.plans) {
        const std::string bytes = pack_plan(plan);
        REQUIRE_FALSE(bytes.empty());
        bool ok = false;
        const Plan back = unpacked_plan(plan, bytes, ok);
        REQUIRE(ok);
        CHECK(pack_plan(back) == bytes);  // nothing lost: packing again gives the same bytes
        REQUIRE(back.tasks.size() == plan.tasks.size());
        for (size_t i = 0; i < plan.tasks.size(); ++i) {
            const Task& a = plan.tasks[i];
            const Task& b = back.tasks[i];
            CHECK(b.id.value == a.id.value);
            CHECK(b.task.value == a.task.value);
            CHECK(b.timing.value == a.timing.value);
            CHECK(b.due == a.due);
            CHECK(b.pos.line == a.pos.line);
            CHECK(b.pos.file == plan.file);  // positions point into the file given
            CHECK(b.lead.size() == a.lead.size());
            CHECK(b.targets.size() == a.targets.size());
            CHECK(b.ongoing == a.ongoing);
            ++tasks;
        }
        CHECK(back.year.value == plan.year.value);
        CHECK(back.title.value == plan.title.value);
        CHECK(back.sections.size() == plan.sections.size());
        CHECK(back.goals.size() == plan.goals.size());
        CHECK(back.events.size() == plan.events.size());
    }
    CHECK(tasks > 100);
    for (const auto& agency : repo.agencies) {
        const std::string bytes = pack_agency(*agency);
        REQUIRE_FALSE(bytes.empty());
        Agency back;
        back.file = agency->file;
        REQUIRE(unpack_agency(bytes, agency->file, back));
        CHECK(pack_agency(back) == bytes);
        CHECK(back.units.size() == agency->units.size());
        CHECK(back.name == agency->name);
    }
    for (const Journal& j : repo.journals) {
        const std::string bytes = pack_journal(j);
        Journal back;
        back.file = j.file;
        REQUIRE(unpack_journal(bytes, j.file, back));
        CHECK(pack_journal(back) == bytes);
        REQUIRE(back.entries.size() == j.entries.size());
        for (size_t i = 0; i < j.entries.size(); ++i) {
            CHECK(back.entries[i].status == j.entries[i].status);
            CHECK(back.entries[i].date.value == j.entries[i].date.value);
            CHECK(back.entries[i].task.value == j.entries[i].task.value);
            ++entries;
        }
    }
    CHECK(entries > 0);
}

TEST_CASE("model pack: cut, padded, foreign or flipped bytes are refused or harmless, never a crash") {
    const Repository& repo = test::shipped_repository();
    const Plan& plan = repo.plans.front();
    const std::string bytes = pack_plan(plan);
    REQUIRE(bytes.size() > 100);
    bool ok = true;
    // Every cut is refused (the last field read would run past the end, or the plan's end is
    // missing): sampled, the whole plan is thousands of cuts.
    for (size_t n = 0; n < bytes.size(); n += 1 + n / 8) {
        unpacked_plan(plan, bytes.substr(0, n), ok);
        CHECK_FALSE(ok);
    }
    unpacked_plan(plan, bytes + "x", ok);
    CHECK_FALSE(ok);  // trailing bytes: not what was written
    Journal j;
    CHECK_FALSE(unpack_journal(bytes, plan.file, j));  // a plan's bytes are not a journal's
    Agency a;
    CHECK_FALSE(unpack_agency(bytes, plan.file, a));
    // A flipped byte may still read as some plan (a changed letter is still a plan; the
    // cache's hash of the bytes is what refuses it there): here only that nothing breaks.
    for (size_t i = 0; i < bytes.size(); i += 7) {
        std::string flipped = bytes;
        flipped[i] = static_cast<char>(flipped[i] ^ 0x5a);
        unpacked_plan(plan, flipped, ok);
    }
    // A position in another file cannot be packed: the model of one file is that file's.
    Plan other = plan;
    SourceFile elsewhere;
    REQUIRE_FALSE(other.tasks.empty());
    other.tasks.front().pos.file = &elsewhere;
    CHECK(pack_plan(other).empty());
}

TEST_CASE("model pack: a plan's header alone, then its body, gives the plan whole") {
    const Repository& repo = test::shipped_repository();
    for (const Plan& plan : repo.plans) {
        const std::string bytes = pack_plan(plan);
        Plan p;
        p.id = plan.id, p.stem = plan.stem, p.file = plan.file, p.agency = plan.agency;
        std::string_view body;
        REQUIRE(unpack_plan_header(bytes, plan.file, p, body));
        // The header: what decides whether a command looks at the plan; nothing of the body.
        CHECK(p.title.value == plan.title.value);
        CHECK(p.year.value == plan.year.value);
        CHECK(p.issued.value == plan.issued.value);
        CHECK(p.events.size() == plan.events.size());
        CHECK(p.tasks.empty());
        CHECK(p.sections.empty());
        CHECK(p.goals.empty());
        REQUIRE_FALSE(body.empty());
        CHECK(body.data() >= bytes.data());
        CHECK(body.data() + body.size() <= bytes.data() + bytes.size());
        REQUIRE(unpack_plan_body(body, plan.file, p));
        CHECK(pack_plan(p) == bytes);
        // A body cut short is refused (the caller then reads the file).
        Plan cut;
        CHECK_FALSE(unpack_plan_body(body.substr(0, body.size() - 1), plan.file, cut));
        // A header whose body length runs past the end is refused.
        Plan short_of_body;
        std::string_view ignored;
        CHECK_FALSE(unpack_plan_header(std::string_view(bytes).substr(0, bytes.size() - 1), plan.file, short_of_body, ignored));
    }
}
