// Tests for lib/timing*.cpp: every timing text of the five seed plans, the forms of the
// design table, spelling variants, errors, and same_reading().
#include <doctest/doctest.h>
#include <fmt/format.h>

#include "time/timing.hpp"

using namespace cchc;

namespace {

// A compact signature of a reading: kind and what it dates.
std::string sig(const Deadline& d) {
    using K = Deadline::Kind;
    std::string s = kind_name(d.kind);
    if (d.kind == K::on_date || d.kind == K::before_date) return s + " " + d.date.iso();
    if (d.kind == K::within && d.period_until) return s + " " + d.period.str() + ".." + d.period_until->str();
    if (d.kind == K::within || d.kind == K::from || d.kind == K::ongoing) return s + " " + d.period.str();
    if (d.kind == K::recurring) {
        s += fmt::format(" {}", recurrence_name(d.every));
        if (d.day > 0) s += fmt::format(" day {}", d.day);
        if (d.before) s += " before";
        if (d.range_from) s += " in " + d.range_from->str();
        return s;
    }
    if (d.kind == K::after_event) {
        if (d.within_days > 0) s += fmt::format(" {} {}days", d.within_days, d.working ? "working " : "");
        if (d.expected) s += " expected " + d.expected->str();
        return s;
    }
    if (d.kind == K::dates || d.kind == K::milestones) {
        s += "[";
        for (std::size_t i = 0; i < d.parts.size(); ++i) s += (i ? ", " : "") + sig(d.parts[i]);
        return s + "]";
    }
    return s;
}

std::string read(std::string_view text, int year) {
    const TimingParse r = parse_timing(text, year);
    if (!r.deadline) return "error: " + r.error;
    CHECK(r.error.empty());
    return sig(*r.deadline);
}

struct Case {
    const char* text;
    int year;
    const char* expected;
};

void check_all(std::initializer_list<Case> cases) {
    for (const Case& c : cases) {
        const std::string text = c.text;
        CAPTURE(text);
        CHECK(read(c.text, c.year) == c.expected);
    }
}

}  // namespace

