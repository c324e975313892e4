#pragma once
// Due items as an iCalendar file (RFC 5545) that Outlook and Google Calendar import:
// one VTODO per dated item, with an all-day DUE.
#include <string>

#include "cchc/due.hpp"
#include "cchc/messages.hpp"

namespace cchc {

// `stamp` is the DTSTAMP in UTC, "YYYYMMDDTHHMMSSZ" (the caller reads the clock).
std::string due_ics(const DueReport& r, Lang lang, const std::string& stamp);

// RFC 5545 text escaping (\\ \; \, \n) and line folding at 75 octets without splitting
// a UTF-8 character.
std::string ics_escape(std::string_view s);
std::string ics_fold(std::string_view line);

}  // namespace cchc
