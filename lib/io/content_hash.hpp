#pragma once
// Content hashes for the caches (check results, parsed trees, packed models): XXH3's 128-bit
// hash (libxxhash), written as 32 hex digits. Not cryptographic: the caches are the user's
// own, keyed on their own files. XXH3 reads tens of GB/s where the FNV-1a + std::hash pair it
// replaced read about 1: a warm run vouches for every packed model by hashing its bytes.
// The state is a member (no allocation per hash): its layout is in the static-linking part.
#define XXH_STATIC_LINKING_ONLY
#include <xxhash.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace cchc {

class ContentHash {
public:
    ContentHash();
    // Adds one piece; pieces are delimited, so "ab"+"c" differs from "a"+"bc".
    void add(std::string_view s);
    std::string hex() const;

private:
    XXH3_state_t state_;
};

// What identifies the running build: version, and the executable's path, size and time (a
// rebuilt binary may read or check differently under the same version). Cached results are
// keyed on it.
std::string build_identity();

}  // namespace cchc
