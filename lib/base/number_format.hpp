#pragma once
// Numbers as Vietnamese readers expect them (86,4 — decimal comma, 1.234 — dot for
// thousands) or plain for tools and English (86.4).
#include <string>

namespace cchc {

// At most `decimals` decimals, trailing zeros dropped.
std::string format_number(double v, bool vietnamese, int decimals = 2);
// A ratio as a whole percentage: 0.993 → "99%".
std::string format_percent(double ratio);

}  // namespace cchc
