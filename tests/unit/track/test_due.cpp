// Tests for lib/track/due.cpp: compute_due on the fixture repository tests/e2e/fixtures/due
// (one task per deadline form, one per journal status; the dates are in its comments).
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "model/calendar_settings.hpp"
#include "track/due.hpp"
#include "check/rules.hpp"
#include "state/repository.hpp"
#include "support.hpp"

using namespace cchc;

namespace {

const std::filesystem::path kFixture = std::filesystem::path(CCHC_SOURCE_DIR) / "tests/e2e/fixtures/due";

Repository load_checked(const std::filesystem::path& root) {
    Diagnostics diags;
    Repository r = load_repository(root, diags);
    REQUIRE(diags.count(Severity::error) == 0);
    return r;
}

const Repository& fixture() {
    static const Repository repo = load_checked(kFixture);
    return repo;
}

Date d(int y, int m, int day) { return Date{y, m, day}; }

DueReport due_at(Date as_of, int window = 30, const UnitFilter* units = nullptr, std::optional<Role> role = {}) {
    DueQuery q;
    q.as_of = as_of;
    q.window = window;
    q.units = units;
    q.role = role;
    return compute_due(fixture(), calendar_for(fixture().settings), q);
}

// Every item of task `id` (a recurring task may have an overdue item and its next one).
std::vector<const DueItem*> items_of(const DueReport& r, const std::string& id) {
    std::vector<const DueItem*> out;
    for (const auto& i : r.items)
        if (i.task->id.value == id) out.push_back(&i);
    return out;
}

const DueItem* item(const DueReport& r, const std::string& id, DueGroup g) {
    for (const auto* i : items_of(r, id))
        if (i->group == g) return i;
    return nullptr;
}

// The item, which must exist (a failed REQUIRE, not a crash, when it does not).
const DueItem& must(const DueReport& r, const std::string& id, DueGroup g) {
    const DueItem* i = item(r, id, g);
    CAPTURE(id);
    REQUIRE(i != nullptr);
    return *i;
}

UnitFilter filter_for(const std::string& unit) {
    std::vector<std::string> suggestions;
    auto f = make_unit_filter(fixture(), unit, suggestions);
    REQUIRE(f.has_value());
    return *f;
}

struct Expect {
    const char* id;
    DueGroup group;
    std::optional<Date> due;
    long days;
};

}  // namespace

TEST_CASE("compute_due: every deadline form of the fixture as of Monday 10/06/2024") {
    const DueReport r = due_at(d(2024, 6, 10));
    CHECK(r.as_of == d(2024, 6, 10));
    CHECK(r.window == 30);
    using G = DueGroup;
    const Expect expected[] = {
        {"thang", G::overdue, d(2024, 2, 29), -102},
        {"hang-thang", G::overdue, d(2024, 2, 29), -102},   // 01 done; 02..05 missed
        {"hai-lan", G::overdue, d(2024, 3, 31), -71},
        {"cac-moc", G::overdue, d(2024, 5, 14), -27},       // "trước 15/05"
        {"sau-30-ngay", G::due_soon, d(2024, 6, 10), 0},    // 10/05 + 30 = Sun 09/06 -> Mon 10/06
        {"dinh-ky-quy", G::due_soon, d(2024, 6, 13), 3},    // before the 14th of June
        {"ngay", G::due_soon, d(2024, 6, 15), 5},
        {"quy", G::due_soon, d(2024, 6, 30), 20},
        {"hang-thang", G::due_soon, d(2024, 6, 30), 20},
        {"cac-moc", G::due_soon, d(2024, 7, 4), 24},
        {"gia-han", G::due_soon, d(2024, 7, 5), 25},        // extended from 31/05
        {"du-kien", G::waiting, d(2024, 6, 30), 20},        // expected 2024-Q2
        {"thuong-xuyen", G::ongoing, std::nullopt, 0},
        {"theo-quy-dinh", G::no_date, std::nullopt, 0},
        {"hai-lan", G::later, d(2024, 9, 30), 112},
        {"vuong-mac", G::later, d(2024, 9, 30), 112},
        {"truoc-ngay", G::later, d(2024, 12, 19), 192},     // "Trước ngày 20/12/2024"
        {"nam", G::later, d(2024, 12, 31), 204},
        {"tu-quy", G::later, std::nullopt, 0},              // "Từ Quý III/2024", not started
    };
    for (const auto& e : expected) {
        CAPTURE(e.id);
        CAPTURE(due_group_name(e.group));
        const DueItem* i = item(r, e.id, e.group);
        REQUIRE(i != nullptr);
        CHECK(i->due == e.due);
        if (e.due) CHECK(i->days == e.days);
    }
    // Done, cancelled and extended-then-done tasks leave the list.
    for (const char* gone : {"sau-3-ngay-lv", "som-han", "dung-han", "tre-han", "gia-han-xong", "huy"}) {
        CAPTURE(gone);
        CHECK(items_of(r, gone).empty());
    }
    // Grouped in order, dated first within a group.
    for (size_t k = 1; k < r.items.size(); ++k) {
        CHECK(r.items[k - 1].group <= r.items[k].group);
        if (r.items[k - 1].group == r.items[k].group && r.items[k].due) {
            REQUIRE(r.items[k - 1].due.has_value());
            CHECK(*r.items[k - 1].due <= *r.items[k].due);
        }
    }
    CHECK(must(r, "tu-quy", DueGroup::later).start == d(2024, 7, 1));
}