TEST_CASE("timing: every distinct timing cell of the seed tables") {
    check_all({
        // 000 (2024)
        {"Trong năm 2024", 2024, "within 2024"},
        {"Trước ngày 20/12/2024", 2024, "before_date 2024-12-20"},
        {"15/12/2024", 2024, "on_date 2024-12-15"},
        {"30/11/2024", 2024, "on_date 2024-11-30"},
        {"20/12/2024", 2024, "on_date 2024-12-20"},
        {"Trước 20/12/2024", 2024, "before_date 2024-12-20"},
        {"Từ Quý I/2024", 2024, "from 2024-Q1"},
        {"Quý II/2024", 2024, "within 2024-Q2"},
        {"Từ Tháng 01/2024", 2024, "from 2024-01"},
        // 001 (2024); the cell "Sau khi các Chỉ số được" + "công bố (…)" is split by a page break
        {"Tháng 02/2024", 2024, "within 2024-02"},
        {"Thường xuyên", 2024, "ongoing 2024"},
        {"Quý I/2024", 2024, "within 2024-Q1"},
        {"Sau khi các Chỉ số được công bố (dự kiến trong quý II/2024)", 2024, "after_event expected 2024-Q2"},
        {"Theo tiến độ Kế hoạch", 2024, "no_date"},
        {"Thường xuyên cập nhật theo quy định, hướng dẫn của Trung ương", 2024, "ongoing 2024"},
        {"Trong năm 2024 (theo tiến độ Đề án, Kế hoạch)", 2024, "within 2024"},
        {"Theo tiến độ của UBND tỉnh triển khai Đề án", 2024, "no_date"},
        {"Thường xuyên trong năm 2024", 2024, "ongoing 2024"},
        {"Tổ chức triển khai theo tiến độ Đề án", 2024, "no_date"},
        // 003 (2022); "Sau khi Bộ Kế hoạch và" + "Đầu tư công bố …" is split by a page break
        {"Từ Quý I", 2022, "from 2022-Q1"},
        {"Quý II", 2022, "within 2022-Q2"},
        {"Trong năm", 2022, "within 2022"},
        {"Từ Tháng 01", 2022, "from 2022-01"},
        {"Thường xuyên", 2022, "ongoing 2022"},
        {"Trong năm 2022", 2022, "within 2022"},
        {"Trong Quý I/2022", 2022, "within 2022-Q1"},
        {"Trong Quý II/2022", 2022, "within 2022-Q2"},
        {"Sau khi Bộ Kế hoạch và Đầu tư công bố thủ tục hành chính", 2022, "after_event"},
        {"Tháng 6, Tháng 12", 2022, "dates[within 2022-06, within 2022-12]"},
        {"Trước 15/12", 2022, "before_date 2022-12-15"},
        // 004 (2024); "Thường" + "xuyên trong năm 2024", "Theo kế hoạch của" + "UBND tỉnh" are split
        {"Thường xuyên trong năm 2024", 2024, "ongoing 2024"},
        {"Trước ngày 14/12/2024", 2024, "before_date 2024-12-14"},
        {"Trong Quý 4/2024", 2024, "within 2024-Q4"},
        {"Theo quy định (Trước ngày 14 của tháng cuối kỳ báo cáo)", 2024, "recurring quarter day 14 before"},
        {"- BC kết quả rà soát, hệ thống hóa, kiểm tra VBQPPL trước 15/12. - BC theo dõi thi hành pháp "
         "luật trước 05/12. - Các báo cáo đột xuất theo thời gian yêu cầu.",
         2024, "milestones[before_date 2024-12-15, before_date 2024-12-05, no_date]"},
        {"Theo yêu cầu của Sở Tư pháp", 2024, "no_date"},
        {"Theo quy định", 2024, "no_date"},
        {"Trong thời hạn 30 ngày kể từ ngày có Quyết định công bố TTHC của Chủ tịch UBND tỉnh", 2024,
         "after_event 30 days"},
        {"Trong thời hạn 03 ngày kể từ ngày có Quyết định phê duyệt quy trình nội bộ của Chủ tịch UBND "
         "tỉnh",
         2024, "after_event 3 days"},
        {"Báo cáo được gửi trên hệ thống báo cáo Chính phủ chậm nhất ngày 19 tháng cuối của kỳ báo cáo.", 2024,
         "recurring quarter day 19"},
        {"Trước ngày 01/4/2024", 2024, "before_date 2024-04-01"},
        {"Theo kế hoạch thanh tra, kiểm tra năm 2024", 2024, "no_date"},
        {"Trong vòng 05 ngày kể từ ngày thay đổi, cập nhật thông tin", 2024, "after_event 5 days"},
        {"Theo kế hoạch của UBND tỉnh", 2024, "no_date"},
    });
}

TEST_CASE("timing: the deadlines of the seeds' prose") {
    check_all({
        {"Trước ngày 30 tháng 11 năm 2023", 2023, "before_date 2023-11-30"},  // 002, plan-wide
        {"trước ngày 20/12/2024", 2024, "before_date 2024-12-20"},            // 000
        {"trước ngày 15/12 theo quy định", 2022, "before_date 2022-12-15"},   // 003
        {"trước ngày 05/12/2024 theo quy định", 2024, "before_date 2024-12-05"},
        {"định kỳ hàng tháng", 2024, "recurring month"},
        {"định kỳ hàng quý", 2024, "recurring quarter"},
        {"định kỳ hằng tháng", 2022, "recurring month"},
        {"Định kỳ hàng tuần", 2024, "recurring week"},
        {"định kỳ 01 bài/tháng", 2024, "recurring month"},  // 001, Ghi chú
        {"theo định kỳ hoặc theo yêu cầu của cơ quan có thẩm quyền", 2024, "no_date"},
        {"trước ngày 13 tháng cuối của kỳ báo cáo", 2024, "recurring quarter day 13 before"},
        {"trước ngày 15 tháng cuối kỳ báo cáo", 2024, "recurring quarter day 15 before"},
    });
}

