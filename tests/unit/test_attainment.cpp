#include <doctest/doctest.h>

#include "cchc/attainment.hpp"

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
