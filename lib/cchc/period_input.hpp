#pragma once
// Report periods as people type them: --month 11/2024, 2024-11, "tháng 11/2024";
// --quarter Q4/2024, 2024-Q4, "quý 4/2024", "quý IV/2024"; --year 2024, "năm 2024".
// Case and diacritics do not matter ("quy iv/2024").
#include <optional>
#include <string_view>

#include "cchc/date.hpp"

namespace cchc {

// A period of `kind` (month, quarter or year) read from `text`; nullopt when it is not one.
std::optional<Period> parse_period_as_typed(Period::Kind kind, std::string_view text);

}  // namespace cchc
