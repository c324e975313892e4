// Tests for lib/render/due_render.cpp and lib/render/due_words.cpp: a due report, built by hand, as a
// terminal table, Markdown, CSV and JSON, in Vietnamese and English.
#include <doctest/doctest.h>

#include <string>

#include "render/due_render.hpp"

using namespace cchc;

namespace {

size_t occurrences_of(const std::string& s, const std::string& what) {
    size_t n = 0;
    for (size_t at = s.find(what); at != std::string::npos; at = s.find(what, at + what.size())) ++n;
    return n;
}

// One item per group; plan and tasks owned here so the items can point at them.
struct Sample {
    SourceFile file;
    Plan plan;
    std::vector<Task> tasks;
    DueReport report;

    Sample() {
        file.path = "plans/t/a/2024-p.yaml";
        plan.id = "t/a/2024-p";
        plan.stem = "2024-p";
        plan.file = &file;
        const char* texts[] = {"Giao ban hằng tháng", "Báo cáo \"quý\" | phụ lục\ndòng hai", "Nhiệm vụ hôm nay",
                               "Khắc phục sau công bố", "Thường xuyên cập nhật", "Theo quy định", "Từ quý III",
                               "Trong năm, cả năm"};
        for (int k = 0; k < 8; ++k) {
            Task t;
            t.id.value = "T" + std::to_string(k + 1);
            t.stt.value = std::to_string(k + 1);
            t.task.value = texts[k];
            t.lead.push_back(Text{"VP", {}});
            t.pos.line = 10 + k;
            tasks.push_back(t);
        }
        tasks[1].support.push_back(Text{"CNTT", {}});
        report.as_of = Date{2024, 6, 10};
        report.window = 30;
        add(0, DueGroup::overdue, Date{2024, 2, 29}, -102);
        report.items.back().occurrence = "2024-02";
        report.items.back().missed = {"2024-02", "2024-03", "2024-04", "2024-05"};
        add(1, DueGroup::due_soon, Date{2024, 6, 15}, 5);
        report.items.back().role = Role::support;
        report.items.back().status = Status::blocked;
        add(2, DueGroup::due_soon, Date{2024, 6, 10}, 0);
        add(3, DueGroup::waiting, Date{2024, 6, 30}, 20);
        report.items.back().event = "Công bố Chỉ số";
        add(4, DueGroup::ongoing, std::nullopt, 0);
        add(5, DueGroup::no_date, std::nullopt, 0);
        add(6, DueGroup::later, std::nullopt, 0);
        report.items.back().start = Date{2024, 7, 1};
        add(7, DueGroup::later, Date{2024, 12, 31}, 204);
        report.items.back().status = Status::extended;
        report.items.back().extended = true;
        report.done = 3;
        report.cancelled = 1;
        report.total = Timeliness{1, 1, 0, 1};
        report.by_unit["VP"] = Timeliness{1, 1, 0, 1};
    }

    void add(int task, DueGroup g, std::optional<Date> due, long days) {
        DueItem i;
        i.plan = &plan;
        i.task = &tasks[task];
        i.group = g;
        i.due = due;
        i.days = days;
        report.items.push_back(i);
    }
};

}  // namespace

TEST_CASE("due words: statuses, roles, days, group titles") {
    CHECK(status_label(Status::planned, Lang::vi) == "chưa thực hiện");
    CHECK(status_label(Status::in_progress, Lang::vi) == "đang thực hiện");
    CHECK(status_label(Status::done, Lang::vi) == "hoàn thành");
    CHECK(status_label(Status::extended, Lang::vi) == "gia hạn");
    CHECK(status_label(Status::blocked, Lang::vi) == "vướng mắc");
    CHECK(status_label(Status::cancelled, Lang::vi) == "đã hủy");
    CHECK(status_label(Status::blocked, Lang::en) == "blocked");
    CHECK(status_label(Status::planned, Lang::en) == "not started");
    CHECK(role_label(Role::lead, Lang::vi) == "chủ trì");
    CHECK(role_label(Role::support, Lang::vi) == "phối hợp");
    CHECK(role_label(Role::support, Lang::en) == "support");
    CHECK(role_label(std::nullopt, Lang::vi).empty());
    const Sample s;
    CHECK(days_label(s.report.items[0], Lang::vi) == "quá 102 ngày (4 kỳ)");
    CHECK(days_label(s.report.items[0], Lang::en) == "102 days overdue (4 periods)");
    CHECK(days_label(s.report.items[1], Lang::vi) == "còn 5 ngày");
    CHECK(days_label(s.report.items[1], Lang::en) == "5 days left");
    CHECK(days_label(s.report.items[2], Lang::vi) == "hôm nay");
    CHECK(days_label(s.report.items[2], Lang::en) == "today");
    CHECK(days_label(s.report.items[4], Lang::vi).empty());
    CHECK(group_title(DueGroup::due_soon, 7, Lang::vi) == "Đến hạn trong 7 ngày tới");
    CHECK(group_title(DueGroup::due_soon, 7, Lang::en) == "Due in the next 7 days");
    CHECK(group_title(DueGroup::later, 30, Lang::vi) == "Chưa đến hạn (sau 30 ngày)");
    CHECK(group_title(DueGroup::overdue, 30, Lang::vi) == "Quá hạn");
    CHECK(group_title(DueGroup::waiting, 30, Lang::vi) == "Chờ sự kiện");
}

