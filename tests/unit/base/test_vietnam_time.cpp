#include <doctest/doctest.h>

#include "base/vietnam_time.hpp"

using cchc::Date;

TEST_CASE("vietnam_date: 23:00 UTC is already tomorrow in Hà Nội") {
    // 2024-11-24 23:00:00 UTC
    const std::time_t t = 1732489200;
    CHECK(cchc::vietnam_date(t) == Date{2024, 11, 25});
    // 16:59:59 UTC is still the same day (23:59:59 in Hà Nội); 17:00:00 UTC is the next.
    CHECK(cchc::vietnam_date(1732467599) == Date{2024, 11, 24});
    CHECK(cchc::vietnam_date(1732467600) == Date{2024, 11, 25});
}

TEST_CASE("vietnam_date: the epoch and before") {
    CHECK(cchc::vietnam_date(0) == Date{1970, 1, 1});
    CHECK(cchc::vietnam_date(-7 * 3600 - 1) == Date{1969, 12, 31});
}
