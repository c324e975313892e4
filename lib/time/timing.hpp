#pragma once
// Reading the Vietnamese timing text of a plan ("Thời gian thực hiện", "Tiến độ") into
// the Deadline model. The grammar is documented at the top of lib/time/timing.cpp.
#include <optional>
#include <string>
#include <string_view>

#include "time/deadline.hpp"

namespace cchc {

struct TimingParse {
    std::optional<Deadline> deadline;
    std::string error;  // English, short: what was not understood; empty on success
};

// Reads `text` (with or without diacritics, any case); a missing year is `plan_year`.
// Text that is not one of the known forms is an error, never a guess.
TimingParse parse_timing(std::string_view text, int plan_year);

// Whether the reading of a task's timing text agrees with its structured `due:`: the same
// kind and dates. Ignored: labels and `per` wording; the event id when the text names
// none; `expected` when the text gives none; recurrence ranges unless both give one.
// A text "N ngày" (no "làm việc") agrees with a structured `working: true`.
bool same_reading(const Deadline& text_reading, const Deadline& structured);

}  // namespace cchc
