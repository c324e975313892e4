// Tests for lib/render/ics.cpp: RFC 5545 escaping, folding at 75 octets without splitting a UTF-8
// character, CRLF line ends, and the all-day VEVENTs of a due report (the fixture repository).
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "model/calendar_settings.hpp"
#include "render/ics.hpp"
#include "state/repository.hpp"

using namespace cchc;

namespace {

// Physical lines without their CRLF; fails on a bare LF or CR.
std::vector<std::string> crlf_lines(const std::string& s) {
    std::vector<std::string> out;
    size_t start = 0;
    while (start < s.size()) {
        const size_t end = s.find("\r\n", start);
        REQUIRE(end != std::string::npos);  // the last line ends with CRLF too
        out.push_back(s.substr(start, end - start));
        CHECK(out.back().find('\n') == std::string::npos);
        CHECK(out.back().find('\r') == std::string::npos);
        start = end + 2;
    }
    return out;
}

bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// RFC 5545 §3.1 unfolding.
std::string unfold(const std::string& s) {
    std::string out;
    for (const auto& line : crlf_lines(s)) out += line.empty() || line[0] != ' ' ? (out.empty() ? "" : "\n") + line : line.substr(1);
    return out;
}

const Repository& fixture() {
    static const Repository repo = [] {
        Diagnostics diags;
        return load_repository(std::filesystem::path(CCHC_SOURCE_DIR) / "tests/e2e/fixtures/due", diags);
    }();
    return repo;
}

DueReport fixture_report(int window = 30) {
    DueQuery q;
    q.as_of = Date{2024, 6, 10};
    q.window = window;
    return compute_due(fixture(), calendar_for(fixture().settings), q);
}

}  // namespace

TEST_CASE("ics_escape: backslash, semicolon, comma and newline; CR dropped; colon kept") {
    CHECK(ics_escape("a,b;c\\d\ne\r\nf") == "a\\,b\\;c\\\\d\\ne\\nf");
    CHECK(ics_escape("Kế hoạch: 15/12") == "Kế hoạch: 15/12");
    CHECK(ics_escape("").empty());
}

TEST_CASE("ics_fold: at most 75 octets a line, CRLF, a space starts each continuation") {
    CHECK(ics_fold("BEGIN:VTODO") == "BEGIN:VTODO\r\n");
    const std::string a75(75, 'a');
    CHECK(ics_fold(a75) == a75 + "\r\n");
    CHECK(ics_fold(a75 + "b") == a75 + "\r\n b\r\n");
    // A continuation holds 74 octets after its space.
    const std::string long_ascii(75 + 74 + 10, 'x');
    const auto lines = crlf_lines(ics_fold(long_ascii));
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].size() == 75);
    CHECK(lines[1].size() == 75);
    CHECK(lines[2] == " " + std::string(10, 'x'));
    CHECK(ics_fold("").empty() == false);
    CHECK(ics_fold("") == "\r\n");
}

TEST_CASE("ics_fold: never splits a UTF-8 character") {
    // 74 ASCII octets, then "ệ" (3 octets): it does not fit on the first line.
    const std::string s = std::string(74, 'a') + "ệ";
    CHECK(ics_fold(s) == std::string(74, 'a') + "\r\n ệ\r\n");
    // Long Vietnamese text, 2-, 3- and 4-octet characters at every offset.
    for (int shift = 0; shift < 4; ++shift) {
        std::string text = "SUMMARY:" + std::string(shift, '-');
        for (int k = 0; k < 30; ++k) text += "Đường dây nóng hỗ trợ 😀 ";
        CAPTURE(shift);
        const std::string folded = ics_fold(text);
        for (const auto& line : crlf_lines(folded)) {
            CHECK(line.size() <= 75);
            REQUIRE_FALSE(line.empty());
            const size_t first = line[0] == ' ' ? 1 : 0;
            REQUIRE(line.size() > first);
            CHECK_FALSE(is_continuation(static_cast<unsigned char>(line[first])));
        }
        CHECK(unfold(folded) == text);
    }
}

// The value of PROPERTY in an unfolded component ("" when absent).
std::string prop(const std::string& component, const std::string& property) {
    const size_t at = component.find("\n" + property);
    if (at == std::string::npos) return "";
    const size_t from = at + 1 + property.size();
    return component.substr(from, component.find('\n', from) - from);
}

