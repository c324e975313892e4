#include <doctest/doctest.h>

#include "state/attainment.hpp"
#include "state/metric_history.hpp"
#include "yaml/source.hpp"

using namespace cchc;

namespace {

Target target(const std::string& op, TargetValue v) {
    Target t;
    t.metric.value = "m";
    t.op.value = op;
    t.value.value = std::move(v);
    return t;
}

Metric percent() {
    Metric m;
    m.id = "m";
    m.unit = "%";
    m.min = 0;
    m.max = 100;
    return m;
}

Metric rating() {
    Metric m;
    m.id = "m";
    m.scale = {"Kém", "Trung bình", "Khá", "Tốt", "Xuất sắc"};
    return m;
}

std::optional<MetricValue> num(double v) {
    MetricValue x;
    x.number = v;
    return x;
}

std::optional<MetricValue> level(const std::string& l) {
    MetricValue x;
    x.level = l;
    return x;
}

}  // namespace

TEST_CASE("exactly 87 meets >= 87 but not > 87") {
    const Metric m = percent();
    CHECK(evaluate_target(target(">=", 87.0), &m, num(87), std::nullopt).met == true);
    CHECK(evaluate_target(target(">", 87.0), &m, num(87), std::nullopt).met == false);
    CHECK(evaluate_target(target(">", 87.0), &m, num(87.01), std::nullopt).met == true);
    CHECK(evaluate_target(target(">=", 87.0), &m, num(86.99), std::nullopt).met == false);
}

TEST_CASE("the progress ratio: 86,4 is 99% of 87; never a division by zero") {
    const Metric m = percent();
    auto a = evaluate_target(target(">=", 87.0), &m, num(86.4), std::nullopt);
    REQUIRE(a.ratio);
    CHECK(*a.ratio == doctest::Approx(86.4 / 87));
    CHECK_FALSE(evaluate_target(target(">=", 0.0), &m, num(5), std::nullopt).ratio);
}

TEST_CASE("== 0: met or not, with no ratio") {
    const Metric m = percent();
    auto met = evaluate_target(target("==", 0.0), &m, num(0), std::nullopt);
    CHECK(met.met == true);
    CHECK_FALSE(met.ratio);
    auto not_met = evaluate_target(target("==", 0.0), &m, num(1), std::nullopt);
    CHECK(not_met.met == false);
    CHECK_FALSE(not_met.ratio);
}

TEST_CASE("lower is better: <= and < with the ratio target ÷ value") {
    const Metric m = percent();
    CHECK(evaluate_target(target("<=", 5.0), &m, num(5), std::nullopt).met == true);
    CHECK(evaluate_target(target("<", 5.0), &m, num(5), std::nullopt).met == false);
    auto a = evaluate_target(target("<=", 4.0), &m, num(5), std::nullopt);
    CHECK(a.met == false);
    CHECK(*a.ratio == doctest::Approx(0.8));
    CHECK_FALSE(evaluate_target(target("<=", 4.0), &m, num(0), std::nullopt).ratio);  // 0 days: met, no ratio
    CHECK(evaluate_target(target("<=", 4.0), &m, num(0), std::nullopt).met == true);
}

TEST_CASE("increase and decrease against a baseline; a missing baseline is no data") {
    const Metric m = percent();
    CHECK(evaluate_target(target("increase", 2.0), &m, num(12), 10.0).met == true);
    CHECK(evaluate_target(target("increase", 2.0), &m, num(11.9), 10.0).met == false);
    auto dec = evaluate_target(target("decrease", 10.0), &m, num(85), 100.0);
    CHECK(dec.met == true);
    CHECK(*dec.ratio == doctest::Approx(1.5));
    CHECK(evaluate_target(target("decrease", 10.0), &m, num(95), 100.0).met == false);
    auto none = evaluate_target(target("increase", 2.0), &m, num(12), std::nullopt);
    CHECK_FALSE(none.met);
    CHECK(none.missing == "baseline");
}

TEST_CASE("improve: any rise on the baseline") {
    const Metric m = percent();
    CHECK(evaluate_target(target("improve", std::monostate{}), &m, num(84.2), 84.1).met == true);
    CHECK(evaluate_target(target("improve", std::monostate{}), &m, num(84.1), 84.1).met == false);
    CHECK_FALSE(evaluate_target(target("improve", std::monostate{}), &m, num(84.2), std::nullopt).met);
}