TEST_CASE("timing: the forms of the design table") {
    check_all({
        {"chậm nhất ngày 19/12", 2024, "on_date 2024-12-19"},
        {"trước ngày 10 tháng 12 năm 2024", 2024, "before_date 2024-12-10"},
        {"Tháng 6", 2024, "within 2024-06"},
        {"tháng 10/2024", 2024, "within 2024-10"},
        {"Quý III năm 2024", 2024, "within 2024-Q3"},
        {"6 tháng đầu năm", 2024, "within 2024-H1"},
        {"6 tháng cuối năm", 2024, "within 2024-H2"},
        {"Năm 2024", 2024, "within 2024"},
        {"Từ ngày 01/03/2024", 2024, "from 2024-03-01"},
        {"hằng quý", 2024, "recurring quarter"},
        {"hàng quý", 2024, "recurring quarter"},
        {"6 tháng", 2024, "recurring half"},
        {"hàng năm", 2024, "recurring year"},
        {"hàng tháng trong năm 2023", 2024, "recurring month in 2023"},
        {"trước ngày 5 hàng tháng", 2024, "recurring month day 5 before"},
        {"Trong thời hạn 03 ngày làm việc kể từ ngày có Quyết định", 2024, "after_event 3 working days"},
        {"đột xuất", 2024, "no_date"},
        {"Các báo cáo đột xuất theo thời gian yêu cầu", 2024, "no_date"},
        {"Theo kế hoạch (Quý II/2024)", 2024, "within 2024-Q2"},
        {"15/12/2024, 20/12/2024", 2024, "dates[on_date 2024-12-15, on_date 2024-12-20]"},
        {"- Trước 15/12", 2024, "before_date 2024-12-15"},
        {"29/02", 2024, "on_date 2024-02-29"},
    });
}

TEST_CASE("timing: with or without diacritics, in any case") {
    check_all({
        {"Quy II/2024", 2024, "within 2024-Q2"},
        {"truoc ngay 20/12/2024", 2024, "before_date 2024-12-20"},
        {"TRƯỚC NGÀY 20/12/2024", 2024, "before_date 2024-12-20"},
        {"thuong xuyen trong nam 2024", 2024, "ongoing 2024"},
        {"cham nhat ngay 19 thang cuoi cua ky bao cao", 2024, "recurring quarter day 19"},
        {"dinh ky hang thang", 2024, "recurring month"},
        {"  Trong   Quý  4 / 2024 ", 2024, "within 2024-Q4"},
    });
}

TEST_CASE("timing: unknown or impossible text is an error, never a guess") {
    check_all({
        {"", 2024, "error: empty timing text"},
        {"Sớm nhất có thể", 2024, "error: no timing form recognised"},
        {"abc", 2024, "error: no timing form recognised"},
        {"abc quý II xyz", 2024, "error: no timing form recognised"},
        {"Thường", 2024, "error: no timing form recognised"},  // half of a cell split by a page break
        {"--", 2024, "error: no timing form recognised"},      // 001's empty closing row
        {"31/04/2024", 2024, "error: invalid date '31/04/2024'"},
        {"29/02", 2023, "error: invalid date '29/02' in 2023"},
        {"Tháng 13/2024", 2024, "error: invalid month 'Tháng 13'"},
        {"Quý 5/2024", 2024, "error: invalid quarter 'Quý 5'"},
        {"Trong năm 2024 abc", 2024, "error: unexpected words 'abc'"},
        {"Quý II trước 15/12", 2024, "error: unexpected words 'trước 15/12'"},
        {"Thường xuyên, báo cáo trước 15/12", 2024, "error: a date that cannot be read in 'báo cáo trước 15/12'"},
        {"Báo cáo tháng 6 trước 15/12", 2024, "error: a date that cannot be read in 'Báo cáo tháng 6'"},
        {"Trong thời hạn 03 ngày", 2024, "error: no event to count the days from"},
        {"Định kỳ", 2024, "error: no timing form recognised"},
        {"- Trước 15/12. - Trước 31/11.", 2024, "error: milestone 2 'Trước 31/11': invalid date '31/11'"},
        {"- Trước 15/12. - abc", 2024, "error: milestone 2 'abc': no timing form recognised"},
    });
}

