#include "time/dates_as_typed.hpp"
#include "today.hpp"

#include <ctime>

#include "base/vietnam_time.hpp"
#include "common.hpp"

namespace cchc::cli {

Date as_of_date(const std::string& as_of, Lang lang) {
    const Date today = vietnam_date(std::time(nullptr));
    if (as_of.empty()) return today;
    return typed_date(as_of, lang);
}

Date typed_date(const std::string& text, Lang lang) {
    if (auto d = parse_typed_date(text, vietnam_date(std::time(nullptr)))) return *d;
    throw UsageError{render({"invalid-typed-date", {text}}, lang)};
}

}  // namespace cchc::cli