TEST_CASE("ratings on the ordered scale Kém < Trung bình < Khá < Tốt < Xuất sắc") {
    const Metric m = rating();
    CHECK(evaluate_target(target(">=", std::string("Tốt")), &m, level("Tốt"), std::nullopt).met == true);
    CHECK(evaluate_target(target(">=", std::string("Tốt")), &m, level("Xuất sắc"), std::nullopt).met == true);
    CHECK(evaluate_target(target(">=", std::string("Tốt")), &m, level("Khá"), std::nullopt).met == false);
    CHECK_FALSE(evaluate_target(target(">=", std::string("Tốt")), &m, level("Khá"), std::nullopt).ratio);
    // A number for a rating metric, or a level outside the scale: cannot tell.
    CHECK(evaluate_target(target(">=", std::string("Tốt")), &m, num(4), std::nullopt).missing == "kind");
    CHECK(evaluate_target(target(">=", std::string("Tốt")), &m, level("Giỏi"), std::nullopt).missing == "kind");
}

TEST_CASE("no value is no data; status_of turns met/not met into statuses") {
    const Metric m = percent();
    auto none = evaluate_target(target(">=", 87.0), &m, std::nullopt, std::nullopt);
    CHECK_FALSE(none.met);
    const Date as_of{2024, 11, 29};
    CHECK(status_of(none, Date{2024, 12, 15}, as_of, 30) == TargetStatus::no_data);
    Attainment met{true, 1.0, ""}, not_met{false, 0.9, ""};
    CHECK(status_of(met, Date{2024, 12, 15}, as_of, 30) == TargetStatus::met);
    CHECK(status_of(not_met, Date{2024, 12, 15}, as_of, 30) == TargetStatus::at_risk);  // 16 days away
    CHECK(status_of(not_met, Date{2024, 12, 29}, as_of, 30) == TargetStatus::at_risk);  // exactly 30
    CHECK(status_of(not_met, Date{2024, 12, 30}, as_of, 30) == TargetStatus::not_met);  // 31: outside
    CHECK(status_of(not_met, Date{2024, 11, 28}, as_of, 30) == TargetStatus::not_met);  // passed
}

TEST_CASE("target_requirement words") {
    const Metric m = percent();
    CHECK(target_requirement(target(">=", 87.0), &m, true) == "≥ 87%");
    CHECK(target_requirement(target("increase", 2.0), nullptr, true) == "tăng ≥ 2");
    Target d;
    d.deliverable = "Kế hoạch";
    CHECK(target_requirement(d, nullptr, true) == "hoàn thành");
}

namespace {

// A repository with one agency whose journal records `entries` of metric "m":
// {recorded on, period (may be empty), value}.
struct Recorded {
    Date date;
    std::string period;
    double value;
};

struct HistoryFixture {
    Repository repo;
    Agency agency;
    SourceFile file;
    explicit HistoryFixture(const std::vector<Recorded>& entries) {
        Journal j;
        j.agency = &agency;
        for (const auto& r : entries) {
            JournalEntry e;
            e.kind = JournalEntry::Kind::metric;
            e.date.value = r.date;
            e.date.pos.file = &file;
            e.metric.value = "m";
            e.period.value = r.period;
            e.value.value = r.value;
            j.entries.push_back(e);
        }
        repo.journals.push_back(std::move(j));
    }
};

Period year(int y) {
    Period p;
    p.year = y;
    return p;
}

}  // namespace

TEST_CASE("values belong to periods: the value of the target's year, not the latest recorded") {
    // PAR INDEX 2023 is published in January 2024: on 30/11/2024 the 2024 goal has no value;
    // 2023's is the baseline beside it.
    HistoryFixture f({{{2024, 1, 11}, "2023", 89.12}});
    const MetricHistory h(f.repo);
    CHECK_FALSE(h.for_period(f.agency, "m", year(2024), Date{2024, 11, 30}));
    auto base = h.before_period(f.agency, "m", year(2024), Date{2024, 11, 30});
    REQUIRE(base);
    CHECK(*base->number == doctest::Approx(89.12));
    CHECK(base->measured.str() == "2023");
    auto v2023 = h.for_period(f.agency, "m", year(2023), Date{2024, 11, 30});
    REQUIRE(v2023);
    CHECK(*v2023->number == doctest::Approx(89.12));
}