TEST_CASE("compute_due: recurring and several-date tasks: one overdue item with every missed key") {
    const DueReport r = due_at(d(2024, 6, 10));
    const DueItem& monthly = must(r, "hang-thang", DueGroup::overdue);
    CHECK(monthly.occurrence == "2024-02");  // 2024-01 closed by a done without occurrence
    CHECK(monthly.missed == std::vector<std::string>{"2024-02", "2024-03", "2024-04", "2024-05"});
    CHECK(must(r, "hang-thang", DueGroup::due_soon).occurrence == "2024-06");
    CHECK(items_of(r, "hang-thang").size() == 2);

    // 2024-Q1 closed by `occurrence: 2024-Q1`; the next is Q2.
    CHECK(items_of(r, "dinh-ky-quy").size() == 1);
    CHECK(must(r, "dinh-ky-quy", DueGroup::due_soon).occurrence == "2024-Q2");

    CHECK(must(r, "hai-lan", DueGroup::overdue).missed == std::vector<std::string>{"2024-03"});
    CHECK(must(r, "hai-lan", DueGroup::later).occurrence == "2024-09");

    // A single-deadline task never has `missed`.
    CHECK(must(r, "thang", DueGroup::overdue).missed.empty());

    // Ten days later the Q2 report is missed and Q3 comes next.
    const DueReport later = due_at(d(2024, 6, 20));
    const DueItem& q2 = must(later, "dinh-ky-quy", DueGroup::overdue);
    CHECK(q2.due == d(2024, 6, 13));
    CHECK(q2.missed == std::vector<std::string>{"2024-Q2"});
    CHECK(must(later, "dinh-ky-quy", DueGroup::later).due == d(2024, 9, 13));
}

TEST_CASE("compute_due: statuses, notes, done and cancelled counts, extension") {
    const DueReport r = due_at(d(2024, 6, 10));
    CHECK(r.done == 7);  // som-han, dung-han, tre-han, gia-han-xong, sau-3-ngay-lv, dinh-ky-quy Q1, hang-thang 01
    CHECK(r.cancelled == 1);
    const DueItem& blocked = must(r, "vuong-mac", DueGroup::later);
    CHECK(blocked.status == Status::blocked);
    CHECK(blocked.note == "Chờ kinh phí");
    const DueItem& extended = must(r, "gia-han", DueGroup::due_soon);
    CHECK(extended.status == Status::extended);
    CHECK(extended.extended);
    CHECK_FALSE(must(r, "ngay", DueGroup::due_soon).extended);
    CHECK(must(r, "ngay", DueGroup::due_soon).status == Status::planned);
    CHECK(must(r, "du-kien", DueGroup::waiting).event == "Công bố Chỉ số CCHC năm 2023");
    CHECK(must(r, "cac-moc", DueGroup::overdue).label == "BC thứ nhất");
    CHECK(must(r, "cac-moc", DueGroup::due_soon).label == "BC thứ hai");
}

TEST_CASE("compute_due: an open occurrence does not inherit the status of a closed one") {
    // Journal: hang-thang done (for 2024-01), dinh-ky-quy done for 2024-Q1. The items listed
    // are the still-open 2024-02.., 2024-06 and 2024-Q2: nobody has done them.
    const DueReport r = due_at(d(2024, 6, 10));
    for (const auto* i : items_of(r, "hang-thang")) {
        CAPTURE(i->occurrence);
        CHECK(i->status == Status::planned);
    }
    CHECK(must(r, "dinh-ky-quy", DueGroup::due_soon).status == Status::planned);
}

TEST_CASE("compute_due: every milestone due within the window is listed") {
    // cac-moc: "BC thứ hai trước 05/07" (04/07, 24 days) and "BC thứ ba trước 10/07" (09/07,
    // 29 days) are two reports, both due in the next 30 days.
    const DueReport r = due_at(d(2024, 6, 10));
    std::string soon;
    for (const auto* i : items_of(r, "cac-moc"))
        if (i->group == DueGroup::due_soon) soon += i->label + " " + (i->due ? i->due->iso() : "-") + "; ";
    CHECK(soon == "BC thứ hai 2024-07-04; BC thứ ba 2024-07-09; ");
    // A month later all three are missed: three reports, each listed under its own words, and
    // "Các báo cáo đột xuất theo thời gian yêu cầu" without a date of its own.
    const DueReport july = due_at(d(2024, 7, 10));
    std::string missed;
    for (const auto* i : items_of(july, "cac-moc")) missed += i->label + " " + due_group_name(i->group) + "; ";
    CHECK(missed == "BC thứ nhất overdue; BC thứ hai overdue; BC thứ ba overdue; Các báo cáo đột xuất no_date; ");
}

