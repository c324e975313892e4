#include "cchc/diagnostic.hpp"

#include <algorithm>
#include <tuple>

namespace cchc {

size_t Diagnostics::count(Severity s) const {
    return static_cast<size_t>(
        std::count_if(items_.begin(), items_.end(), [s](const Diagnostic& d) { return d.severity == s; }));
}

void Diagnostics::sort() {
    std::stable_sort(items_.begin(), items_.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return std::tie(a.file, a.line, a.col, a.code) < std::tie(b.file, b.line, b.col, b.code);
    });
}

}  // namespace cchc
