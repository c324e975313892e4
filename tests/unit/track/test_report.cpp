// Tests for lib/report*.cpp: report periods, build_report on the shipped plans and example
// journals (every count must be compute_due's and compute_score's), and the Markdown/JSON
// renderings (escaping, truncation, language, charts).
#include <doctest/doctest.h>

#include <filesystem>
#include <set>
#include <string>

#include "time/dates_as_typed.hpp"
#include "support.hpp"
#include "model/calendar_settings.hpp"
#include "track/report.hpp"
#include "state/repository.hpp"
#include "base/text.hpp"
#include "render/report_parts.hpp"

using namespace cchc;

namespace {

const Repository& shipped() { return test::shipped_repository(); }

Period month(int y, int m) {
    Period p;
    p.kind = Period::Kind::month;
    p.year = y;
    p.index = m;
    return p;
}

ReportData november(const UnitFilter* units = nullptr) {
    ReportQuery q;
    q.period = month(2024, 11);
    q.as_of = Date{2024, 11, 29};
    q.units = units;
    return build_report(shipped(), calendar_for(shipped().settings), q);
}

size_t count_of(const std::string& s, const std::string& what) {
    size_t n = 0;
    for (size_t at = s.find(what); at != std::string::npos; at = s.find(what, at + what.size())) ++n;
    return n;
}

}  // namespace

TEST_CASE("report periods: --month, --quarter, --year take exactly their form") {
    using K = Period::Kind;
    CHECK(parse_report_period(K::month, "2024-11")->index == 11);
    CHECK(parse_report_period(K::quarter, "2024-Q4")->index == 4);
    CHECK(parse_report_period(K::year, "2024")->year == 2024);
    for (const char* bad : {"2024-13", "2024-1", "2024-00", "11/2024", "2024-Q4", "2024-11-01", "", "2024"})
        CHECK_MESSAGE(!parse_report_period(K::month, bad), bad);
    for (const char* bad : {"2024-Q5", "2024-Q0", "2024-H1", "2024-4", "2024-11", "2024Q4"})
        CHECK_MESSAGE(!parse_report_period(K::quarter, bad), bad);
    for (const char* bad : {"24", "2024-11", "20245", "abcd"}) CHECK_MESSAGE(!parse_report_period(K::year, bad), bad);
}

TEST_CASE("report periods: the next one, labels, the default as-of date") {
    using K = Period::Kind;
    CHECK(next_period(month(2024, 12)).str() == "2025-01");
    CHECK(next_period(month(2024, 3)).str() == "2024-04");
    CHECK(next_period(*parse_report_period(K::quarter, "2024-Q4")).str() == "2025-Q1");
    CHECK(next_period(*parse_report_period(K::year, "2024")).str() == "2025");
    CHECK(period_label(month(2024, 2), Lang::vi) == "tháng 02/2024");
    CHECK(period_label(month(2024, 2), Lang::en) == "February 2024");
    CHECK(period_label(*parse_report_period(K::quarter, "2024-Q4"), Lang::vi) == "quý IV/2024");
    CHECK(period_label(*parse_report_period(K::year, "2024"), Lang::vi) == "năm 2024");
    CHECK(default_report_as_of(month(2024, 11), Date{2025, 1, 5}) == Date{2024, 11, 30});
    CHECK(default_report_as_of(month(2024, 11), Date{2024, 11, 12}) == Date{2024, 11, 12});
}

