#include "io/cache_dir.hpp"

#include <algorithm>
#include <cstdlib>
#include <system_error>
#include <utility>
#include <vector>

namespace fs = std::filesystem;

namespace cchc {

void prune_cache(const fs::path& dir, const std::string& prefix, size_t keep) {
    std::error_code ec;
    std::vector<std::pair<fs::file_time_type, fs::path>> entries;
    for (const auto& e : fs::directory_iterator(dir, ec))
        if (e.path().filename().string().rfind(prefix, 0) == 0) entries.emplace_back(e.last_write_time(ec), e.path());
    if (entries.size() <= keep) return;
    std::sort(entries.begin(), entries.end());
    for (size_t i = 0; i + keep < entries.size(); ++i) fs::remove(entries[i].second, ec);
}

fs::path cache_dir() {
    if (const char* x = std::getenv("XDG_CACHE_HOME"); x && *x) return fs::path(x) / "cchc";
    if (const char* h = std::getenv("HOME"); h && *h) return fs::path(h) / ".cache" / "cchc";
    return {};
}

fs::path usable_cache_dir() {
    const fs::path dir = cache_dir();
    if (dir.empty()) return {};
    std::error_code ec;
    if (fs::is_directory(dir, ec)) return dir;
    fs::create_directories(dir, ec);
    return ec ? fs::path() : dir;
}

}  // namespace cchc
