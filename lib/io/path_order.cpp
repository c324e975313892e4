#include "io/path_order.hpp"

#include <algorithm>
#include <string>

namespace cchc {

bool path_less(const std::filesystem::path& a, const std::filesystem::path& b) {
    const std::string& x = a.native();
    const std::string& y = b.native();
    const size_t n = std::min(x.size(), y.size());
    for (size_t i = 0; i < n; ++i) {
        if (x[i] == y[i]) continue;
        // A component that ends here is a prefix of the other's: it comes first.
        if (x[i] == '/') return true;
        if (y[i] == '/') return false;
        return static_cast<unsigned char>(x[i]) < static_cast<unsigned char>(y[i]);
    }
    return x.size() < y.size();
}

}  // namespace cchc
