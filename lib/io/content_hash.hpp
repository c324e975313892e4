#pragma once
// Content hashes for the caches (check results, parsed trees): two independent 64-bit hashes
// (FNV-1a and the standard library's) make a 128-bit key, written as 32 hex digits. Not
// cryptographic: the caches are the user's own, keyed on their own files.
#include <cstdint>
#include <string>
#include <string_view>

namespace cchc {

class ContentHash {
public:
    // Adds one piece; pieces are delimited, so "ab"+"c" differs from "a"+"bc".
    void add(std::string_view s);
    std::string hex() const;

private:
    uint64_t fnv_ = 1469598103934665603ull;
    uint64_t mix_ = 0;
};

// What identifies the running build: version, and the executable's path, size and time (a
// rebuilt binary may read or check differently under the same version). Cached results are
// keyed on it.
std::string build_identity();

}  // namespace cchc
