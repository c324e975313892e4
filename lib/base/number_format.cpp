#include "base/number_format.hpp"

#include <fmt/format.h>

#include <cmath>

namespace cchc {

std::string format_number(double v, bool vi, int decimals) {
    if (!std::isfinite(v)) return "—";
    std::string s = fmt::format("{:.{}f}", v, decimals);
    if (s.find('.') != std::string::npos) {
        while (s.back() == '0') s.pop_back();
        if (s.back() == '.') s.pop_back();
    }
    if (s == "-0") s = "0";
    if (!vi) return s;
    // Group thousands with '.', then use ',' for the decimal point.
    const size_t dot = s.find('.');
    std::string whole = s.substr(0, dot), frac = dot == std::string::npos ? "" : s.substr(dot + 1);
    const bool neg = !whole.empty() && whole[0] == '-';
    if (neg) whole.erase(0, 1);
    std::string grouped;
    for (size_t i = 0; i < whole.size(); ++i) {
        if (i > 0 && (whole.size() - i) % 3 == 0) grouped.push_back('.');
        grouped.push_back(whole[i]);
    }
    return (neg ? "-" : "") + grouped + (frac.empty() ? "" : "," + frac);
}

std::string format_percent(double ratio) {
    if (!std::isfinite(ratio)) return "—";
    return fmt::format("{:.0f}%", ratio * 100);
}

}  // namespace cchc
