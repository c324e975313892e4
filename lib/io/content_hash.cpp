#include "io/content_hash.hpp"

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <functional>

namespace cchc {

void ContentHash::add(std::string_view s) {
    // FNV-1a over 8-byte words, then the remaining bytes: a cache key needs no more, and a
    // byte at a time was a tenth of loading from the tree cache.
    size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
        uint64_t w;
        std::memcpy(&w, s.data() + i, 8);
        fnv_ = (fnv_ ^ w) * 1099511628211ull;
        fnv_ ^= fnv_ >> 29;
    }
    for (; i < s.size(); ++i) fnv_ = (fnv_ ^ static_cast<unsigned char>(s[i])) * 1099511628211ull;
    mix_ = mix_ * 31 + std::hash<std::string_view>{}(s) + s.size();
    fnv_ = (fnv_ ^ 0xff) * 1099511628211ull;  // separator
}

std::string ContentHash::hex() const {
    char buf[33];
    std::snprintf(buf, sizeof buf, "%016llx%016llx", static_cast<unsigned long long>(fnv_),
                  static_cast<unsigned long long>(mix_));
    return buf;
}

std::string build_identity() {
    namespace fs = std::filesystem;
    std::string id = CCHC_VERSION;
    std::error_code ec;
    const fs::path self = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        id += "\n" + self.string();
        id += "\n" + std::to_string(fs::file_size(self, ec));
        id += "\n" + std::to_string(fs::last_write_time(self, ec).time_since_epoch().count());
    }
    return id;
}

}  // namespace cchc
