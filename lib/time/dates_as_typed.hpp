#pragma once
// Dates and periods as people type them and read them: on the command line, in a file
// (parse_user_date), and the names of report periods. Files keep absolute dates only.
#include <optional>
#include <string>
#include <string_view>

#include "base/date.hpp"
#include "yaml/messages.hpp"

namespace cchc {

// Dates as users write them: 2024-02-29 or 29/02/2024. nullopt when impossible.
std::optional<Date> parse_user_date(std::string_view s);
// Dates typed on the command line: those above, and relative to `today`: "hôm nay"/"today",
// "hôm qua"/"yesterday", "ngày mai"/"tomorrow", "+7" / "-3" (days from today), "25/11"
// (this year). Accents and case do not matter. Files keep absolute dates only.
std::optional<Date> parse_typed_date(std::string_view s, const Date& today);

// Report periods as people type them: --month 11/2024, 2024-11, "tháng 11/2024";
// --quarter Q4/2024, 2024-Q4, "quý 4/2024", "quý IV/2024"; --year 2024, "năm 2024".
// Case and diacritics do not matter ("quy iv/2024").
// A period of `kind` (month, quarter or year) read from `text`; nullopt when it is not one.
std::optional<Period> parse_period_as_typed(Period::Kind kind, std::string_view text);
// --month 2024-11 / --quarter 2024-Q4 / --year 2024: exactly that form, else nullopt.
std::optional<Period> parse_report_period(Period::Kind kind, std::string_view text);
// "tháng 11/2024", "quý IV/2024", "năm 2024" / "November 2024", "Q4 2024", "2024".
std::string period_label(const Period& p, Lang lang);
// The default as-of date: the period's last day, or `today` while the period is not over.
Date default_report_as_of(const Period& p, Date today);

}  // namespace cchc
