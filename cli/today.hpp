#pragma once
// "Today" for every command: --as-of when given, else the date in Vietnam now.
#include <string>

#include "base/date.hpp"
#include "yaml/messages.hpp"

namespace cchc::cli {

// Parses --as-of (a date as typed_date takes it); empty = today in Vietnam. Throws UsageError.
Date as_of_date(const std::string& as_of, Lang lang);
// A date typed on the command line (parse_typed_date, today in Vietnam); throws UsageError
// listing the forms accepted.
Date typed_date(const std::string& text, Lang lang);

}  // namespace cchc::cli
