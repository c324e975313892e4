// libFuzzer target: any bytes as a timing phrase ("Trước ngày 15/6/2024", "hằng quý").
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "time/timing.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    (void)cchc::parse_timing(text, 2024);
    return 0;
}