TEST_CASE("compute_due: timeliness per lead unit against the original last day") {
    const DueReport r = due_at(d(2024, 6, 10));
    CHECK(r.total.early == 2);     // som-han (CNTT), dinh-ky-quy Q1 12/03 < 13/03 (VP)
    CHECK(r.total.on_time == 2);   // dung-han 15/05 (VP), sau-3-ngay-lv 04/05 (VP)
    CHECK(r.total.late == 2);      // tre-han 06/05 > 30/04 (BPMC), hang-thang 01 on 05/02 (VP)
    CHECK(r.total.extended == 1);  // gia-han-xong (all = VP, CNTT)
    CHECK(r.total.total() == 7);
    REQUIRE(r.by_unit.size() == 3);
    const Timeliness& vp = r.by_unit.at("stn:VP");
    CHECK(vp.early == 1);
    CHECK(vp.on_time == 2);
    CHECK(vp.late == 1);
    CHECK(vp.extended == 1);
    const Timeliness& cntt = r.by_unit.at("stn:CNTT");
    CHECK(cntt.early == 1);
    CHECK(cntt.extended == 1);
    CHECK(cntt.total() == 2);
    CHECK(r.by_unit.at("stn:BPMC").late == 1);
    CHECK(r.by_unit.at("stn:BPMC").total() == 1);
}

TEST_CASE("compute_due: --unit includes sub-units and groups; --role filters") {
    const UnitFilter vp = filter_for("van phong");  // alias without diacritics
    const DueReport r = due_at(d(2024, 6, 10), 30, &vp);
    CHECK(item(r, "thang", DueGroup::overdue));           // led by BPMC, a sub-unit of VP
    CHECK(item(r, "quy", DueGroup::due_soon));            // led by the group "all"
    CHECK(item(r, "tu-quy", DueGroup::later));            // led by "Văn phòng" (an alias)
    CHECK(item(r, "du-kien", DueGroup::waiting));         // supported by BPMC
    CHECK_FALSE(item(r, "nam", DueGroup::later));         // CNTT only
    CHECK_FALSE(item(r, "sau-30-ngay", DueGroup::due_soon));
    CHECK(must(r, "thang", DueGroup::overdue).role == Role::lead);
    CHECK(must(r, "truoc-ngay", DueGroup::later).role == Role::support);
    CHECK(must(r, "du-kien", DueGroup::waiting).role == Role::support);
    // Timeliness counts the filter's lead units only.
    CHECK(r.by_unit.count("stn:CNTT") == 0);
    CHECK(r.by_unit.at("stn:VP").total() == 5);
    CHECK(r.by_unit.at("stn:BPMC").late == 1);
    CHECK(r.done == 6);

    const DueReport lead = due_at(d(2024, 6, 10), 30, &vp, Role::lead);
    const DueReport support = due_at(d(2024, 6, 10), 30, &vp, Role::support);
    CHECK(lead.items.size() + support.items.size() == r.items.size());
    for (const auto& i : lead.items) CHECK(i.role == Role::lead);
    REQUIRE(support.items.size() == 2);  // truoc-ngay, du-kien
    for (const auto& i : support.items) CHECK(i.role == Role::support);

    const UnitFilter cntt = filter_for("Phòng CNTT");
    const DueReport c = due_at(d(2024, 6, 10), 30, &cntt);
    CHECK(item(c, "quy", DueGroup::due_soon));            // "all" holds CNTT
    CHECK(must(c, "thuong-xuyen", DueGroup::ongoing).role == Role::support);
    CHECK_FALSE(item(c, "thang", DueGroup::overdue));
    std::vector<std::string> none;
    CHECK_FALSE(make_unit_filter(fixture(), "Phòng không có", none).has_value());
}

TEST_CASE("compute_due: journal entries after as_of are ignored") {
    // 09/05: the decision of 10/05 is not yet known: the 30-day task waits for it.
    const DueReport before = due_at(d(2024, 5, 9));
    const DueItem& waiting = must(before, "sau-30-ngay", DueGroup::waiting);
    CHECK_FALSE(waiting.due.has_value());
    CHECK(waiting.event == "Quyết định công bố TTHC");
    // 03/05: event of 26/04 known, the done of 04/05 not yet: due Saturday 04/05 (làm bù).
    const DueReport may3 = due_at(d(2024, 5, 3));
    const DueItem& working = must(may3, "sau-3-ngay-lv", DueGroup::due_soon);
    CHECK(working.due == d(2024, 5, 4));
    CHECK(working.days == 1);
    CHECK(working.start == d(2024, 4, 27));
    CHECK(must(may3, "gia-han", DueGroup::due_soon).due == d(2024, 5, 31));  // not yet extended
    CHECK_FALSE(must(may3, "gia-han", DueGroup::due_soon).extended);
    CHECK(item(may3, "tre-han", DueGroup::overdue));      // April task, done only on 06/05
    CHECK(may3.done == 2);                                // hang-thang 01, dinh-ky-quy Q1
    CHECK(may3.cancelled == 1);
    CHECK(may3.total.total() == 2);
    // 20/01, after the issue date (15/01): nothing journalled yet.
    const DueReport jan = due_at(d(2024, 1, 20));
    CHECK(jan.done == 0);
    CHECK(jan.cancelled == 0);
    CHECK(item(jan, "huy", DueGroup::ongoing));  // "Trong năm 2024", nothing handed in: year-long
    CHECK(item(jan, "sau-3-ngay-lv", DueGroup::waiting));
}