TEST_CASE("build_report: every task count is compute_due's, every target figure compute_score's") {
    const ReportData r = november();
    DueQuery dq;
    dq.as_of = r.as_of;
    const DueReport due = compute_due(shipped(), calendar_for(shipped().settings), dq);
    ScoreQuery sq;
    sq.as_of = r.as_of;
    const ScoreReport score = compute_score(shipped(), sq);
    REQUIRE(r.due.items.size() == due.items.size());
    int overdue = 0;
    for (const auto& i : due.items) overdue += i.group == DueGroup::overdue;
    CHECK(r.overall.count(DueGroup::overdue) == overdue);
    CHECK(r.overall.open() == static_cast<int>(due.items.size()));
    CHECK(r.overall.done == due.done);
    CHECK(r.overall.timeliness.total() == due.total.total());
    // Every overdue item is under a lead; a co-led one under each of its leads.
    std::set<std::pair<const Task*, std::string>> listed;
    size_t rows = 0;
    for (const auto& g : r.overdue) {
        rows += g.items.size();
        for (const auto& i : g.items) listed.insert({i.task, i.occurrence + (i.due ? i.due->iso() : "")});
    }
    CHECK(listed.size() == static_cast<size_t>(overdue));
    CHECK(rows > listed.size());  // STTTT II.3 (CNTT, TTBCXB) is under both
    CHECK(r.score.total.total() == score.total.total());
    CHECK(r.score.total.met == score.total.met);
    CHECK(r.score.total.not_met == score.total.not_met);
    // The plans in force at 29/11/2024: the 2022 and 2023 plans have ended.
    CHECK(r.plans.size() == shipped().plans.size() - 2);
    for (const Plan* p : r.plans) CHECK(p->year.value == 2024);
}

TEST_CASE("build_report: next period, reporting duties, completed work and difficulties") {
    const ReportData r = november();
    CHECK(r.next.str() == "2024-12");
    for (const auto& i : r.upcoming) {
        CHECK(*i.due >= r.as_of);
        CHECK(*i.due <= Date{2024, 12, 31});
    }
    bool bc_ubnd = false;
    for (const auto& i : r.duties)
        if (i.plan->stem == "2024-khac-phuc-par-sipas" && i.task->id.value == "bc-ubnd")
            bc_ubnd = *i.due == Date{2024, 12, 19};
    CHECK(bc_ubnd);
    REQUIRE(r.completed.size() == 1);  // the example journal: I.2.1 done on 18/11/2024
    CHECK(r.completed[0].task->id.value == "I.2.1");
    CHECK(r.completed[0].evidence.find("03 sáng kiến") != std::string::npos);
    REQUIRE(r.issues.size() == 2);
    CHECK(r.issues[0].kind == ReportIssue::Kind::blocked);
    CHECK(r.issues[0].task->id.value == "II.3");
    CHECK(r.issues[0].date == Date{2024, 8, 20});
    CHECK(r.issues[1].kind == ReportIssue::Kind::flagged);
    CHECK(r.issues[1].plan == nullptr);  // an agency-wide note
    CHECK(r.issues[1].date == Date{2024, 11, 20});
}

TEST_CASE("build_report: --unit narrows every section like `cchc due --unit`") {
    std::vector<std::string> hints;
    const auto vp = make_unit_filter(shipped(), "VP", hints);
    REQUIRE(vp);
    const ReportData r = november(&*vp);
    DueQuery dq;
    dq.as_of = r.as_of;
    dq.units = &*vp;
    const DueReport due = compute_due(shipped(), calendar_for(shipped().settings), dq);
    CHECK(r.overall.open() == static_cast<int>(due.items.size()));
    CHECK(r.overall.done == due.done);
    // Only VP and its sub-units (BPMC, the hotline, the records clerk …) have rows.
    for (const auto& u : r.units) {
        bool inside = false;
        for (const auto& [agency, codes] : vp->units) inside = inside || codes.count(u.code) > 0;
        CHECK_MESSAGE(inside, u.code);
    }
    // VP supports II.3 (blocked), so it stays, as in `cchc due --unit VP`.
    REQUIRE(!r.issues.empty());
    CHECK(r.issues[0].task->id.value == "II.3");
}

