// Tests for lib/time/deadline_words.cpp: `cchc timing` in Vietnamese.
#include <doctest/doctest.h>

#include "time/deadline_words.hpp"
#include "time/timing.hpp"

using namespace cchc;

namespace {
std::string vi(const char* text) {
    auto p = parse_timing(text, 2024);
    REQUIRE(p.deadline);
    return describe_in(*p.deadline, Lang::vi);
}
}  // namespace

TEST_CASE("describe_in: Vietnamese readings, English unchanged") {
    CHECK(vi("Trước ngày 20/12/2024") == "trước ngày 20/12/2024 (hạn cuối 19/12/2024)");
    CHECK(vi("Quý IV") == "trong quý IV/2024 (01/10/2024 – 31/12/2024)");
    CHECK(vi("Thường xuyên") == "thường xuyên trong năm 2024");
    CHECK(vi("Từ Quý I") == "từ quý I/2024 trở đi, không có hạn cuối");
    CHECK(vi("Theo quy định") == "không có hạn riêng: \"Theo quy định\"");
    // A range reads as one span, first day to last, not as its first period.
    CHECK(vi("Tháng 3 – 5/2024") == "từ tháng 03/2024 đến hết tháng 05/2024 (01/03/2024 – 31/05/2024)");
    CHECK(vi("Quý II–III") == "từ quý II/2024 đến hết quý III/2024 (01/04/2024 – 30/09/2024)");
    CHECK(vi("Trong 10 ngày làm việc kể từ khi có Quyết định") ==
          "trong 10 ngày làm việc kể từ \"khi có Quyết định\"");
    auto p = parse_timing("Trước ngày 20/12/2024", 2024);
    REQUIRE(p.deadline);
    CHECK(describe_in(*p.deadline, Lang::en) == describe(*p.deadline));
}

TEST_CASE("period_in") {
    Period p;
    p.kind = Period::Kind::half;
    p.year = 2024;
    p.index = 2;
    CHECK(period_in(p, Lang::vi) == "6 tháng cuối năm 2024");
    CHECK(period_in(p, Lang::en) == "2024-H2");
    p.kind = Period::Kind::month;
    p.index = 3;
    CHECK(period_in(p, Lang::vi) == "tháng 03/2024");
}

TEST_CASE("timing_error_in: every error parse_timing gives, in Vietnamese") {
    for (const char* text : {"xyz abc", "32/13/2024", "Trước ngày 30/02/2023", "Hằng tháng, trước ngày 5", ""}) {
        const auto p = parse_timing(text, 2024);
        REQUIRE_FALSE(p.deadline);
        const std::string vi = timing_error_in(p.error, Lang::vi);
        CHECK_MESSAGE(vi != p.error, p.error);  // translated, not passed through
        CHECK(timing_error_in(p.error, Lang::en) == p.error);
    }
    CHECK(timing_error_in("unexpected words ', x'", Lang::vi) == "thừa chữ không hiểu được: ', x'");
    CHECK(timing_error_in("milestone 2 'a': invalid month '13'", Lang::vi) == "mốc 2 'a': tháng không hợp lệ: '13'");
    CHECK(timing_error_in("something new", Lang::vi) == "something new");
}
