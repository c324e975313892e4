#include "base/vietnam_time.hpp"

namespace cchc {

Date vietnam_date(std::time_t unix_seconds) {
    const long long local = static_cast<long long>(unix_seconds) + kVietnamUtcOffsetSeconds;
    // Floor division, so instants before 1970 land on the right day too.
    long long days = local / 86400;
    if (local % 86400 < 0) --days;
    return Date::from_serial(static_cast<long>(days));
}

}  // namespace cchc