TEST_CASE("compute_due: window boundaries") {
    // ngay: 15/06/2024. Five days ahead with a 5-day window is due soon; with 4 it is later.
    CHECK(item(due_at(d(2024, 6, 10), 5), "ngay", DueGroup::due_soon));
    CHECK(item(due_at(d(2024, 6, 10), 4), "ngay", DueGroup::later));
    CHECK(must(due_at(d(2024, 6, 15), 0), "ngay", DueGroup::due_soon).days == 0);  // due today
    CHECK(must(due_at(d(2024, 6, 16)), "ngay", DueGroup::overdue).days == -1);     // due yesterday
    // From its first day "Từ Quý III/2024" is ongoing.
    CHECK(item(due_at(d(2024, 6, 30)), "tu-quy", DueGroup::later));
    CHECK(item(due_at(d(2024, 7, 1)), "tu-quy", DueGroup::ongoing));
}

TEST_CASE("compute_due: entries appended to a copy of the fixture's journal") {
    char dir_template[] = "/tmp/cchc-test-due-XXXXXX";
    REQUIRE(mkdtemp(dir_template) != nullptr);
    const std::filesystem::path dir(dir_template);
    std::filesystem::copy(kFixture, dir, std::filesystem::copy_options::recursive);
    std::ofstream(dir / "plans/test/stn/journal/2024.yaml", std::ios::app)
        << "- { date: 2024-06-02, task: 2024-kiem-thu#tu-quy, status: cancelled }\n"
           "- { date: 2024-06-03, task: 2024-kiem-thu#cac-moc, occurrence: 2024-07-04, status: done }\n"
           "- { date: 2024-06-04, event: 2024-kiem-thu#cong-bo-chi-so }\n";
    const Repository repo = load_checked(dir);
    DueQuery q;
    q.as_of = Date{2024, 6, 10};
    const DueReport r = compute_due(repo, calendar_for(repo.settings), q);
    std::filesystem::remove_all(dir);
    // A milestone is closed by its last day; "sau khi … (dự kiến quý II)" keeps the expected
    // period's end as its deadline once the event happened (the yardstick for on time).
    CHECK(must(r, "cac-moc", DueGroup::due_soon).due == d(2024, 7, 9));
    CHECK(must(r, "du-kien", DueGroup::due_soon).due == d(2024, 6, 30));
    CHECK(must(r, "du-kien", DueGroup::due_soon).occurrence == "2024-06-04");
    CHECK(r.done == 8);
    // "Từ Quý III/2024" cancelled before it starts leaves the list and is counted.
    CHECK_FALSE(item(r, "tu-quy", DueGroup::later));
    CHECK(r.cancelled == 2);
}

namespace {

// A small repository of its own: internal milestones, recipients and repeated events.
const char* kRolesAgency = R"(name: Sở Thử nghiệm vai trò
units:
  VP: { name: Văn phòng Sở }
  BPMC: { name: Bộ phận Một cửa, parent: VP }
  CNTT: { name: Phòng Công nghệ thông tin }
  BGD: { name: Ban Giám đốc Sở }
  UBND: { name: Ủy ban nhân dân tỉnh, external: true }
groups:
  all: { name: "Các phòng, đơn vị thuộc Sở", members: [VP, CNTT] }
)";

const char* kRolesPlan = R"(number: "/KH-STV"
issued: "2024-01-15"
year: 2024
title: Kế hoạch thử nghiệm vai trò
events:
  qd: { name: Quyết định phê duyệt quy trình nội bộ }
  cb: { name: Công bố Chỉ số, expected: 2024-Q2 }
reporting:
  - { id: bc-vp, what: Các phòng báo cáo kết quả về Văn phòng Sở, lead: [all], informed: [VP], timing: Trước ngày 30/11/2024 }
sections:
  - id: I
    title: Nhiệm vụ
    tasks:
      - id: t1
        task: Triển khai kế hoạch
        timing: Trước ngày 14/12/2024
        milestones:
          - { id: gui-vp, what: Các đơn vị báo cáo về Văn phòng Sở, timing: trước ngày 05/12/2024, lead: [all], informed: [VP] }
          - { id: bc-gd, what: Văn phòng tham mưu Giám đốc báo cáo, timing: trước ngày 14/12/2024, lead: [VP], informed: [BGD] }
        lead: [all]
        support: [VP]
        informed: [BGD]
      - id: tuan
        task: Thống kê nhắc việc
        timing: Trong năm 2024
        milestones:
          - { what: Văn phòng thống kê gửi các đơn vị, timing: Định kỳ hàng tuần, lead: [VP], informed: [all] }
        lead: [VP]
      - id: qt
        task: Cập nhật quy trình nội bộ
        timing: Trong thời hạn 03 ngày làm việc kể từ ngày có Quyết định phê duyệt quy trình
        due: { after: qd, within: 3, working: true }
        lead: [CNTT]
      - id: hoi-thao
        task: Hội thảo sau khi công bố Chỉ số
        timing: Sau khi các Chỉ số được công bố (dự kiến trong quý II/2024)
        due: { after: cb, expected: 2024-Q2 }
        lead: [CNTT]
)";