TEST_CASE("timing: the words a reading keeps") {
    auto event = parse_timing("Trong vòng 05 ngày kể từ ngày thay đổi, cập nhật thông tin", 2024).deadline;
    REQUIRE(event);
    CHECK(event->event_text == "ngày thay đổi, cập nhật thông tin");
    CHECK(event->event.empty());
    CHECK_FALSE(event->working);

    auto after = parse_timing("Sau khi các Chỉ số được công bố (dự kiến trong quý II/2024)", 2024).deadline;
    REQUIRE(after);
    CHECK(after->event_text == "các Chỉ số được công bố");
    CHECK(after->within_days == 0);

    auto per = parse_timing("Theo yêu cầu của Sở Tư pháp.", 2024).deadline;
    REQUIRE(per);
    CHECK(per->per == "Theo yêu cầu của Sở Tư pháp");

    auto labelled = parse_timing("Báo cáo gửi Sở chậm nhất ngày 19/12", 2024).deadline;
    REQUIRE(labelled);
    CHECK(labelled->label.empty());  // a label names milestones only

    auto ms = parse_timing(
                  "- BC kết quả rà soát, hệ thống hóa, kiểm tra VBQPPL trước 15/12. - BC theo dõi "
                  "thi hành pháp luật trước 05/12. - Các báo cáo đột xuất theo thời gian yêu cầu.",
                  2024)
                  .deadline;
    REQUIRE(ms);
    REQUIRE(ms->parts.size() == 3);
    CHECK(ms->parts[0].label == "BC kết quả rà soát, hệ thống hóa, kiểm tra VBQPPL");
    CHECK(ms->parts[1].label == "BC theo dõi thi hành pháp luật");
    CHECK(ms->parts[2].label == "Các báo cáo đột xuất");
    CHECK(ms->parts[2].per == "Các báo cáo đột xuất theo thời gian yêu cầu");
}

TEST_CASE("timing: same_reading compares kind and dates") {
    auto text = [](const char* t) { return *parse_timing(t, 2024).deadline; };
    Deadline q2;
    q2.kind = Deadline::Kind::within;
    q2.period = *parse_period("2024-Q2");
    CHECK(same_reading(text("Quý II/2024"), q2));
    CHECK_FALSE(same_reading(text("Quý III/2024"), q2));
    CHECK_FALSE(same_reading(text("Từ Quý II/2024"), q2));

    Deadline due = text("Trong thời hạn 03 ngày kể từ ngày có Quyết định");
    Deadline structured = due;
    structured.event = "qd-phe-duyet";
    structured.working = true;
    CHECK(same_reading(due, structured));  // no event id in text; "03 ngày" may be working days
    CHECK_FALSE(same_reading(text("Trong thời hạn 03 ngày làm việc kể từ ngày có"), Deadline{}));
    structured.within_days = 5;
    CHECK_FALSE(same_reading(due, structured));

    Deadline working = text("Trong thời hạn 03 ngày làm việc kể từ ngày có Quyết định");
    structured.within_days = 3;
    structured.working = false;
    CHECK_FALSE(same_reading(working, structured));

    Deadline quarterly;
    quarterly.kind = Deadline::Kind::recurring;
    quarterly.every = Recurrence::quarter;
    quarterly.day = 14;
    quarterly.before = true;
    CHECK(same_reading(text("Theo quy định (Trước ngày 14 của tháng cuối kỳ báo cáo)"), quarterly));
    quarterly.before = false;
    CHECK_FALSE(same_reading(text("Theo quy định (Trước ngày 14 của tháng cuối kỳ báo cáo)"), quarterly));
    CHECK(same_reading(text("Theo yêu cầu của Sở Tư pháp"), text("Theo quy định")));
    CHECK(same_reading(text("Tháng 6, Tháng 12"), text("Tháng 06/2024 và tháng 12/2024")));
}

