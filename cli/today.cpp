#include "today.hpp"

#include <ctime>

#include "cchc/map_reader.hpp"
#include "cchc/vietnam_time.hpp"
#include "common.hpp"

namespace cchc::cli {

Date as_of_date(const std::string& as_of, Lang lang) {
    if (as_of.empty()) return vietnam_date(std::time(nullptr));
    if (auto d = parse_user_date(as_of)) return *d;
    throw UsageError{render({"invalid-date", {as_of}}, lang)};
}

}  // namespace cchc::cli
