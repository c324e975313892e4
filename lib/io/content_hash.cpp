#include "io/content_hash.hpp"

#include <cstdio>
#include <filesystem>

namespace cchc {

ContentHash::ContentHash() {
    XXH3_INITSTATE(&state_);
    XXH3_128bits_reset(&state_);
}

void ContentHash::add(std::string_view s) {
    XXH3_128bits_update(&state_, s.data(), s.size());
    // The piece's length closes it: the delimiter that keeps "ab"+"c" from "a"+"bc".
    const uint64_t size = s.size();
    XXH3_128bits_update(&state_, &size, sizeof size);
}

std::string ContentHash::hex() const {
    const XXH128_hash_t h = XXH3_128bits_digest(&state_);
    char buf[33];
    std::snprintf(buf, sizeof buf, "%016llx%016llx", static_cast<unsigned long long>(h.high64),
                  static_cast<unsigned long long>(h.low64));
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
