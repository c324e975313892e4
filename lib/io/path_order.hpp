#pragma once
// The order of std::filesystem::path's comparison (component by component), computed on the
// paths' text: the separator sorts before every other byte. The same as path::compare for
// paths without "." or ".." parts or repeated separators (what a directory walk finds),
// and several times faster: sorting the 28,000 files of a 10,000-plan repository with
// path::compare was a tenth of a warm `check`.
#include <filesystem>

namespace cchc {

bool path_less(const std::filesystem::path& a, const std::filesystem::path& b);

}  // namespace cchc
