// libFuzzer target: any bytes as a check-result cache file and as a stat index, both as
// they are and behind a valid seal (so the parsers behind the integrity check are reached).
// A cache file must be a miss or a result, never a crash, a hang or a huge allocation.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "check/check_cache.hpp"
#include "io/content_hash.hpp"

namespace fs = std::filesystem;

namespace {

struct Setup {
    fs::path dir, repo, cache;
    Setup() {
        dir = fs::temp_directory_path() / ("cchc-fuzz-cache-" + std::to_string(::getpid()));
        repo = dir / "repo";
        cache = dir / "cache" / "cchc";
        fs::create_directories(repo / "plans" / "f" / "a");
        fs::create_directories(cache);
        std::ofstream(repo / "plans" / "f" / "a" / "agency.yaml") << "name: Sở\nunits: { VP: { name: Văn phòng } }\n";
        std::ofstream(repo / "plans" / "f" / "a" / "2024.yaml") << "title: A\nyear: 2024\n";
        ::setenv("XDG_CACHE_HOME", (dir / "cache").c_str(), 1);
    }
};

void put(const fs::path& p, const std::string& bytes) {
    std::error_code ec;
    fs::remove(p, ec);
    std::ofstream(p, std::ios::binary) << bytes;
}

std::string sealed(const std::string& body) {
    cchc::ContentHash h;
    h.add(body);
    return h.hex() + "\n" + body;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const Setup s;
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    const std::string key = "00112233445566778899aabbccddeeff";
    for (const std::string& form : {bytes, sealed(bytes)}) {
        put(s.cache / ("check-" + key), form);
        (void)cchc::load_check_cache(key);
        // The stat index: whichever file check_cache_key wrote for the repository.
        fs::path index;
        for (const auto& e : fs::directory_iterator(s.cache))
            if (e.path().filename().string().rfind("stat-", 0) == 0) index = e.path();
        if (!index.empty()) put(index, form);
        (void)cchc::check_cache_key(s.repo);
    }
    return 0;
}
