// Tests for lib/time/deadline.cpp: occurrences of every kind, descriptions, names.
#include <doctest/doctest.h>

#include "time/deadline.hpp"

using namespace cchc;

namespace {

Date day(const char* iso) { return *parse_iso_date(iso); }
Period period(const char* text) { return *parse_period(text); }

Deadline make(Deadline::Kind kind) {
    Deadline d;
    d.kind = kind;
    return d;
}

Deadline dated(Deadline::Kind kind, const char* iso) {
    Deadline d = make(kind);
    d.date = day(iso);
    return d;
}

Deadline in(Deadline::Kind kind, const char* p) {
    Deadline d = make(kind);
    d.period = period(p);
    return d;
}

Deadline every(Recurrence r, int on_day = 0, bool before = false) {
    Deadline d = make(Deadline::Kind::recurring);
    d.every = r;
    d.day = on_day;
    d.before = before;
    return d;
}

std::vector<std::string> last_days(const std::vector<Occurrence>& os) {
    std::vector<std::string> out;
    for (const auto& o : os) out.push_back(o.last_day.iso());
    return out;
}

std::vector<std::string> keys(const std::vector<Occurrence>& os) {
    std::vector<std::string> out;
    for (const auto& o : os) out.push_back(o.key);
    return out;
}

}  // namespace

TEST_CASE("occurrences: fixed dates and periods") {
    CHECK(occurrences(dated(Deadline::Kind::on_date, "2024-12-15"), 2024) ==
          std::vector<Occurrence>{{std::nullopt, day("2024-12-15"), "", ""}});
    CHECK(occurrences(dated(Deadline::Kind::before_date, "2024-12-20"), 2024) ==
          std::vector<Occurrence>{{std::nullopt, day("2024-12-19"), "", ""}});
    CHECK(occurrences(dated(Deadline::Kind::before_date, "2024-03-01"), 2024)[0].last_day == day("2024-02-29"));
    CHECK(occurrences(in(Deadline::Kind::within, "2024-02"), 2024) ==
          std::vector<Occurrence>{{day("2024-02-01"), day("2024-02-29"), "", ""}});
    CHECK(occurrences(in(Deadline::Kind::within, "2024-Q2"), 2024)[0].last_day == day("2024-06-30"));
    CHECK(occurrences(in(Deadline::Kind::within, "2024-H1"), 2024)[0].start == day("2024-01-01"));
    CHECK(occurrences(in(Deadline::Kind::within, "2024"), 2024)[0].last_day == day("2024-12-31"));
}

TEST_CASE("occurrences: forms with no date of their own give none") {
    CHECK(occurrences(in(Deadline::Kind::from, "2024-Q1"), 2024).empty());
    CHECK(occurrences(in(Deadline::Kind::ongoing, "2024"), 2024).empty());
    CHECK(occurrences(make(Deadline::Kind::no_date), 2024).empty());
    Deadline after = make(Deadline::Kind::after_event);
    after.within_days = 30;
    CHECK(occurrences(after, 2024).empty());
    after.expected = period("2024-Q2");
    CHECK(occurrences(after, 2024) == std::vector<Occurrence>{{std::nullopt, day("2024-06-30"), "", ""}});
}

TEST_CASE("occurrences: dates and milestones, one per part") {
    Deadline twice = make(Deadline::Kind::dates);
    twice.parts = {in(Deadline::Kind::within, "2022-06"), in(Deadline::Kind::within, "2022-12")};
    const auto os = occurrences(twice, 2022);
    CHECK(last_days(os) == std::vector<std::string>{"2022-06-30", "2022-12-31"});
    CHECK(keys(os) == std::vector<std::string>{"2022-06", "2022-12"});

    Deadline ms = make(Deadline::Kind::milestones);
    ms.parts = {dated(Deadline::Kind::before_date, "2024-12-15"), dated(Deadline::Kind::before_date, "2024-12-05"),
                make(Deadline::Kind::no_date)};
    ms.parts[0].label = "BC rà soát";
    ms.parts[1].label = "BC theo dõi";
    const auto mo = occurrences(ms, 2024);
    REQUIRE(mo.size() == 2);  // "on request" has no date
    CHECK(mo[0].last_day == day("2024-12-14"));
    CHECK(mo[0].label == "BC rà soát");
    CHECK(mo[1].last_day == day("2024-12-04"));
    CHECK(mo[1].label == "BC theo dõi");
}

TEST_CASE("occurrences: recurring over the plan year") {
    const auto months = occurrences(every(Recurrence::month), 2024);
    REQUIRE(months.size() == 12);
    CHECK(months[1] == Occurrence{day("2024-02-01"), day("2024-02-29"), "2024-02", ""});
    CHECK(keys(occurrences(every(Recurrence::quarter), 2024)) ==
          std::vector<std::string>{"2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"});
    CHECK(last_days(occurrences(every(Recurrence::half), 2024)) ==
          std::vector<std::string>{"2024-06-30", "2024-12-31"});
    CHECK(occurrences(every(Recurrence::year), 2024) ==
          std::vector<Occurrence>{{day("2024-01-01"), day("2024-12-31"), "2024", ""}});
}

