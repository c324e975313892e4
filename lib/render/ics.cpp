#include "render/ics.hpp"

#include <fmt/format.h>

#include "render/due_render.hpp"

namespace cchc {

std::string ics_escape(std::string_view s) {
    std::string out;
    for (char c : s) {
        if (c == '\\' || c == ';' || c == ',') out += {'\\', c};
        else if (c == '\n') out += "\\n";
        else if (c != '\r') out.push_back(c);
    }
    return out;
}

std::string ics_fold(std::string_view line) {
    std::string out;
    size_t used = 0;  // octets on the current physical line
    for (size_t i = 0; i < line.size();) {
        size_t len = 1;  // length of the UTF-8 sequence starting at i
        const unsigned char c = static_cast<unsigned char>(line[i]);
        if (c >= 0xF0) len = 4;
        else if (c >= 0xE0) len = 3;
        else if (c >= 0xC0) len = 2;
        len = std::min(len, line.size() - i);
        if (used + len > 75) {
            out += "\r\n ";
            used = 1;
        }
        out.append(line.substr(i, len));
        used += len;
        i += len;
    }
    return out + "\r\n";
}

namespace {

std::string ics_date(const Date& d) { return fmt::format("{:04}{:02}{:02}", d.year, d.month, d.day); }

// One whitespace-separated line: calendars show SUMMARY as a title, and some (calcurse)
// reject a summary with a line break.
std::string one_line(std::string_view s) {
    std::string out;
    bool blank = false;
    for (char c : s) {
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
            blank = !out.empty();
            continue;
        }
        if (blank) out += ' ', blank = false;
        out += c;
    }
    return out;
}

// The timed appointment that carries the reminder for calendars that ignore alarms of
// all-day events (calcurse); empty when the reminder day is past.
std::string reminder_vevent(const DueItem& i, const Date& as_of, const std::string& uid, const std::string& summary,
                            Lang lang, const std::string& stamp) {
    if (*i.due < as_of) return {};
    Date day = i.due->plus_days(-kReminderDays);
    if (day < as_of) day = as_of;
    const std::string text = std::string(kIcsTag) + tr("ics-reminder", lang) + i.due->dmy() + ": " + summary;
    std::string out;
    out += ics_fold("BEGIN:VEVENT");
    out += ics_fold("UID:" + ics_escape(uid) + "@reminder@cchc");
    out += ics_fold("DTSTAMP:" + stamp);
    // Floating times: 08:00 wherever the calendar is read, as a paper reminder would be.
    out += ics_fold("DTSTART:" + ics_date(day) + "T080000");
    out += ics_fold("DTEND:" + ics_date(day) + "T081500");
    out += ics_fold("SUMMARY:" + ics_escape(one_line(text)));
    out += ics_fold("TRANSP:TRANSPARENT");
    out += ics_fold("BEGIN:VALARM");
    out += ics_fold("ACTION:DISPLAY");
    out += ics_fold("TRIGGER:PT0S");
    out += ics_fold("DESCRIPTION:" + ics_escape(one_line(text)));
    out += ics_fold("END:VALARM");
    out += ics_fold("END:VEVENT");
    return out;
}

std::string vevent(const DueItem& i, const DueReport& r, Lang lang, const std::string& stamp, const IcsOptions& o) {
    const int window = r.window;
    // One event per task occurrence: milestones have no key, so their date tells them apart.
    // The year-end assessment shares its report's day: told apart by its own name.
    const std::string which = (i.assessed.empty() ? "" : "danh-gia-nam/") + (!i.occurrence.empty() ? i.occurrence : i.due->iso());
    const std::string uid = i.plan->id + "#" + i.task->id.value + "@" + which;
    std::string summary = (i.task->stt.value.empty() ? "" : i.task->stt.value + " ") + item_words(i, lang);
    std::string desc = tr("ics-plan", lang) + i.plan->id;
    if (!i.task->timing.value.empty()) desc += tr("ics-timing", lang) + i.task->timing.value;
    if (i.start && i.start < i.due) desc += tr("ics-starts", lang) + i.start->dmy();
    desc += tr("ics-status", lang) + status_label(i.status, lang);
    std::string out;
    out += ics_fold("BEGIN:VEVENT");
    out += ics_fold("UID:" + ics_escape(uid) + "@cchc");
    out += ics_fold("DTSTAMP:" + stamp);
    // An all-day event on the deadline: DTEND is the day after (exclusive, RFC 5545 3.6.1).
    out += ics_fold("DTSTART;VALUE=DATE:" + ics_date(*i.due));
    out += ics_fold("DTEND;VALUE=DATE:" + ics_date(i.due->plus_days(1)));
    out += ics_fold("SUMMARY:" + ics_escape(one_line(std::string(kIcsTag) + summary)));
    out += ics_fold("DESCRIPTION:" + ics_escape(desc));
    out += ics_fold("CATEGORIES:" + ics_escape(group_title(i.group, window, lang)));
    out += ics_fold("TRANSP:TRANSPARENT");  // a deadline does not make anyone busy
    out += ics_fold("BEGIN:VALARM");
    out += ics_fold("ACTION:DISPLAY");
    out += ics_fold(fmt::format("TRIGGER:-P{}D", kReminderDays));
    out += ics_fold("DESCRIPTION:" + ics_escape(one_line(tr("ics-due-soon", lang) + summary)));
    out += ics_fold("END:VALARM");
    out += ics_fold("END:VEVENT");
    if (o.timed_reminders) out += reminder_vevent(i, r.as_of, uid, summary, lang, stamp);
    return out;
}

}  // namespace

std::string due_ics(const DueReport& r, Lang lang, const std::string& stamp, const IcsOptions& o) {
    std::string out = ics_fold("BEGIN:VCALENDAR");
    out += ics_fold("VERSION:2.0");
    out += ics_fold("PRODID:-//cchc//cchc due//VI");
    out += ics_fold("CALSCALE:GREGORIAN");
    out += ics_fold("X-WR-CALNAME:" + ics_escape(tr("ics-calendar-name", lang)));
    for (const auto& i : r.items)
        if (i.due && (o.later || i.group != DueGroup::later)) out += vevent(i, r, lang, stamp, o);
    out += ics_fold("END:VCALENDAR");
    return out;
}

}  // namespace cchc