TEST_CASE("due_text: headings in group order with counts, later only counted unless --all") {
    const Sample s;
    const std::string t = due_text(s.report, DueRenderOptions{Lang::vi, 0, false});
    CHECK(t.rfind("Tính đến ngày 10/06/2024\n\n", 0) == 0);
    const char* headings[] = {"Quá hạn (1)\n", "Đến hạn trong 30 ngày tới (2)\n", "Chờ sự kiện (1)\n",
                              "Thường xuyên, đang diễn ra (1)\n",
                              "Không có hạn riêng (theo quy định, theo yêu cầu …) (1)\n",
                              "Chưa đến hạn (sau 30 ngày) (2)\n(dùng --all để liệt kê)\n"};
    size_t at = 0;
    for (const char* h : headings) {
        CAPTURE(h);
        const size_t found = t.find(h);
        REQUIRE(found != std::string::npos);
        CHECK(found >= at);
        at = found;
    }
    CHECK(t.find("Trong năm, cả năm") == std::string::npos);  // a later row: not listed
    CHECK(t.find("29/02/2024 [2024-02]") != std::string::npos);
    CHECK(t.find("sau: Công bố Chỉ số (dự kiến 30/06/2024)") != std::string::npos);
    CHECK(t.find("phối hợp") != std::string::npos);
    CHECK(t.find("vướng mắc") != std::string::npos);
    CHECK(t.find("Đã hoàn thành: 3 · đã hủy: 1\n") != std::string::npos);
    CHECK(t.find("Tiến độ hoàn thành: sớm hạn 1 · đúng hạn 1 · trễ hạn 0 · gia hạn 1\n") != std::string::npos);
    CHECK(t.find("  VP: sớm hạn 1 · đúng hạn 1 · trễ hạn 0 · gia hạn 1\n") != std::string::npos);

    const std::string all = due_text(s.report, DueRenderOptions{Lang::vi, 0, true});
    CHECK(all.find("(dùng --all để liệt kê)") == std::string::npos);
    CHECK(all.find("Trong năm, cả năm") != std::string::npos);
    CHECK(all.find("từ 01/07/2024") != std::string::npos);
    CHECK(all.find("31/12/2024") != std::string::npos);
}

TEST_CASE("due_text: English, and an empty report") {
    const Sample s;
    const std::string t = due_text(s.report, DueRenderOptions{Lang::en, 0, false});
    CHECK(t.rfind("As of 10/06/2024\n\n", 0) == 0);
    CHECK(t.find("Overdue (1)\n") != std::string::npos);
    CHECK(t.find("Due in the next 30 days (2)\n") != std::string::npos);
    CHECK(t.find("(use --all to list them)") != std::string::npos);
    CHECK(t.find("after: Công bố Chỉ số (expected 30/06/2024)") != std::string::npos);
    CHECK(t.find("Done: 3 · cancelled: 1\n") != std::string::npos);
    CHECK(t.find("Timeliness: early 1 · on time 1 · late 0 · extended 1\n") != std::string::npos);

    DueReport empty;
    empty.as_of = Date{2024, 6, 10};
    const std::string e = due_text(empty, DueRenderOptions{});
    CHECK(e == "Tính đến ngày 10/06/2024\n\nKhông có nhiệm vụ nào cần theo dõi.\n\nĐã hoàn thành: 0 · đã hủy: 0\n");
}

TEST_CASE("due_markdown: one GFM table per listed group, cells escaped") {
    const Sample s;
    const std::string md = due_markdown(s.report, DueRenderOptions{Lang::vi, 0, false});
    CHECK(md.rfind("# Việc cần theo dõi — tính đến ngày 10/06/2024\n\n", 0) == 0);
    CHECK(md.find("## Quá hạn (1)\n\n| kế hoạch | STT/mã | nhiệm vụ | vai trò | thời hạn | số ngày | trạng thái |\n"
                  "| --- | --- | --- | --- | --- | --- | --- |\n") != std::string::npos);
    CHECK(occurrences_of(md, "\n| --- |") == 5);  // later is only counted
    CHECK(md.find("## Chưa đến hạn (sau 30 ngày) (2)\n\n(dùng --all để liệt kê)") != std::string::npos);
    CHECK(md.find("Báo cáo \"quý\" \\| phụ lục<br>dòng hai") != std::string::npos);
    CHECK(md.find("| 2024-p | 1 | Giao ban hằng tháng |   | 29/02/2024 [2024-02] | quá 102 ngày (4 kỳ) | chưa thực hiện |\n") !=
          std::string::npos);
    // Every table row has the same number of unescaped pipes as the header (8).
    size_t start = 0;
    while (start < md.size()) {
        const size_t end = md.find('\n', start);
        const std::string line = md.substr(start, end - start);
        if (!line.empty() && line[0] == '|') {
            CAPTURE(line);
            CHECK(occurrences_of(line, "|") - occurrences_of(line, "\\|") == 8);
        }
        start = end == std::string::npos ? md.size() : end + 1;
    }
    const std::string all = due_markdown(s.report, DueRenderOptions{Lang::vi, 0, true});
    CHECK(occurrences_of(all, "\n| --- |") == 6);
}

