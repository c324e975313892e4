#pragma once
// Due items as an iCalendar file (RFC 5545) that khal, calcurse, Outlook and Google Calendar
// import: one all-day VEVENT per dated item, on its deadline, with a reminder (VALARM)
// kReminderDays before. Events rather than to-dos: most calendars show VTODOs nowhere, or
// without their date.
#include <string>
#include <string_view>

#include "track/due.hpp"
#include "yaml/messages.hpp"

namespace cchc {

inline constexpr int kReminderDays = 3;

// Every SUMMARY starts with this tag: calcurse keeps no UID, so a re-import is "remove what
// cchc put there (calcurse -P --filter-pattern '^\[CCHC\] '), then import", and the tag is
// what tells cchc's entries from the user's own.
inline constexpr std::string_view kIcsTag = "[CCHC] ";

struct IcsOptions {
    // Items due after the window (DueGroup::later); `due --all` sets it, as in the table.
    bool later = true;
    // Each reminder also as a timed appointment (08:00–08:15, floating local time,
    // kReminderDays before the deadline, never before the as-of date, none for an overdue
    // item) with its own VALARM: calcurse reads alarms of appointments only, never of
    // all-day events. UID: the deadline's UID with "@reminder" before "@cchc".
    bool timed_reminders = false;
};

// `stamp` is the DTSTAMP in UTC, "YYYYMMDDTHHMMSSZ" (the caller reads the clock).
std::string due_ics(const DueReport& r, Lang lang, const std::string& stamp, const IcsOptions& o = {});

// RFC 5545 text escaping (\\ \; \, \n) and line folding at 75 octets without splitting
// a UTF-8 character.
std::string ics_escape(std::string_view s);
std::string ics_fold(std::string_view line);

}  // namespace cchc
