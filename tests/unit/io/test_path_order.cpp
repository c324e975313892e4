// Tests for lib/io/path_order.cpp: path_less orders paths as std::filesystem::path's own
// comparison does, for the paths a directory walk finds.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "io/path_order.hpp"

using namespace cchc;
namespace fs = std::filesystem;

TEST_CASE("path_less: the order of path::compare, component by component") {
    // Names where a text order and a component order differ: '-' and '.' sort before '/'
    // in ASCII, a component that is a prefix of another, Vietnamese bytes above 0x7F.
    const std::vector<std::string> names = {"a", "a-b", "a.b", "ab", "a b", "b", "Z", "đ", "ă", "a0", "a~"};
    // One walk's paths share its root, relative or absolute (path::compare puts every
    // relative path before every absolute one; a walk never mixes them).
    for (const auto& root : {std::string("plans"), std::string("/tmp/r/plans")}) {
        std::vector<fs::path> paths;
        for (const auto& x : names) {
            paths.push_back(fs::path(root) / x);
            for (const auto& y : names) {
                paths.push_back(fs::path(root) / x / y);
                paths.push_back(fs::path(root) / x / (y + ".yaml"));
                paths.push_back(fs::path(root) / x / "journal" / (y + ".yaml"));
            }
        }
        size_t disagree = 0;
        for (const auto& a : paths)
            for (const auto& b : paths)
                if (path_less(a, b) != (a.compare(b) < 0)) ++disagree;
        CHECK(disagree == 0);
        auto by_text = paths, by_path = paths;
        std::sort(by_text.begin(), by_text.end(), path_less);
        std::sort(by_path.begin(), by_path.end());
        CHECK(by_text == by_path);
    }
}
