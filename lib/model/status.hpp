#pragma once
// A task's status, in one table: the code the journal writes, the Vietnamese and English
// words the lists show, and the words people type for it (`record status xong`). Every
// other list of statuses (what the journal reader accepts, what `record` writes, what
// status_from_word and status_label know) is read from this table.
#include <array>
#include <optional>
#include <string_view>
#include <vector>

#include "yaml/messages.hpp"

namespace cchc {

enum class Status { planned, in_progress, done, extended, blocked, cancelled, carried_over };

struct StatusWords {
    Status status;
    std::string_view code;  // in the journal: status: in_progress
    std::string_view vi, en;  // in lists and reports
    // Folded (fold(): lower case, no diacritics) words typed for it, the code's own words first.
    std::vector<std::string_view> typed;
};

const std::array<StatusWords, 7>& status_table();

const StatusWords& status_words(Status s);
// The status whose journal code is `code`; nullopt for anything else.
std::optional<Status> status_from_code(std::string_view code);
// The journal codes, in table order: what the journal reader accepts.
std::vector<std::string_view> status_codes();

}  // namespace cchc
