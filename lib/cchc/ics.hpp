#pragma once
// Due items as an iCalendar file (RFC 5545) that khal, calcurse, Outlook and Google Calendar
// import: one all-day VEVENT per dated item, on its deadline, with a reminder (VALARM)
// kReminderDays before. Events rather than to-dos: most calendars show VTODOs nowhere, or
// without their date.
#include <string>

#include "cchc/due.hpp"
#include "cchc/messages.hpp"

namespace cchc {

inline constexpr int kReminderDays = 3;

// `stamp` is the DTSTAMP in UTC, "YYYYMMDDTHHMMSSZ" (the caller reads the clock).
std::string due_ics(const DueReport& r, Lang lang, const std::string& stamp);

// RFC 5545 text escaping (\\ \; \, \n) and line folding at 75 octets without splitting
// a UTF-8 character.
std::string ics_escape(std::string_view s);
std::string ics_fold(std::string_view line);

}  // namespace cchc