const char* kRolesJournal = R"(- { date: 2024-04-26, event: 2024-vai-tro#qd }
- { date: 2024-04-30, task: 2024-vai-tro#qt, status: done }
- { date: 2024-05-20, event: 2024-vai-tro#cb }
- { date: 2024-06-15, task: 2024-vai-tro#hoi-thao, status: done }
- { date: 2024-10-07, event: 2024-vai-tro#qd }
- { date: 2024-11-20, task: 2024-vai-tro#tuan, occurrence: m1/2024-W46, status: done }
)";

// A repository of one agency (kRolesAgency's units) with one plan and its journal.
Repository load_one_agency(const std::string& plan_file, const std::string& plan, const std::string& journal) {
    const cchc::test::TempDir dir("cchc-test-due");
    const auto agency = dir.path / "plans/test/stv";
    std::filesystem::create_directories(agency / "journal");
    std::ofstream(agency / "agency.yaml") << kRolesAgency;
    std::ofstream(agency / plan_file) << plan;
    std::ofstream(agency / "journal/2024.yaml") << journal;
    return load_checked(dir.path);
}

struct RolesRepo {
    Repository repo;
    explicit RolesRepo(const std::string& extra_journal = "") {
        repo = load_one_agency("2024-vai-tro.yaml", kRolesPlan, kRolesJournal + extra_journal);
    }
    DueReport due(Date as_of, const std::string& unit = "", std::optional<Role> role = {}) const {
        DueQuery q;
        q.as_of = as_of;
        std::optional<UnitFilter> f;
        if (!unit.empty()) {
            std::vector<std::string> suggestions;
            f = make_unit_filter(repo, unit, suggestions);
            REQUIRE(f);
            q.units = &*f;
        }
        q.role = role;
        return compute_due(repo, calendar_for(repo.settings), q);
    }
};

const DueItem* milestone_item(const DueReport& r, const std::string& task, const std::string& milestone) {
    for (const auto& i : r.items)
        if (i.task->id.value == task && i.milestone == milestone) return &i;
    return nullptr;
}

}  // namespace

TEST_CASE("compute_due: the Office awaits the units' reports, it does not report to itself") {
    const RolesRepo t;
    const DueReport vp = t.due(d(2024, 11, 25), "VP");
    // The units' internal deadline: VP receives it, from `all`, due 04/12 (before 05/12).
    const DueItem* gui = milestone_item(vp, "t1", "gui-vp");
    REQUIRE(gui != nullptr);
    CHECK(gui->group == DueGroup::awaiting);
    CHECK(gui->role == Role::recipient);
    CHECK(gui->due == d(2024, 12, 4));
    CHECK(gui->from == std::vector<std::string>{"all"});
    CHECK(gui->occurrence == "gui-vp");
    CHECK(gui->label == "Các đơn vị báo cáo về Văn phòng Sở");
    // VP's own part of t1 is its milestone, led by VP; the task itself is not VP's to lead.
    const DueItem* gd = milestone_item(vp, "t1", "bc-gd");
    REQUIRE(gd != nullptr);
    CHECK(gd->role == Role::lead);
    CHECK(gd->group == DueGroup::due_soon);
    CHECK(gd->due == d(2024, 12, 13));
    CHECK_FALSE(milestone_item(vp, "t1", ""));
    // "Các phòng báo cáo về Văn phòng" led by `all` (VP is a member): VP is the recipient.
    const DueItem& bc = must(vp, "bc-vp", DueGroup::awaiting);
    CHECK(bc.role == Role::recipient);
    CHECK(bc.due == d(2024, 11, 29));
    CHECK(bc.from == std::vector<std::string>{"all"});
    // (The year-end assessment of VP's own year-long activity `tuan` is due with bc-vp, the
    // plan's one dated report, and VP leads that activity.)
    for (const auto& i : vp.items)
        CHECK_FALSE((i.task->id.value == "bc-vp" && i.role == Role::lead && i.assessed.empty()));

    // --role recipient keeps only what VP receives.
    const DueReport received = t.due(d(2024, 11, 25), "VP", Role::recipient);
    REQUIRE_FALSE(received.items.empty());
    for (const auto& i : received.items) CHECK(i.role == Role::recipient);
    CHECK(milestone_item(received, "t1", "gui-vp"));
    CHECK_FALSE(milestone_item(received, "t1", "bc-gd"));
}

TEST_CASE("compute_due: the other units see their own part of internal deadlines") {
    const RolesRepo t;
    const DueReport cntt = t.due(d(2024, 11, 25), "CNTT");
    const DueItem* gui = milestone_item(cntt, "t1", "gui-vp");
    REQUIRE(gui != nullptr);
    CHECK(gui->role == Role::lead);
    CHECK(gui->group == DueGroup::due_soon);
    const DueItem* task = milestone_item(cntt, "t1", "");
    REQUIRE(task != nullptr);  // CNTT leads the task itself (through `all`)
    CHECK(task->due == d(2024, 12, 13));
    CHECK_FALSE(milestone_item(cntt, "t1", "bc-gd"));
    CHECK(must(cntt, "bc-vp", DueGroup::due_soon).role == Role::lead);

    // The director receives VP's report; the weekly statistics go to the units, not to VP.
    const DueReport bgd = t.due(d(2024, 11, 25), "BGD");
    CHECK(milestone_item(bgd, "t1", "bc-gd"));
    CHECK(milestone_item(bgd, "t1", "bc-gd")->group == DueGroup::awaiting);
    CHECK_FALSE(milestone_item(bgd, "t1", ""));
    CHECK(milestone_item(cntt, "tuan", "m1")->role == Role::recipient);
    CHECK(milestone_item(t.due(d(2024, 11, 25), "VP"), "tuan", "m1")->role == Role::lead);

    // A unit named nowhere sees nothing; without a filter every internal deadline is listed.
    CHECK(t.due(d(2024, 11, 25), "UBND").items.empty());
    const DueReport all = t.due(d(2024, 11, 25));
    CHECK(milestone_item(all, "t1", "gui-vp"));
    CHECK(milestone_item(all, "t1", "bc-gd"));
    CHECK(milestone_item(all, "t1", ""));
}

TEST_CASE("compute_due: a journal closes an internal milestone by its id, and a week by id/key") {
    const RolesRepo t("- { date: 2024-12-03, task: 2024-vai-tro#t1, occurrence: gui-vp, status: done }\n");
    const DueReport vp = t.due(d(2024, 12, 5), "VP");
    CHECK_FALSE(milestone_item(vp, "t1", "gui-vp"));
    CHECK(milestone_item(vp, "t1", "bc-gd"));
    CHECK(milestone_item(t.due(d(2024, 12, 5), "CNTT"), "t1", ""));  // the task itself stays open
    // The weekly duty: W46 was done, so the missed weeks skip it.
    const DueItem* week = milestone_item(vp, "tuan", "m1");
    REQUIRE(week != nullptr);
    CHECK(week->group == DueGroup::overdue);
    CHECK(std::find(week->missed.begin(), week->missed.end(), "2024-W46") == week->missed.end());
    CHECK(std::find(week->missed.begin(), week->missed.end(), "2024-W47") != week->missed.end());
    // The plan was issued on Monday 15/01/2024: its first week is W03, none before.
    CHECK(week->occurrence == "m1/2024-W03");
}

TEST_CASE("compute_due: each recorded event is an occurrence with its own deadline") {
    const RolesRepo t;
    const DueReport r = t.due(d(2024, 11, 25));
    // 26/04 (Fri) + 3 working days, done 30/04; 07/10 (Mon) + 3 working days = Thu 10/10, open.
    const DueItem& second = must(r, "qt", DueGroup::overdue);
    CHECK(second.due == d(2024, 10, 10));
    CHECK(second.occurrence == "2024-10-07");
    CHECK(second.start == d(2024, 10, 8));
    CHECK(items_of(r, "qt").size() == 1);
    CHECK(r.by_unit.at("stv:CNTT").total() >= 1);

    // Before the second event, the first (done) leaves nothing to list.
    CHECK(items_of(t.due(d(2024, 9, 1)), "qt").empty());
    // Before any event: waiting.
    CHECK(item(t.due(d(2024, 4, 1)), "qt", DueGroup::waiting));
}

TEST_CASE("compute_due: the expected date stays the deadline after the event is recorded") {
    const RolesRepo t;
    // Recorded 20/05, expected in Q2: due 30/06, not "ongoing".
    const DueReport june = t.due(d(2024, 6, 1));  // kept: `must` returns a reference into it
    const DueItem& open = must(june, "hoi-thao", DueGroup::due_soon);
    CHECK(open.due == d(2024, 6, 30));
    CHECK(open.occurrence == "2024-05-20");
    CHECK_FALSE(item(t.due(d(2024, 6, 1)), "hoi-thao", DueGroup::ongoing));
    // Done 15/06: early against 30/06.
    const DueReport after = t.due(d(2024, 11, 25), "CNTT");
    CHECK(items_of(after, "hoi-thao").empty());
    CHECK(after.by_unit.at("stv:CNTT").early >= 1);
    // Before the event, still waiting with the expected date shown.
    const DueReport may = t.due(d(2024, 5, 1));
    const DueItem& waiting = must(may, "hoi-thao", DueGroup::waiting);
    CHECK(waiting.due == d(2024, 6, 30));
}

TEST_CASE("role_units: a group counts for its members except those named on their own") {
    const RolesRepo t;
    const Agency& a = *t.repo.agencies.front();
    auto refs = [](std::initializer_list<const char*> codes) {
        std::vector<Text> out;
        for (const char* c : codes) out.push_back(Text{c, {}});
        return out;
    };
    const RoleUnits r = role_units(a, refs({"all"}), {}, refs({"VP"}));
    CHECK(r.lead == std::set<std::string>{"CNTT"});
    CHECK(r.recipient == std::set<std::string>{"VP"});
    const RoleUnits s = role_units(a, refs({"all", "VP"}), {}, refs({"BGD"}));
    CHECK(s.lead == std::set<std::string>{"CNTT", "VP"});  // VP named in lead too: it leads
    const RoleUnits u = role_units(a, refs({"VP"}), {}, refs({"all"}));
    CHECK(u.lead == std::set<std::string>{"VP"});
    CHECK(u.recipient == std::set<std::string>{"CNTT"});
    CHECK(std::string(role_name(Role::recipient)) == "recipient");
}

namespace {

// SNV B.II.1's shape: two dated reports and "Các báo cáo đột xuất theo thời gian yêu cầu".
const char* kAdHocPlan = R"(number: "/KH-STV"
issued: "2024-01-15"
year: 2024
title: Kế hoạch thử nghiệm báo cáo đột xuất
sections:
  - id: I
    title: Nhiệm vụ
    tasks:
      - id: bc
        task: Thực hiện chế độ báo cáo định kỳ và đột xuất
        timing: trước 15/12; trước 05/12; theo thời gian yêu cầu
        milestones:
          - { what: BC rà soát, timing: trước 15/12 }
          - { what: BC theo dõi, timing: trước 05/12 }
          - { what: Các báo cáo đột xuất, timing: theo thời gian yêu cầu }
        lead: [VP]
)";

// The report's items point into the repository, so both are kept together.
struct AdHocDue {
    std::unique_ptr<Repository> repo;
    DueReport r;
};

AdHocDue ad_hoc_due(Date as_of, const std::string& journal) {
    auto repo = std::make_unique<Repository>(load_one_agency("2024-dot-xuat.yaml", kAdHocPlan, journal));
    DueQuery q;
    q.as_of = as_of;
    DueReport r = compute_due(*repo, calendar_for(repo->settings), q);
    return {std::move(repo), std::move(r)};
}

}  // namespace

TEST_CASE("compute_due: a milestone on request is listed without a date while the task is under way") {
    const auto listed_due = ad_hoc_due(d(2024, 11, 25), "");
    const DueReport& r = listed_due.r;
    std::string listed;
    for (const auto& i : r.items)
        listed += std::string(due_group_name(i.group)) + " " + i.label + " " + (i.due ? i.due->iso() : "-") + "; ";
    CHECK(listed == "due_soon BC theo dõi 2024-12-04; due_soon BC rà soát 2024-12-14; no_date Các báo cáo đột xuất -; ");
    // Never early, on time or late, and not a closed occurrence.
    CHECK(r.total.total() == 0);
    CHECK(r.done == 0);
    // Still listed, and not overdue, after both dated reports are past due.
    const auto late_due = ad_hoc_due(d(2024, 12, 20), "");
    const DueReport& late = late_due.r;
    CHECK(must(late, "bc", DueGroup::no_date).label == "Các báo cáo đột xuất");
    CHECK_FALSE(late.items.back().due);
    // Once the dated reports are done the task is no longer under way: nothing left listed.
    const auto done_due = ad_hoc_due(d(2024, 12, 20),
                                      "- { date: 2024-12-03, task: 2024-dot-xuat#bc, occurrence: 2024-12-04, status: done }\n"
                                      "- { date: 2024-12-16, task: 2024-dot-xuat#bc, occurrence: 2024-12-14, status: done }\n");
    const DueReport& done = done_due.r;
    CHECK(done.items.empty());
    CHECK(done.done == 2);
    CHECK(done.total.late == 1);  // 16/12 after 14/12: the dated reports still count
    // Cancelled as a whole: the on-request part goes with it.
    const auto cancelled_due =
        ad_hoc_due(d(2024, 11, 25), "- { date: 2024-11-20, task: 2024-dot-xuat#bc, status: cancelled }\n");
    CHECK(cancelled_due.r.items.empty());
}

namespace {

// SNV's shape: year-long activities ("Trong năm 2024", nothing handed in), a deliverable with
// the same words, a row marked `ongoing: false`, and the annual report before 05/12.
const char* kYearLongPlan = R"(number: "/KH-STV"
issued: "2024-01-15"
year: 2024
title: Kế hoạch thử nghiệm hoạt động cả năm
reporting:
  - { id: giao-ban, what: Báo cáo giao ban, lead: [VP], timing: Định kỳ hàng tháng }
  - { id: bc-ubnd, what: Báo cáo UBND tỉnh, lead: [VP], timing: trước ngày 05/12/2024 }
sections:
  - id: B
    title: Nhiệm vụ
    tasks:
      - id: ky-luat
        task: Chấp hành nghiêm kỷ luật, kỷ cương hành chính
        timing: Trong năm 2024
        lead: [CNTT]
      - id: mot-cua
        task: Thực hiện nghiêm túc quy định một cửa
        timing: Trong năm 2024
        lead: [VP]
      - id: quyet-dinh
        task: Kiện toàn chức năng, nhiệm vụ
        timing: Trong năm 2024
        targets: [ { deliverable: "Quyết định quy định chức năng, nhiệm vụ" } ]
        lead: [VP]
      - id: giu-han
        task: Kiểm tra công tác CCHC
        timing: Trong năm 2024
        ongoing: false
        lead: [VP]
      - id: quy-hai
        task: Duy trì ISO trong quý II
        timing: Quý II/2024
        ongoing: true
        lead: [VP]
)";

struct YearLongDue {
    std::unique_ptr<Repository> repo;
    DueReport r;
};

YearLongDue year_long_due(Date as_of, const std::string& journal, const std::string& unit = "") {
    auto repo = std::make_unique<Repository>(load_one_agency("2024-ca-nam.yaml", kYearLongPlan, journal));
    DueQuery q;
    q.as_of = as_of;
    std::optional<UnitFilter> f;
    if (!unit.empty()) {
        std::vector<std::string> suggestions;
        f = make_unit_filter(*repo, unit, suggestions);
        REQUIRE(f);
        q.units = &*f;
    }
    DueReport r = compute_due(*repo, calendar_for(repo->settings), q);
    return {std::move(repo), std::move(r)};
}

std::string listed(const DueReport& r) {
    std::string out;
    for (const auto& i : r.items) {
        out += i.task->id.value + " " + due_group_name(i.group) + " " + (i.due ? i.due->iso() : "-");
        if (i.year_long) out += " year-long";
        for (const Task* t : i.assessed) out += " +" + t->id.value;
        out += "; ";
    }
    return out;
}

}  // namespace

TEST_CASE("compute_due: year-long activities are ongoing all year and assessed once with the annual report") {
    const auto dec = year_long_due(d(2024, 12, 2), "");
    const std::string s = listed(dec.r);
    // Activities: ongoing, not due 31/12; quy-hai (ongoing: true) ended with its quarter.
    CHECK(s.find("ky-luat ongoing - year-long") != std::string::npos);
    CHECK(s.find("mot-cua ongoing - year-long") != std::string::npos);
    CHECK(s.find("quy-hai ongoing") == std::string::npos);
    CHECK(dec.r.ongoing_ended == 1);
    // What is handed in, and a row marked ongoing: false, keep their last day.
    CHECK(s.find("quyet-dinh due_soon 2024-12-31;") != std::string::npos);
    CHECK(s.find("giu-han due_soon 2024-12-31;") != std::string::npos);
    // One assessment, under the one-off report (not the monthly giao ban), due 04/12.
    CHECK(s.find("bc-ubnd due_soon 2024-12-04 +ky-luat +mot-cua +quy-hai;") != std::string::npos);
    CHECK(s.find("giao-ban due_soon 2024-12-31 +") == std::string::npos);
    // Never early, on time or late.
    CHECK(dec.r.total.total() == 0);

    // A unit sees only its own activities in the assessment.
    const auto cntt = year_long_due(d(2024, 12, 2), "", "CNTT");
    CHECK(listed(cntt.r) == "bc-ubnd due_soon 2024-12-04 +ky-luat; ky-luat ongoing - year-long; ");

    // On 2 January: the activities are over (counted), the undone assessment is overdue.
    const auto jan = year_long_due(d(2025, 1, 2), "");
    const std::string j = listed(jan.r);
    CHECK(j.find("year-long") == std::string::npos);
    CHECK(jan.r.ongoing_ended == 3);
    CHECK(j.find("bc-ubnd overdue 2024-12-04 +ky-luat +mot-cua +quy-hai;") != std::string::npos);

    // Recording the report done closes the assessment with it; nothing counted late or early
    // but the report itself.
    const auto done = year_long_due(d(2025, 1, 2), "- { date: 2024-12-03, task: 2024-ca-nam#bc-ubnd, status: done }\n");
    CHECK(listed(done.r).find("bc-ubnd") == std::string::npos);
    CHECK(done.r.total.total() == 1);
    CHECK(done.r.total.early == 1);
}

TEST_CASE("check: ongoing: true on a deadline that is not within a period is a warning") {
    const cchc::test::TempDir dir("cchc-test-ongoing");
    const auto agency = dir.path / "plans/test/stv";
    std::filesystem::create_directories(agency);
    std::ofstream(agency / "agency.yaml") << kRolesAgency;
    std::ofstream(agency / "2024-sai.yaml") << R"(number: "/KH-STV"
issued: "2024-01-15"
year: 2024
title: Sai
sections:
  - id: I
    title: Nhiệm vụ
    tasks:
      - { id: a, task: Báo cáo, timing: Trước ngày 20/12/2024, ongoing: true, lead: [VP] }
      - { id: b, task: Duy trì, timing: Trong năm 2024, ongoing: true, lead: [VP] }
)";
    const Repository repo = load_checked(dir.path);
    Diagnostics diags;
    run_rules(repo, diags);
    int found = 0;
    for (const auto& x : diags.items())
        if (x.code == "ongoing-not-period") {
            ++found;
            CHECK(x.severity == Severity::warning);
            CHECK(x.message.args.front() == "a");
            CHECK(x.line == 9);
        }
    CHECK(found == 1);
}
