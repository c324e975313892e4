// Tests for lib/period_input.cpp: --month / --quarter / --year as people type them.
#include <doctest/doctest.h>

#include "time/dates_as_typed.hpp"

using namespace cchc;

namespace {
std::string read(Period::Kind kind, const char* text) {
    auto p = parse_period_as_typed(kind, text);
    return p ? p->str() : "-";
}
}  // namespace

TEST_CASE("parse_period_as_typed: months") {
    using K = Period::Kind;
    CHECK(read(K::month, "11/2024") == "2024-11");
    CHECK(read(K::month, "2024-11") == "2024-11");
    CHECK(read(K::month, "1/2025") == "2025-01");
    CHECK(read(K::month, "tháng 11/2024") == "2024-11");
    CHECK(read(K::month, "Thang 3-2024") == "2024-03");
    CHECK(read(K::month, "13/2024") == "-");
    CHECK(read(K::month, "0/2024") == "-");
    CHECK(read(K::month, "2024-13") == "-");
    CHECK(read(K::month, "11/24") == "-");
    CHECK(read(K::month, "2024-1") == "-");  // YYYY-MM has two digits
    CHECK(read(K::month, "2024-Q4") == "-");
    CHECK(read(K::month, "") == "-");
    CHECK(read(K::month, "\xff") == "-");
}

TEST_CASE("parse_period_as_typed: quarters") {
    using K = Period::Kind;
    CHECK(read(K::quarter, "Q4/2024") == "2024-Q4");
    CHECK(read(K::quarter, "2024-Q4") == "2024-Q4");
    CHECK(read(K::quarter, "2024-q1") == "2024-Q1");
    CHECK(read(K::quarter, "quý 4/2024") == "2024-Q4");
    CHECK(read(K::quarter, "quý IV/2024") == "2024-Q4");
    CHECK(read(K::quarter, "Quy iii/2024") == "2024-Q3");
    CHECK(read(K::quarter, "QUÝ II/2025") == "2025-Q2");
    CHECK(read(K::quarter, "I/2024") == "2024-Q1");
    CHECK(read(K::quarter, "Q5/2024") == "-");
    CHECK(read(K::quarter, "quý V/2024") == "-");
    CHECK(read(K::quarter, "2024-11") == "-");
    CHECK(read(K::quarter, "quý 4") == "-");
}

TEST_CASE("parse_period_as_typed: years") {
    using K = Period::Kind;
    CHECK(read(K::year, "2024") == "2024");
    CHECK(read(K::year, "năm 2024") == "2024");
    CHECK(read(K::year, "24") == "-");
    CHECK(read(K::year, "1800") == "-");
    CHECK(read(K::year, "2024-01") == "-");
}
