#pragma once
// "Today" for every command: --as-of when given, else the date in Vietnam now.
#include <string>

#include "cchc/date.hpp"
#include "cchc/messages.hpp"

namespace cchc::cli {

// Parses --as-of (YYYY-MM-DD or dd/mm/yyyy); empty = today in Vietnam. Throws UsageError.
Date as_of_date(const std::string& as_of, Lang lang);

}  // namespace cchc::cli
