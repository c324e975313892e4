#include "yaml/diagnostic.hpp"

#include <algorithm>
#include <tuple>

namespace cchc {

size_t Diagnostics::count(Severity s) const {
    return static_cast<size_t>(
        std::count_if(items_.begin(), items_.end(), [s](const Diagnostic& d) { return d.severity == s; }));
}

void Diagnostics::sort() {
    std::stable_sort(items_.begin(), items_.end(), [](const Diagnostic& a, const Diagnostic& b) {
        // A note follows the error it explains, at the same place.
        const bool a_note = a.severity == Severity::note, b_note = b.severity == Severity::note;
        return std::tie(a.file, a.line, a.col, a_note, a.code) < std::tie(b.file, b.line, b.col, b_note, b.code);
    });
}

}  // namespace cchc
