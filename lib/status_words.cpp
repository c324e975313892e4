#include "cchc/status_words.hpp"

#include <algorithm>
#include <array>
#include <utility>

#include "cchc/text.hpp"

namespace cchc {

namespace {

// Folded words (see fold(): no diacritics, lower case) and the status each one means.
constexpr std::array<std::pair<std::string_view, std::string_view>, 27> kWords = {{
    {"done", "done"},
    {"xong", "done"},
    {"da xong", "done"},
    {"hoan thanh", "done"},
    {"da hoan thanh", "done"},
    {"in progress", "in_progress"},
    {"dang thuc hien", "in_progress"},
    {"dang lam", "in_progress"},
    {"dang trien khai", "in_progress"},
    {"extended", "extended"},
    {"gia han", "extended"},
    {"da gia han", "extended"},
    {"duoc gia han", "extended"},
    {"blocked", "blocked"},
    {"vuong mac", "blocked"},
    {"dang vuong mac", "blocked"},
    {"bi vuong mac", "blocked"},
    {"kho khan", "blocked"},
    {"cancelled", "cancelled"},
    {"canceled", "cancelled"},
    {"huy", "cancelled"},
    {"da huy", "cancelled"},
    {"huy bo", "cancelled"},
    {"bi huy", "cancelled"},
    {"carried over", "carried_over"},
    {"chuyen tiep", "carried_over"},
    {"chuyen sang nam sau", "carried_over"},
}};

}  // namespace

std::optional<std::string> status_from_word(std::string_view word) {
    if (!is_valid_utf8(word)) return std::nullopt;
    std::string spaced(word);
    std::replace(spaced.begin(), spaced.end(), '_', ' ');
    std::replace(spaced.begin(), spaced.end(), '-', ' ');
    const std::string key = fold(spaced);
    for (const auto& [w, status] : kWords)
        if (w == key) return std::string(status);
    return std::nullopt;
}

}  // namespace cchc
