#include <doctest/doctest.h>

#include "yaml/messages.hpp"
#include "state/occurrence_range.hpp"

using namespace cchc;

namespace {

OccurrenceNames weekly() {
    OccurrenceNames n;
    n.shown = {"bc-vp"};
    for (int w = 1; w <= 52; ++w) n.shown.push_back("tuan/2024-W" + std::string(w < 10 ? "0" : "") + std::to_string(w));
    for (int m = 1; m <= 12; ++m) n.shown.push_back("2024-" + std::string(m < 10 ? "0" : "") + std::to_string(m));
    n.accepted = n.shown;
    return n;
}

std::vector<std::string> names(std::string_view spec) {
    auto r = expand_occurrences(weekly(), spec, "B.I.5");
    REQUIRE(std::holds_alternative<std::vector<std::string>>(r));
    return std::get<std::vector<std::string>>(r);
}

std::string refusal(std::string_view spec) {
    auto r = expand_occurrences(weekly(), spec, "B.I.5");
    REQUIRE(std::holds_alternative<Message>(r));
    return std::get<Message>(r).key;
}

}  // namespace

TEST_CASE("expand_occurrences: ranges, shortened ends, lists") {
    const auto w = names("tuan/2024-W01..W20");
    REQUIRE(w.size() == 20);
    CHECK(w.front() == "tuan/2024-W01");
    CHECK(w.back() == "tuan/2024-W20");
    CHECK(names("tuan/2024-W01..tuan/2024-W46").size() == 46);
    const auto m = names("2024-01..2024-06");
    CHECK(m == std::vector<std::string>{"2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06"});
    CHECK(names("2024-01, 2024-03,2024-01") == std::vector<std::string>{"2024-01", "2024-03"});  // each once
    CHECK(names("2024-11..12,bc-vp") == std::vector<std::string>{"2024-11", "2024-12", "bc-vp"});
    CHECK(names("2024-02") == std::vector<std::string>{"2024-02"});
}

TEST_CASE("expand_occurrences: what it refuses") {
    CHECK(refusal("2024-06..2024-01") == "record-occurrence-backwards");
    CHECK(refusal("tuan/2024-W01..W60") == "journal-unknown-occurrence");
    CHECK(refusal("2023-01..2024-02") == "journal-unknown-occurrence");
    CHECK(refusal("bc-vp..tuan/2024-W03") == "record-occurrence-range");  // two deadlines mixed
    CHECK(refusal("2024-01..") == "record-occurrence-range");
    CHECK(refusal("2024-01,,2024-02") == "record-occurrence-range");
    CHECK(refusal("2024-01..2024-03..2024-05") == "record-occurrence-range");
    for (const char* key : {"record-occurrence-range", "record-occurrence-backwards"}) {
        CAPTURE(key);
        CHECK(render(Message{key, {"a", "b"}}, Lang::vi) != render(Message{key, {"a", "b"}}, Lang::en));
    }
}
