// Tests for lib/record/done_before.cpp: a task done and not reopened since, per occurrence.
#include <doctest/doctest.h>

#include <memory>

#include "record/done_before.hpp"
#include "yaml/source.hpp"

using namespace cchc;

namespace {

struct Fixture {
    Repository repo;
    Fixture() {
        auto ag = std::make_unique<Agency>();
        ag->id = "t/a";
        Plan p;
        p.id = "t/a/2024-x";
        p.stem = "2024-x";
        p.agency = ag.get();
        for (const char* id : {"I.1", "I.2", "bc"}) {
            Task t;
            t.id.value = id;
            p.tasks.push_back(t);
        }
        repo.plans.push_back(std::move(p));
        Journal j;
        j.agency = ag.get();
        repo.journals.push_back(std::move(j));
        repo.agencies.push_back(std::move(ag));
    }
    void entry(const char* date, const char* task, const char* status, const char* occurrence = "") {
        static SourceFile file;
        file.path = "journal/2024.yaml";
        JournalEntry e;
        e.kind = JournalEntry::Kind::status;
        e.date.value = *parse_iso_date(date);
        e.date.pos.file = &file;
        e.task.value = std::string("2024-x#") + task;
        e.status = status_from_code(status);
        e.occurrence.value = occurrence;
        repo.journals[0].entries.push_back(e);
    }
    std::optional<StatusEntry> done(const char* id, const char* occurrence = "") const {
        for (const auto& t : repo.plans[0].tasks)
            if (t.id.value == id) return standing_done(repo, repo.plans[0], t, occurrence);
        return std::nullopt;
    }
};

}  // namespace

TEST_CASE("standing_done: done and not reopened") {
    Fixture f;
    CHECK_FALSE(f.done("I.1"));
    f.entry("2024-03-01", "I.1", "in_progress");
    CHECK_FALSE(f.done("I.1"));
    f.entry("2024-04-01", "I.1", "done");
    REQUIRE(f.done("I.1"));
    CHECK(f.done("I.1")->date == Date{2024, 4, 1});
    CHECK_FALSE(f.done("I.2"));
    f.entry("2024-05-01", "I.1", "in_progress");  // reopened
    CHECK_FALSE(f.done("I.1"));
}

TEST_CASE("standing_done: entries dated later count, and each occurrence on its own") {
    Fixture f;
    f.entry("2099-01-01", "I.2", "done");
    CHECK(f.done("I.2"));
    f.entry("2024-01-31", "bc", "done", "2024-01");
    CHECK(f.done("bc", "2024-01"));
    CHECK_FALSE(f.done("bc", "2024-02"));
    CHECK_FALSE(f.done("bc"));
}