TEST_CASE("occurrences: a day of each quarter's last month") {
    CHECK(last_days(occurrences(every(Recurrence::quarter, 14, true), 2024)) ==
          std::vector<std::string>{"2024-03-13", "2024-06-13", "2024-09-13", "2024-12-13"});
    CHECK(last_days(occurrences(every(Recurrence::quarter, 19), 2024)) ==
          std::vector<std::string>{"2024-03-19", "2024-06-19", "2024-09-19", "2024-12-19"});
    // A day past the month's end is its last day.
    CHECK(last_days(occurrences(every(Recurrence::quarter, 31), 2024))[1] == "2024-06-30");
    CHECK(occurrences(every(Recurrence::month, 5, true), 2024)[0].last_day == day("2024-01-04"));
}

TEST_CASE("occurrences: ISO weeks, due on their Friday (the last working day)") {
    const auto weeks = occurrences(every(Recurrence::week), 2024);
    REQUIRE(weeks.size() == 52);  // Sundays 2024-01-07 … 2024-12-29
    CHECK(weeks[0] == Occurrence{day("2024-01-01"), day("2024-01-05"), "2024-W01", ""});
    CHECK(weeks[4].key == "2024-W05");
    CHECK(weeks.back().last_day == day("2024-12-27"));
    for (const auto& w : weeks) CHECK(w.last_day.weekday() == 4);
    // 2021-01-03 is a Sunday of ISO week 2020-W53.
    CHECK(occurrences(every(Recurrence::week), 2021)[0].key == "2020-W53");
}

TEST_CASE("occurrences: recurring within an explicit range") {
    Deadline d = every(Recurrence::month);
    d.range_from = period("2024-Q2");
    d.range_until = period("2024-Q3");
    CHECK(keys(occurrences(d, 2024)) ==
          std::vector<std::string>{"2024-04", "2024-05", "2024-06", "2024-07", "2024-08", "2024-09"});
    d.range_from = d.range_until = period("2023");
    CHECK(occurrences(d, 2024).front().key == "2023-01");
}

TEST_CASE("describe: short English") {
    CHECK(describe(dated(Deadline::Kind::on_date, "2024-12-15")) == "on or before 2024-12-15");
    CHECK(describe(dated(Deadline::Kind::before_date, "2024-12-20")) == "before 2024-12-20 (last day 2024-12-19)");
    CHECK(describe(in(Deadline::Kind::within, "2024-Q2")) == "within 2024-Q2 (2024-04-01..2024-06-30)");
    CHECK(describe(in(Deadline::Kind::from, "2024-Q1")) == "from 2024-Q1 on, no end");
    CHECK(describe(in(Deadline::Kind::ongoing, "2024")) == "ongoing through 2024");
    CHECK(describe(every(Recurrence::quarter, 14, true)) == "every quarter, day 14 of its last month, before");
    CHECK(describe(every(Recurrence::quarter, 19)) == "every quarter, day 19 of its last month");
    CHECK(describe(every(Recurrence::week)) == "every week");

    Deadline after = make(Deadline::Kind::after_event);
    after.event_text = "ngày thay đổi";
    after.within_days = 5;
    CHECK(describe(after) == "within 5 days of \"ngày thay đổi\"");
    after.event = "qd-phe-duyet";
    after.working = true;
    CHECK(describe(after) == "within 5 working days of qd-phe-duyet");
    after.within_days = 0;
    after.expected = period("2024-Q2");
    CHECK(describe(after) == "after qd-phe-duyet, expected in 2024-Q2");

    Deadline per = make(Deadline::Kind::no_date);
    per.per = "Theo quy định";
    CHECK(describe(per) == "no date of its own: \"Theo quy định\"");
    Deadline ms = make(Deadline::Kind::milestones);
    ms.parts = {dated(Deadline::Kind::on_date, "2024-12-15"), per};
    ms.parts[0].label = "BC";
    CHECK(describe(ms) == "milestones: BC: on or before 2024-12-15; no date of its own: \"Theo quy định\"");
}

TEST_CASE("kind_name and recurrence_name are stable identifiers") {
    CHECK(std::string(kind_name(Deadline::Kind::on_date)) == "on_date");
    CHECK(std::string(kind_name(Deadline::Kind::before_date)) == "before_date");
    CHECK(std::string(kind_name(Deadline::Kind::after_event)) == "after_event");
    CHECK(std::string(kind_name(Deadline::Kind::milestones)) == "milestones");
    CHECK(std::string(recurrence_name(Recurrence::week)) == "week");
    CHECK(std::string(recurrence_name(Recurrence::half)) == "half");
    CHECK(std::string(recurrence_name(Recurrence::year)) == "year");
}
