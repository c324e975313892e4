// Tests for lib/state/occurrence_state.cpp: journal status entries applied to a task's
// occurrences (done, extended, cancelled, reopened; by occurrence key or the earliest open).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "state/occurrence_state.hpp"

using namespace cchc;

namespace {

Occurrence occ(Date last, std::string key = {}) { return Occurrence{std::nullopt, last, std::move(key), {}}; }

// The four quarters of 2024 with "before the 14th of the last month" last days.
std::vector<Occurrence> quarters() {
    return {occ({2024, 3, 13}, "2024-Q1"), occ({2024, 6, 13}, "2024-Q2"), occ({2024, 9, 13}, "2024-Q3"),
            occ({2024, 12, 13}, "2024-Q4")};
}

StatusEntry entry(Date date, std::string status, std::string occurrence = {}, std::optional<Date> new_due = {}) {
    StatusEntry e;
    e.date = date;
    e.status = status_from_code(status);
    e.occurrence = std::move(occurrence);
    e.new_due = new_due;
    return e;
}

std::vector<bool> open_flags(const std::vector<OccurrenceState>& states) {
    std::vector<bool> out;
    for (const auto& s : states) out.push_back(s.open());
    return out;
}

}  // namespace

TEST_CASE("apply_entries: no entries leaves every occurrence open, as planned") {
    const auto states = apply_entries(quarters(), {});
    REQUIRE(states.size() == 4);
    for (const auto& s : states) {
        CHECK(s.open());
        CHECK_FALSE(s.done_on.has_value());
        CHECK_FALSE(s.extended_to.has_value());
        CHECK(s.last_day() == s.occ.last_day);
    }
    CHECK(apply_entries({}, {entry({2024, 1, 5}, "done")}).empty());
}

TEST_CASE("apply_entries: a single-deadline task") {
    const std::vector<Occurrence> one = {occ({2024, 5, 31})};
    SUBCASE("done") {
        const auto s = apply_entries(one, {entry({2024, 5, 20}, "done")});
        CHECK(s[0].done_on == Date{2024, 5, 20});
        CHECK_FALSE(s[0].open());
    }
    SUBCASE("extended keeps the planned last day and moves the effective one") {
        const auto s = apply_entries(one, {entry({2024, 5, 25}, "extended", {}, Date{2024, 7, 5})});
        CHECK(s[0].open());
        CHECK(s[0].occ.last_day == Date{2024, 5, 31});
        CHECK(s[0].extended_to == Date{2024, 7, 5});
        CHECK(s[0].last_day() == Date{2024, 7, 5});
    }
    SUBCASE("extended without a new due changes nothing") {
        const auto s = apply_entries(one, {entry({2024, 5, 25}, "extended")});
        CHECK_FALSE(s[0].extended_to.has_value());
        CHECK(s[0].last_day() == Date{2024, 5, 31});
    }
    SUBCASE("a second extension replaces the first") {
        const auto s = apply_entries(one, {entry({2024, 5, 25}, "extended", {}, Date{2024, 7, 5}),
                                           entry({2024, 7, 1}, "extended", {}, Date{2024, 8, 30})});
        CHECK(s[0].last_day() == Date{2024, 8, 30});
    }
    SUBCASE("extended then done") {
        const auto s = apply_entries(one, {entry({2024, 4, 25}, "extended", {}, Date{2024, 6, 30}),
                                           entry({2024, 6, 10}, "done")});
        CHECK(s[0].done_on == Date{2024, 6, 10});
        CHECK(s[0].extended_to == Date{2024, 6, 30});
    }
    SUBCASE("cancelled") {
        const auto s = apply_entries(one, {entry({2024, 3, 1}, "cancelled")});
        CHECK(s[0].cancelled);
        CHECK_FALSE(s[0].open());
    }
    SUBCASE("in_progress after done reopens it") {
        const auto s = apply_entries(one, {entry({2024, 5, 20}, "done"), entry({2024, 5, 22}, "in_progress")});
        CHECK(s[0].open());
        CHECK_FALSE(s[0].done_on.has_value());
    }
    SUBCASE("blocked and in_progress alone keep it open") {
        const auto s = apply_entries(one, {entry({2024, 5, 1}, "in_progress"), entry({2024, 5, 2}, "blocked")});
        CHECK(s[0].open());
    }
}

TEST_CASE("apply_entries: done without occurrence closes the earliest open occurrence") {
    const auto s = apply_entries(quarters(), {entry({2024, 3, 12}, "done"), entry({2024, 7, 1}, "done")});
    CHECK(s[0].done_on == Date{2024, 3, 12});
    CHECK(s[1].done_on == Date{2024, 7, 1});  // Q2 done late, still Q2's
    CHECK(open_flags(s) == std::vector<bool>{false, false, true, true});
}

TEST_CASE("apply_entries: an occurrence key closes exactly that occurrence") {
    const auto s = apply_entries(quarters(), {entry({2024, 6, 10}, "done", "2024-Q2")});
    CHECK(open_flags(s) == std::vector<bool>{true, false, true, true});
    CHECK(s[1].done_on == Date{2024, 6, 10});
    // A later done without key then takes Q1, the earliest still open.
    const auto t = apply_entries(quarters(), {entry({2024, 6, 10}, "done", "2024-Q2"), entry({2024, 6, 11}, "done")});
    CHECK(open_flags(t) == std::vector<bool>{false, false, true, true});
    CHECK(t[0].done_on == Date{2024, 6, 11});
}

TEST_CASE("apply_entries: an occurrence may be named by its last day; unknown keys are ignored") {
    // Milestones have no key: a journal names them by their last day.
    const std::vector<Occurrence> ms = {occ({2024, 5, 14}), occ({2024, 7, 4})};
    const auto s = apply_entries(ms, {entry({2024, 7, 1}, "done", "2024-07-04")});
    CHECK(open_flags(s) == std::vector<bool>{true, false});
    const auto u = apply_entries(quarters(), {entry({2024, 6, 10}, "done", "2025-Q1"), entry({2024, 6, 10}, "done", "2024-06")});
    CHECK(open_flags(u) == std::vector<bool>{true, true, true, true});
}

TEST_CASE("apply_entries: extension of one occurrence") {
    const auto s = apply_entries(quarters(), {entry({2024, 6, 1}, "extended", "2024-Q2", Date{2024, 6, 28})});
    CHECK(s[1].last_day() == Date{2024, 6, 28});
    CHECK_FALSE(s[0].extended_to.has_value());
    CHECK_FALSE(s[2].extended_to.has_value());
    // Without a key it goes to the earliest open occurrence.
    const auto t = apply_entries(quarters(), {entry({2024, 3, 1}, "done", "2024-Q1"),
                                              entry({2024, 6, 1}, "extended", {}, Date{2024, 6, 28})});
    CHECK(t[1].extended_to == Date{2024, 6, 28});
}

TEST_CASE("apply_entries: cancelled without a key cancels what is still open, keeps what was done") {
    const auto s = apply_entries(quarters(), {entry({2024, 3, 12}, "done", "2024-Q1"), entry({2024, 7, 1}, "cancelled")});
    CHECK(s[0].done_on == Date{2024, 3, 12});
    CHECK_FALSE(s[0].cancelled);
    for (size_t i = 1; i < 4; ++i) CHECK(s[i].cancelled);
    // With a key only that occurrence is cancelled.
    const auto t = apply_entries(quarters(), {entry({2024, 7, 1}, "cancelled", "2024-Q3")});
    CHECK(open_flags(t) == std::vector<bool>{true, true, false, true});
    CHECK(t[2].cancelled);
}