TEST_CASE("due_csv (en): BOM, JSON codes, one CRLF row per item (RFC 4180), fields quoted when needed") {
    const Sample s;
    const std::string csv = due_csv(s.report, Lang::en);
    const std::string wj = "\u2060";  // keeps the STT text in a spreadsheet
    CHECK(csv.rfind("\xEF\xBB\xBFgroup,plan,id,stt,task,role,due,days,status,occurrence,file,line,agency\r\n", 0) == 0);
    CHECK(csv.find("overdue,t/a/2024-p,T1," + wj + "1,Giao ban hằng tháng,,2024-02-29,-102,planned,2024-02,plans/t/a/2024-p.yaml,10,\r\n") !=
          std::string::npos);
    CHECK(csv.find("later,t/a/2024-p,T8," + wj + "8,\"Trong năm, cả năm\",,2024-12-31,204,extended,,plans/t/a/2024-p.yaml,17") !=
          std::string::npos);
    CHECK(csv.find("ongoing,t/a/2024-p,T5," + wj + "5,Thường xuyên cập nhật,,,,planned,,") != std::string::npos);
}

TEST_CASE("due_csv (vi): Vietnamese headers, groups and statuses; the same values otherwise") {
    const Sample s;
    const std::string csv = due_csv(s.report, Lang::vi);
    CHECK(csv.rfind("\xEF\xBB\xBFnhóm,kế hoạch,mã,STT,nhiệm vụ,vai trò,thời hạn,số ngày,trạng thái,kỳ,tệp,dòng,cơ quan\r\n", 0) == 0);
    CHECK(csv.find("Quá hạn,t/a/2024-p,T1,\u20601,Giao ban hằng tháng,,2024-02-29,-102,chưa thực hiện,2024-02,") !=
          std::string::npos);
    CHECK(csv.find("overdue") == std::string::npos);
    CHECK(csv.find(",planned,") == std::string::npos);
}

TEST_CASE("due_json: the documented fields, null dates, timeliness and counts") {
    const Sample s;
    const std::string j = due_json(s.report, Lang::vi);
    CHECK(j.rfind("{\"as_of\":\"2024-06-10\",\"window\":30,\"items\":[", 0) == 0);
    CHECK(j.back() == '\n');
    CHECK(j.find("{\"plan\":\"t/a/2024-p\",\"agency\":\"\",\"id\":\"T1\",\"stt\":\"1\",\"task\":\"Giao ban hằng tháng\",\"lead\":[\"VP\"],"
                 "\"support\":[],\"role\":\"\",\"due\":\"2024-02-29\",\"days\":-102,\"group\":\"overdue\",\"status\":\"planned\","
                 "\"occurrence\":\"2024-02\",\"missed\":[\"2024-02\",\"2024-03\",\"2024-04\",\"2024-05\"]") != std::string::npos);
    CHECK(j.find("\"task\":\"Báo cáo \\\"quý\\\" | phụ lục\\ndòng hai\",\"lead\":[\"VP\"],\"support\":[\"CNTT\"],\"role\":\"support\"") !=
          std::string::npos);
    CHECK(j.find("\"id\":\"T5\"") != std::string::npos);
    CHECK(j.find("\"due\":null,\"days\":null,\"group\":\"ongoing\"") != std::string::npos);
    CHECK(j.find("\"group\":\"waiting\",\"status\":\"planned\",\"occurrence\":\"\",\"missed\":[],\"label\":\"\",\"extended\":false,"
                 "\"assumed\":false,\"event\":\"Công bố Chỉ số\"") != std::string::npos);
    CHECK(j.find("\"extended\":true") != std::string::npos);
    CHECK(j.find("\"file\":\"plans/t/a/2024-p.yaml\",\"line\":10,\"from\":[],\"milestone\":\"\",\"plan_ended\":false,"
                 "\"year_long\":false,\"assessment\":[]}") != std::string::npos);
    CHECK(j.find("\"group\":\"later\"") != std::string::npos);  // JSON always lists later items
    CHECK(occurrences_of(j, "\"plan\":") == 8);
    CHECK(j.find("],\"timeliness\":{\"total\":{\"early\":1,\"on_time\":1,\"late\":0,\"extended\":1},"
                 "\"by_unit\":{\"VP\":{\"early\":1,\"on_time\":1,\"late\":0,\"extended\":1}}},\"done\":3,\"cancelled\":1,\"left_out\":[],\"ended\":[],\"ongoing_ended\":0,\"recurring_owed_after\":{}}\n") !=
          std::string::npos);
}
