// Tests for lib/base/json.cpp: string escaping and the structure the writer produces.
#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <string>

#include "base/json.hpp"

using namespace cchc;

TEST_CASE("json_escape: quotes, backslashes and control characters") {
    CHECK(json_escape("") == "\"\"");
    CHECK(json_escape("abc") == "\"abc\"");
    CHECK(json_escape("say \"hi\"") == "\"say \\\"hi\\\"\"");
    CHECK(json_escape("C:\\plans") == "\"C:\\\\plans\"");
    CHECK(json_escape("a\nb\rc\td") == "\"a\\nb\\rc\\td\"");
    CHECK(json_escape(std::string("\x01\x1f", 2)) == "\"\\u0001\\u001f\"");
    CHECK(json_escape(std::string("a\0b", 3)) == "\"a\\u0000b\"");
    CHECK(json_escape("\b\f") == "\"\\u0008\\u000c\"");
}

TEST_CASE("json_escape: UTF-8 and printable ASCII pass through") {
    CHECK(json_escape("Văn phòng Sở") == "\"Văn phòng Sở\"");
    CHECK(json_escape("/ ' < > & \x7f") == "\"/ ' < > & \x7f\"");
}

TEST_CASE("JsonWriter: commas between elements, none after the last") {
    JsonWriter w;
    w.begin_array();
    w.begin_object().field("a", 1).field("b", "x\"y").field("ok", true).end_object();
    w.begin_object().end_object();
    w.value(2.5).null().value(false);
    w.end_array();
    CHECK(w.str() == "[{\"a\":1,\"b\":\"x\\\"y\",\"ok\":true},{},2.5,null,false]");
}

TEST_CASE("JsonWriter: nested arrays and string arrays") {
    JsonWriter w;
    w.begin_object();
    w.string_array("lead", {"VP", "Văn phòng \"Sở\""});
    w.string_array("none", {});
    w.key("m").begin_array().begin_array().value(1L).end_array().begin_array().end_array().end_array();
    w.end_object();
    CHECK(w.str() == "{\"lead\":[\"VP\",\"Văn phòng \\\"Sở\\\"\"],\"none\":[],\"m\":[[1],[]]}");
}

TEST_CASE("JsonWriter: numbers") {
    JsonWriter w;
    w.begin_array()
        .value(0)
        .value(-7L)
        .value(86.4)
        .value(100.0)
        .value(std::nan(""))
        .value(std::numeric_limits<double>::infinity())
        .end_array();
    CHECK(w.str() == "[0,-7,86.4,100,null,null]");
}

TEST_CASE("JsonWriter: keys are escaped too") {
    JsonWriter w;
    w.begin_object().field("a\"b", "c").end_object();
    CHECK(w.str() == "{\"a\\\"b\":\"c\"}");
}
