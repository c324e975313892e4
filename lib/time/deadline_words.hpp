#pragma once
// A deadline's reading and a timing text's parse error in the user's language, for
// `cchc timing` (describe() stays the short, stable English form the JSON output keeps).
#include <string>

#include "time/deadline.hpp"
#include "yaml/messages.hpp"

namespace cchc {

// "trước 20/12/2024 (hạn cuối 19/12/2024)"; in English, describe(d).
std::string describe_in(const Deadline& d, Lang lang);

// A period in words: "quý IV/2024", "tháng 11/2024", "6 tháng đầu năm 2024"; in English Period::str().
std::string period_in(const Period& p, Lang lang);

// parse_timing()'s error ("unexpected words 'x'") in `lang`; unknown forms stay as they are.
std::string timing_error_in(const std::string& error, Lang lang);

}  // namespace cchc