TEST_CASE("timing: \"đến ngày\" and \"cuối\" a period: on or before a day") {
    check_all({
        {"Đến ngày 15/12/2024", 2024, "on_date 2024-12-15"},  // 004 B.VI.4's result column
        {"đến ngày 15/12", 2024, "on_date 2024-12-15"},
        {"Đến hết ngày 30/6/2024", 2024, "on_date 2024-06-30"},
        {"den ngay 15/12/2024", 2024, "on_date 2024-12-15"},
        {"Cuối năm 2024", 2024, "on_date 2024-12-31"},
        {"Cuối năm", 2023, "on_date 2023-12-31"},
        {"cuoi nam 2024", 2024, "on_date 2024-12-31"},
        {"Cuối tháng 6/2024", 2024, "on_date 2024-06-30"},
        {"Cuối tháng 2", 2024, "on_date 2024-02-29"},
        {"Cuối quý II", 2024, "on_date 2024-06-30"},
        {"Đến ngày 15/12/2024, Cuối năm 2024", 2024, "dates[on_date 2024-12-15, on_date 2024-12-31]"},
        {"Đến ngày 31/04/2024", 2024, "error: invalid date '31/04/2024'"},
        {"Cuối tháng 13", 2024, "error: invalid month 'tháng 13'"},
        {"Đến ngày", 2024, "error: no timing form recognised"},
        {"Cuối", 2024, "error: no timing form recognised"},
    });
}

TEST_CASE("timing: month and quarter ranges") {
    check_all({
        {"Tháng 3 – 5/2024", 2024, "within 2024-03..2024-05"},
        {"Tháng 3 - 5/2024", 2024, "within 2024-03..2024-05"},
        {"Tháng 3 — 5", 2024, "within 2024-03..2024-05"},
        {"tháng 03/2024 – tháng 05/2024", 2024, "within 2024-03..2024-05"},
        {"Từ tháng 3 đến tháng 5 năm 2024", 2024, "within 2024-03..2024-05"},
        {"Trong tháng 9 - 10", 2024, "within 2024-09..2024-10"},
        {"Tháng 11 – 2/2025", 2024, "within 2024-11..2025-02"},  // a year written once crosses it
        {"Quý II–III", 2024, "within 2024-Q2..2024-Q3"},
        {"Quý II - Quý III/2024", 2024, "within 2024-Q2..2024-Q3"},
        {"Trong Quý 2 - 4/2024", 2024, "within 2024-Q2..2024-Q4"},
        {"quy ii-iii", 2023, "within 2023-Q2..2023-Q3"},
        {"Tháng 3 – 5/2024, Tháng 9 – 10/2024", 2024, "dates[within 2024-03..2024-05, within 2024-09..2024-10]"},
        {"Tháng 3 – 13/2024", 2024, "error: invalid range '3 – 13/2024'"},
        {"Quý II – V", 2024, "error: unexpected words '– V'"},
        {"Tháng 5/2024 – 3/2024", 2024, "error: a range that does not run forward '5/2024 – 3/2024'"},
        {"Quý III – II/2025", 2024, "within 2024-Q3..2025-Q2"},  // crosses the year, like months
        {"Quý III/2024 – II/2024", 2024, "error: a range that does not run forward 'III/2024 – II/2024'"},
    });
    const auto range = parse_timing("Tháng 3 – 5/2024", 2024).deadline;
    REQUIRE(range);
    const auto occs = occurrences(*range, 2024);
    REQUIRE(occs.size() == 1);
    CHECK(occs[0].start == Date{2024, 3, 1});
    CHECK(occs[0].last_day == Date{2024, 5, 31});
    CHECK(describe(*range) == "within 2024-03..2024-05 (2024-03-01..2024-05-31)");
    Deadline q2;
    q2.kind = Deadline::Kind::within;
    q2.period = *parse_period("2024-03");
    CHECK_FALSE(same_reading(*range, q2));  // the range's end is part of what it says
    q2.period_until = parse_period("2024-05");
    CHECK(same_reading(*range, q2));
}