TEST_CASE("report_markdown: sections in briefing order, NFC, charts on request, English") {
    const ReportData r = november();
    const std::string md = report_markdown(r, {Lang::vi, true});
    const char* order[] = {"# Báo cáo kết quả",
                           "## 1. Tình hình chung",
                           "## 2. Nhiệm vụ quá hạn",
                           "## 3. Nhiệm vụ đến hạn",
                           "## 4. Kết quả thực hiện chỉ tiêu",
                           "## 5. Tình hình theo đơn vị",
                           "## 6. Kết quả hoàn thành",
                           "## 7. Khó khăn, vướng mắc và đề xuất"};
    size_t at = 0;
    for (const char* h : order) {
        const size_t found = md.find(h, at);
        CHECK_MESSAGE(found != std::string::npos, h);
        if (found != std::string::npos) at = found;
    }
    CHECK(md == nfc(md));
    CHECK(count_of(md, "```mermaid\n") == 2);
    CHECK(count_of(md, "\npie showData\n") == 1);
    CHECK(count_of(md, "\nxychart-beta\n") == 1);
    CHECK(md.find("\"pie1\": ") != std::string::npos);  // colours with meaning, not Mermaid's default
    CHECK(md.find("y-axis \"Số chỉ tiêu\" 0 --> ") != std::string::npos);  // the axis from 0
    CHECK(md.find("Trước ngày 20/12/2024 (hạn cuối 19/12/2024)") != std::string::npos);
    // As golden/report-2024-11.md: TTCONG's monthly article is the 11th overdue; 129 items in
    // all, the two year-end assessments (SNV's and STTTT's annual reports) among them.
    CHECK(md.find("| Quá hạn | 11 | 8,5% |") != std::string::npos);
    CHECK(md.find("| **Tổng cộng** | 129 | 100% |") != std::string::npos);
    const std::string plain = report_markdown(r, {Lang::vi, false});
    CHECK(plain.find("```mermaid") == std::string::npos);
    const std::string en = report_markdown(r, {Lang::en, false});
    CHECK(en.find("## 7. Difficulties and proposals") != std::string::npos);
    CHECK(en.find("November 2024") != std::string::npos);
}

TEST_CASE("report Markdown helpers: escaping, whole cells, period words, percentages") {
    using namespace report_md;
    CHECK(text("a *b* [c](d) <br> `e`") == "a \\*b\\* \\[c\\](d) \\<br> \\`e\\`");
    CHECK(text("nv_dung_han _x_") == "nv_dung_han \\_x\\_");
    CHECK(text("dòng một\n  dòng hai") == "dòng một dòng hai");
    CHECK(text("a\nb", false) == "a\nb");
    const std::string long_text(400, 'x');
    CHECK(cell(long_text + "\n") == long_text);  // whole: never cut with "…"
    CHECK(occurrence_words("tuan/2024-W47", Lang::vi) == "tuần 47/2024");
    CHECK(occurrence_words("2024-W05", Lang::en) == "week 5 of 2024");
    CHECK(occurrence_words("2024-11", Lang::vi) == "tháng 11/2024");
    CHECK(occurrence_words("bc-vp", Lang::vi).empty());
    CHECK(cell("Nhiệm vụ | có gạch") == "Nhiệm vụ | có gạch");  // '|' is render_markdown's to escape
    CHECK(percent(3, 8, Lang::vi) == "37,5%");
    CHECK(percent(3, 8, Lang::en) == "37.5%");
    CHECK(percent(1, 0, Lang::vi) == "0%");
}

TEST_CASE("report_json: the same sections as data") {
    const std::string j = report_json(november());
    for (const char* key :
         {"\"period\"", "\"next_period\"", "\"as_of\":\"2024-11-29\"", "\"plans\"", "\"overall\"", "\"overdue\"",
          "\"due_next\"", "\"targets\"", "\"units\"", "\"completed\"", "\"issues\"", "\"reporting_duties\""})
        CHECK_MESSAGE(j.find(key) != std::string::npos, key);
}
