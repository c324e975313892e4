// Tests for lib/yaml/messages.cpp: every entry of the catalogue renders in both languages.
// An entry fmt refuses (a brace meant as text, not doubled) prints its bare key to the user
// ("lỗi: yaml-unclosed-bracket"), so each key is read from the source and rendered here.
#include <doctest/doctest.h>

#include <fstream>
#include <iterator>
#include <regex>
#include <set>
#include <string>

#include "yaml/messages.hpp"

using namespace cchc;

namespace {

// Every key as the catalogue's source writes it, repeats included.
std::multiset<std::string> catalogue_entries() {
    std::ifstream in(std::string(CCHC_SOURCE_DIR) + "/lib/yaml/messages.cpp");
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    static const std::regex entry(R"re(\n\s*\{"([^"]+)", \{)re");
    std::multiset<std::string> keys;
    for (std::sregex_iterator it(text.begin(), text.end(), entry), end; it != end; ++it) keys.insert((*it)[1].str());
    return keys;
}

}  // namespace

TEST_CASE("a key is written once: a second entry of the same key is never seen") {
    const auto entries = catalogue_entries();
    for (const auto& key : std::set<std::string>(entries.begin(), entries.end()))
        CHECK_MESSAGE(entries.count(key) == 1, key);
}

TEST_CASE("every message of the catalogue renders, in Vietnamese and English") {
    const auto entries = catalogue_entries();
    const std::set<std::string> keys(entries.begin(), entries.end());
    REQUIRE(keys.size() > 200);  // the scan sees the catalogue, or it proves nothing
    for (const auto& key : keys) {
        REQUIRE(has_message(key));
        // As many arguments as the longest message takes (report-done-timeliness: {0} … {8}).
        const Message m{key, {"A0", "A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8", "A9"}};
        for (Lang lang : {Lang::vi, Lang::en}) {
            const std::string out = render(m, lang);
            CHECK_MESSAGE(out != key, key);
            CHECK_MESSAGE(out.rfind(key + " ", 0) != 0, key);
        }
    }
}

TEST_CASE("a brace meant as text is shown as one brace") {
    CHECK(render(Message{"yaml-unclosed-bracket", {}}, Lang::en).find("the [ or { opened here") == 0);
    CHECK(render(Message{"batch-not-an-entry", {}}, Lang::vi) == "không phải một mục '{ date: …, task: …, status: … }'");
}
