// Tests for lib/status_words.cpp: Vietnamese status words, with or without diacritics.
#include <doctest/doctest.h>

#include "cchc/status_words.hpp"

using namespace cchc;

TEST_CASE("status_from_word: codes and Vietnamese words") {
    CHECK(status_from_word("done") == "done");
    CHECK(status_from_word("xong") == "done");
    CHECK(status_from_word("Hoàn thành") == "done");
    CHECK(status_from_word("hoan-thanh") == "done");
    CHECK(status_from_word("gia hạn") == "extended");
    CHECK(status_from_word("GIA  HAN") == "extended");
    CHECK(status_from_word("vướng mắc") == "blocked");
    CHECK(status_from_word("vuong_mac") == "blocked");
    CHECK(status_from_word("đang thực hiện") == "in_progress");
    CHECK(status_from_word("in_progress") == "in_progress");
    CHECK(status_from_word("in-progress") == "in_progress");
    CHECK(status_from_word("hủy") == "cancelled");
    CHECK(status_from_word("huỷ") == "cancelled");  // the older tone placement
    CHECK(status_from_word("canceled") == "cancelled");
}

TEST_CASE("status_from_word: anything else is no status") {
    CHECK_FALSE(status_from_word(""));
    CHECK_FALSE(status_from_word("xong roi"));
    CHECK_FALSE(status_from_word("finished"));
    CHECK_FALSE(status_from_word("planned"));  // the journal knows it; `record` does not write it
    CHECK_FALSE(status_from_word("\xff\xfe"));
}