TEST_CASE("timing: a text with no date agrees with any structured reading") {
    Deadline quarterly;
    quarterly.kind = Deadline::Kind::recurring;
    quarterly.every = Recurrence::quarter;
    quarterly.day = 14;
    quarterly.before = true;
    CHECK(same_reading(*parse_timing("theo quy định", 2024).deadline, quarterly));
    // …but not the other way round: a dated text is compared with what it dates.
    CHECK_FALSE(same_reading(*parse_timing("Quý II/2024", 2024).deadline, *parse_timing("theo quy định", 2024).deadline));
}

TEST_CASE("timing: a repeated text reads the same each time, per plan year, short or long") {
    // parse_timing keeps the readings it has made; asking again, for another year, or after
    // an error must give what a first reading gives.
    for (int round = 0; round < 3; ++round) {
        CAPTURE(round);
        CHECK(read("Trước 15/12", 2024) == "before_date 2024-12-15");
        CHECK(read("Trước 15/12", 2023) == "before_date 2023-12-15");
        CHECK(read("29/02", 2023) == "error: invalid date '29/02' in 2023");
        CHECK(read("29/02", 2024) == "on_date 2024-02-29");
    }
    // A text past the memo's length limit is read each time, with the same answer.
    const std::string long_text = "Trong năm 2024" + std::string(2000, ' ');
    CHECK(read(long_text, 2024) == "within 2024");
    CHECK(read(long_text, 2024) == "within 2024");
    // Many distinct texts: the memo empties itself when full and still answers right.
    for (int day = 1; day <= 28; ++day)
        for (int month = 1; month <= 12; ++month) {
            const std::string text = fmt::format("Trước {}/{}{}", day, month, std::string(900, ' '));
            CHECK(read(text, 2024) == fmt::format("before_date 2024-{:02}-{:02}", month, day));
        }
    CHECK(read("Trước 15/12", 2024) == "before_date 2024-12-15");
}

TEST_CASE("timing: the phrases of issue 17") {
    check_all({
        // "trước" carries over to each date of a list.
        {"Trước ngày 30/6 và 30/12", 2024, "dates[before_date 2024-06-30, before_date 2024-12-30]"},
        {"Trước ngày 30/6 và chậm nhất ngày 30/12", 2024, "dates[before_date 2024-06-30, on_date 2024-12-30]"},
        {"15/12/2024 và 20/12/2024", 2024, "dates[on_date 2024-12-15, on_date 2024-12-20]"},
        {"Trước ngày 15 tháng 12 hằng năm", 2024, "recurring year day 15 before"},
        {"Trước ngày 15 tháng 6 hằng năm", 2024, "error: unexpected words 'hằng năm'"},
        {"Ngày 05 hằng tháng", 2024, "recurring month day 5"},
        {"ngay 05 hang thang", 2024, "recurring month day 5"},
        {"Ngày 32 hằng tháng", 2024, "error: invalid day '32'"},
        {"Tuần đầu tháng 12/2024", 2024, "on_date 2024-12-07"},
        {"Tuần đầu tháng 3", 2024, "on_date 2024-03-07"},
        {"Chậm nhất là ngày 10/12/2024", 2024, "on_date 2024-12-10"},
        {"Từ nay đến hết năm 2024", 2024, "within 2024"},
        {"Từ nay đến ngày 15/12/2024", 2024, "on_date 2024-12-15"},
        {"Năm 2024 và các năm tiếp theo", 2024, "from 2024"},
    });
}
