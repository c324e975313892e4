#pragma once
// What several unit test files need alike: a temporary directory removed at the end, and
// the shipped repository (plans/ of this checkout), loaded once per test binary.
#include <stdlib.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "yaml/diagnostic.hpp"
#include "state/repository.hpp"

namespace cchc::test {

struct TempDir {
    std::filesystem::path path;
    explicit TempDir(const std::string& prefix = "cchc-test") {
        std::string tmpl = (std::filesystem::temp_directory_path() / (prefix + "-XXXXXX")).string();
        path = ::mkdtemp(tmpl.data());
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(path, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    // Writes `text` as the file `name` in the directory; returns its path.
    std::filesystem::path write(const std::string& name, const std::string& text) const {
        std::ofstream(path / name, std::ios::binary) << text;
        return path / name;
    }
};

// XDG_CACHE_HOME pointed at `dir` (the caches' home) while the object lives, restored after.
struct CacheHome {
    std::string old;
    bool had = false;
    explicit CacheHome(const std::filesystem::path& dir) {
        if (const char* v = std::getenv("XDG_CACHE_HOME")) old = v, had = true;
        ::setenv("XDG_CACHE_HOME", dir.c_str(), 1);
    }
    ~CacheHome() {
        if (had) ::setenv("XDG_CACHE_HOME", old.c_str(), 1);
        else ::unsetenv("XDG_CACHE_HOME");
    }
    CacheHome(const CacheHome&) = delete;
    CacheHome& operator=(const CacheHome&) = delete;
};

inline const Repository& shipped_repository() {
    static const Repository repo = [] {
        Diagnostics diags;
        return load_repository(std::filesystem::path(CCHC_SOURCE_DIR), diags);
    }();
    return repo;
}

}  // namespace cchc::test