TEST_CASE("values belong to periods: a value recorded after its period counts for that period") {
    // SIPAS Q4/2024 recorded on 15/01/2025, PAR INDEX 2024 on 20/03/2025.
    HistoryFixture f({{{2024, 6, 30}, "2024-Q2", 86.4}, {{2025, 1, 15}, "2024-Q4", 90}, {{2025, 3, 20}, "2024", 93.1}});
    const MetricHistory h(f.repo);
    // Known on 31/03/2025: the whole year's value, before any quarter's.
    auto v = h.for_period(f.agency, "m", year(2024), Date{2025, 3, 31});
    REQUIRE(v);
    CHECK(*v->number == doctest::Approx(93.1));
    CHECK(v->measured.str() == "2024");
    // On 31/01/2025: Q4's, recorded then; the year's value was not recorded yet.
    v = h.for_period(f.agency, "m", year(2024), Date{2025, 1, 31});
    REQUIRE(v);
    CHECK(*v->number == doctest::Approx(90));
    // On 31/12/2024: the year had ended, so its results count though recorded in 2025 (the
    // whole year's before Q4's, both ending that day).
    v = h.for_period(f.agency, "m", year(2024), Date{2024, 12, 31});
    REQUIRE(v);
    CHECK(*v->number == doctest::Approx(93.1));
    CHECK(v->measured.str() == "2024");
    // On 30/11/2024 neither Q4 nor the year had ended: the Q2 reading; nothing later leaks in.
    v = h.for_period(f.agency, "m", year(2024), Date{2024, 11, 30});
    REQUIRE(v);
    CHECK(*v->number == doctest::Approx(86.4));
    CHECK(v->measured.str() == "2024-Q2");
    // A value of 2024 is never 2025's standing, only its baseline.
    CHECK_FALSE(h.for_period(f.agency, "m", year(2025), Date{2025, 12, 31}));
    REQUIRE(h.before_period(f.agency, "m", year(2025), Date{2025, 12, 31}));
    CHECK(*h.before_period(f.agency, "m", year(2025), Date{2025, 12, 31})->number == doctest::Approx(93.1));
}

TEST_CASE("values belong to periods: a correction of the same period replaces the first figure") {
    HistoryFixture f({{{2025, 1, 10}, "2024", 91}, {{2025, 2, 1}, "2024", 92.5}});
    const MetricHistory h(f.repo);
    CHECK(*h.for_period(f.agency, "m", year(2024), Date{2025, 1, 31})->number == doctest::Approx(91));
    CHECK(*h.for_period(f.agency, "m", year(2024), Date{2025, 2, 28})->number == doctest::Approx(92.5));
    // Looked at from the year's end, before either was recorded: the corrected figure.
    CHECK(*h.for_period(f.agency, "m", year(2024), Date{2024, 12, 31})->number == doctest::Approx(92.5));
}

TEST_CASE("values belong to periods: no value, and a value without a period measures its day") {
    HistoryFixture none({});
    const MetricHistory h0(none.repo);
    CHECK_FALSE(h0.for_period(none.agency, "m", year(2024), Date{2024, 12, 31}));
    CHECK_FALSE(h0.before_period(none.agency, "m", year(2024), Date{2024, 12, 31}));
    HistoryFixture f({{{2024, 10, 15}, "", 3}, {{2025, 1, 5}, "", 4}});
    const MetricHistory h(f.repo);
    auto v = h.for_period(f.agency, "m", year(2024), Date{2025, 3, 31});
    REQUIRE(v);
    CHECK(*v->number == doctest::Approx(3));  // the 2025 reading measures 2025, not 2024
    CHECK(v->measured.str() == "2024-10-15");
    CHECK(period_within(*parse_period("2024-Q2"), year(2024)));
    CHECK_FALSE(period_within(year(2024), *parse_period("2024-Q2")));
    CHECK_FALSE(period_within(*parse_period("2025-01"), year(2024)));
}
