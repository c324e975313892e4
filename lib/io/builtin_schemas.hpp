#pragma once
// The JSON Schemas of schemas/, compiled in (CMakeLists.txt), so that `cchc init` can give a
// new repository the files its yaml-language-server lines point at, without the sources.
#include <string_view>
#include <utility>
#include <vector>

namespace cchc {

// (file name, content): "plan.schema.json" …, sorted by name.
const std::vector<std::pair<std::string_view, std::string_view>>& builtin_schemas();

}  // namespace cchc