std::vector<std::string> components(const std::string& text, const std::string& name) {
    std::vector<std::string> out;
    for (size_t at = text.find("BEGIN:" + name + "\n"); at != std::string::npos; at = text.find("BEGIN:" + name + "\n", at + 1))
        out.push_back(text.substr(at, text.find("END:" + name, at) - at));
    return out;
}

TEST_CASE("due_ics: a VCALENDAR of all-day VEVENTs, every line CRLF and at most 75 octets") {
    const DueReport r = fixture_report();
    const std::string ics = due_ics(r, Lang::vi, "20240610T010203Z");
    const auto lines = crlf_lines(ics);
    REQUIRE(lines.size() > 4);
    CHECK(lines.front() == "BEGIN:VCALENDAR");
    CHECK(lines[1] == "VERSION:2.0");
    CHECK(lines.back() == "END:VCALENDAR");
    for (const auto& l : lines) CHECK(l.size() <= 75);

    size_t dated = 0;
    for (const auto& i : r.items) dated += i.due ? 1 : 0;
    const std::string text = unfold(ics);
    CHECK(text.find("BEGIN:VTODO") == std::string::npos);
    const auto events = components(text, "VEVENT");
    CHECK(events.size() == dated);
    for (const auto& e : events) {
        CAPTURE(e);
        CHECK(!prop(e, "UID:").empty());
        CHECK(prop(e, "DTSTAMP:") == "20240610T010203Z");
        CHECK(!prop(e, "SUMMARY:").empty());
        // All day: DTSTART a date, DTEND the next day.
        const auto start = parse_iso_date(prop(e, "DTSTART;VALUE=DATE:").insert(6, "-").insert(4, "-"));
        const auto end = parse_iso_date(prop(e, "DTEND;VALUE=DATE:").insert(6, "-").insert(4, "-"));
        REQUIRE(start);
        REQUIRE(end);
        CHECK(end->serial() == start->serial() + 1);
        // A reminder before the day.
        const auto alarms = components(e, "VALARM");
        REQUIRE(alarms.size() == 1);
        CHECK(prop(alarms[0], "TRIGGER:") == "-P3D");
        CHECK(prop(alarms[0], "ACTION:") == "DISPLAY");
        CHECK(!prop(alarms[0], "DESCRIPTION:").empty());
    }
    const auto monthly = std::find_if(events.begin(), events.end(), [](const std::string& e) {
        return prop(e, "UID:") == "test/stn/2024-kiem-thu#hang-thang@2024-02@cchc";
    });
    REQUIRE(monthly != events.end());
    CHECK(prop(*monthly, "DTSTART;VALUE=DATE:") == "20240229");
    CHECK(prop(*monthly, "DTEND;VALUE=DATE:") == "20240301");
    CHECK(prop(*monthly, "DESCRIPTION:").find("\\nBắt đầu: 01/02/2024") != std::string::npos);
    CHECK(text.find("SUMMARY:[CCHC] 1 Nhiệm vụ có hạn một ngày\n") != std::string::npos);
    CHECK(text.find("DESCRIPTION:Kế hoạch: test/stn/2024-kiem-thu\\nThời gian thực hiện: Tháng 3\\, Tháng 9\\n") !=
          std::string::npos);
}

TEST_CASE("due_ics: every VEVENT has its own UID") {
    // cac-moc lists an overdue milestone (14/05) and the next one (04/07): two events.
    const std::string text = unfold(due_ics(fixture_report(), Lang::vi, "20240610T010203Z"));
    std::multiset<std::string> uids;
    for (size_t at = text.find("\nUID:"); at != std::string::npos; at = text.find("\nUID:", at + 1))
        uids.insert(text.substr(at + 5, text.find('\n', at + 1) - at - 5));
    for (const auto& u : uids) {
        CAPTURE(u);
        CHECK(uids.count(u) == 1);
    }
}

TEST_CASE("due_ics: the due-soon category names the report's window") {
    const std::string text = unfold(due_ics(fixture_report(10), Lang::vi, "20240610T010203Z"));
    CHECK(text.find("CATEGORIES:Đến hạn trong 10 ngày tới\n") != std::string::npos);
    CHECK(text.find("CATEGORIES:Đến hạn trong 30 ngày tới\n") == std::string::npos);
}

