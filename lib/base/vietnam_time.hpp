#pragma once
// Dates in Vietnam's time (UTC+7, no daylight saving). lib/ never reads the clock: the
// caller passes the current time in.
#include <ctime>

#include "base/date.hpp"

namespace cchc {

inline constexpr long kVietnamUtcOffsetSeconds = 7 * 3600;

// The calendar date in Hà Nội at the instant `unix_seconds` (seconds since the epoch, UTC):
// 23:00 UTC is already the next day there.
Date vietnam_date(std::time_t unix_seconds);

}  // namespace cchc
