// Tests for lib/render/status_words.cpp: Vietnamese status words, with or without diacritics.
#include <doctest/doctest.h>

#include "render/due_render.hpp"
#include "model/status.hpp"
#include "render/status_words.hpp"

using namespace cchc;

TEST_CASE("status_from_word: codes and Vietnamese words") {
    CHECK(status_from_word("done") == Status::done);
    CHECK(status_from_word("xong") == Status::done);
    CHECK(status_from_word("Hoàn thành") == Status::done);
    CHECK(status_from_word("hoan-thanh") == Status::done);
    CHECK(status_from_word("gia hạn") == Status::extended);
    CHECK(status_from_word("GIA  HAN") == Status::extended);
    CHECK(status_from_word("vướng mắc") == Status::blocked);
    CHECK(status_from_word("vuong_mac") == Status::blocked);
    CHECK(status_from_word("đang thực hiện") == Status::in_progress);
    CHECK(status_from_word("in_progress") == Status::in_progress);
    CHECK(status_from_word("in-progress") == Status::in_progress);
    CHECK(status_from_word("hủy") == Status::cancelled);
    CHECK(status_from_word("huỷ") == Status::cancelled);  // the older tone placement
    CHECK(status_from_word("canceled") == Status::cancelled);
}

TEST_CASE("status_from_word: anything else is no status") {
    CHECK_FALSE(status_from_word(""));
    CHECK_FALSE(status_from_word("xong roi"));
    CHECK_FALSE(status_from_word("finished"));
    CHECK_FALSE(status_from_word("planned"));  // the journal knows it; `record` does not write it
    CHECK_FALSE(status_from_word("\xff\xfe"));
}

TEST_CASE("the status table: each code reads back, and every typed word gives its own code") {
    CHECK(status_codes().size() == status_table().size());
    for (const auto& w : status_table()) {
        CAPTURE(w.code);
        CHECK(status_from_code(w.code) == w.status);
        CHECK(&status_words(w.status) == &w);
        CHECK(status_label(w.status, Lang::vi) == w.vi);
        CHECK(status_label(w.status, Lang::en) == w.en);
        for (auto typed : w.typed) CHECK(status_from_word(typed) == w.status);
    }
    CHECK_FALSE(status_from_code("xong"));  // a typed word, not a journal code
    CHECK(status_from_word("planned") == std::nullopt);  // never typed: the journal's default
}