TEST_CASE("due_ics: SUMMARY on one line, commas and semicolons escaped, the day after as DTEND") {
    // Task texts copied from plans keep their line breaks and list dashes.
    Plan plan;
    plan.id = "t/x/2024-kh";
    Task task;
    task.id.value = "I.2";
    task.stt.value = "2";
    task.task.value = "- Rà soát, cập nhật;\n  - công khai TTHC\r\n";
    DueItem item;
    item.plan = &plan;
    item.task = &task;
    item.due = Date{2024, 12, 31};
    item.group = DueGroup::later;
    DueReport r;
    r.items.push_back(item);
    const std::string text = unfold(due_ics(r, Lang::vi, "20241201T000000Z"));
    const auto events = components(text, "VEVENT");
    REQUIRE(events.size() == 1);
    CHECK(prop(events[0], "SUMMARY:") == "[CCHC] 2 - Rà soát\\, cập nhật\\; - công khai TTHC");
    CHECK(prop(events[0], "DTSTART;VALUE=DATE:") == "20241231");
    CHECK(prop(events[0], "DTEND;VALUE=DATE:") == "20250101");
    CHECK(prop(events[0], "UID:") == "t/x/2024-kh#I.2@2024-12-31@cchc");
}

TEST_CASE("due_ics: the later items only when asked (due --all), as in the table") {
    const DueReport r = fixture_report();
    size_t dated = 0, later = 0;
    for (const auto& i : r.items) {
        dated += i.due ? 1 : 0;
        later += i.due && i.group == DueGroup::later ? 1 : 0;
    }
    REQUIRE(later > 0);
    CHECK(components(unfold(due_ics(r, Lang::vi, "20240610T010203Z", {.later = true})), "VEVENT").size() == dated);
    const auto events = components(unfold(due_ics(r, Lang::vi, "20240610T010203Z", {.later = false})), "VEVENT");
    CHECK(events.size() == dated - later);
    for (const auto& e : events) CHECK(!prop(e, "CATEGORIES:").starts_with("Chưa đến hạn"));
}

TEST_CASE("due_ics: timed reminders, 08:00 three days before (the as-of date at the earliest), none when overdue") {
    const DueReport r = fixture_report();
    const std::string text = unfold(due_ics(r, Lang::vi, "20240610T010203Z", {.later = true, .timed_reminders = true}));
    std::vector<std::string> reminders;
    for (const auto& e : components(text, "VEVENT"))
        if (prop(e, "UID:").ends_with("@reminder@cchc")) reminders.push_back(e);
    size_t expected = 0;
    for (const auto& i : r.items) expected += i.due && *i.due >= r.as_of ? 1 : 0;
    REQUIRE(expected > 0);
    CHECK(reminders.size() == expected);
    for (const auto& e : reminders) {
        CAPTURE(e);
        const std::string start = prop(e, "DTSTART:");
        REQUIRE(start.size() == 15);
        CHECK(start.substr(8) == "T080000");
        CHECK(prop(e, "DTEND:") == start.substr(0, 8) + "T081500");
        const auto day = parse_iso_date(start.substr(0, 8).insert(6, "-").insert(4, "-"));
        REQUIRE(day);
        CHECK(*day >= r.as_of);
        // Its deadline's event: the same UID without "@reminder", three days later or less.
        const std::string uid = prop(e, "UID:");
        const std::string deadline_uid = uid.substr(0, uid.size() - std::string("@reminder@cchc").size()) + "@cchc";
        const size_t at = text.find("UID:" + deadline_uid + "\n");
        REQUIRE(at != std::string::npos);
        const auto due = parse_iso_date(text.substr(text.find("DTSTART;VALUE=DATE:", at) + 19, 8).insert(6, "-").insert(4, "-"));
        REQUIRE(due);
        CHECK(due->serial() - day->serial() <= kReminderDays);
        CHECK((due->serial() - day->serial() == kReminderDays || *day == r.as_of));
        CHECK(prop(e, "SUMMARY:").starts_with("[CCHC] Sắp đến hạn " + due->dmy() + ": "));
        const auto alarms = components(e, "VALARM");
        REQUIRE(alarms.size() == 1);
        CHECK(prop(alarms[0], "TRIGGER:") == "PT0S");
    }
}
