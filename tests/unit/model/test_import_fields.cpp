// The task fields of an imported table by name (import_fields.cpp): one list for import and check.
#include <doctest/doctest.h>

#include <string>

#include "model/import_fields.hpp"

using namespace cchc;

TEST_CASE("import fields: every name leads back to its field; none and unknown names to none") {
    REQUIRE(field_names().size() == 10);
    for (const std::string& name : field_names()) {
        const Field f = field_named(name);
        CHECK(f != Field::none);
        CHECK(field_name(f) == name);
    }
    CHECK(field_names().front() == "stt");
    CHECK(field_named("none") == Field::none);
    CHECK(field_named("Timing") == Field::none);  // names are exact, as import.yaml writes them
    CHECK(field_named("") == Field::none);
    CHECK(std::string(field_name(Field::none)) == "none");
}
