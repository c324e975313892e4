#pragma once
// The words people use for a task's status on the command line: the journal's codes
// (done, extended …) or their Vietnamese names, typed with or without diacritics.
#include <optional>
#include <string_view>

#include "model/status.hpp"

namespace cchc {

// The status `word` means: "done", "xong", "hoàn thành", "Hoan thanh" → done;
// "gia hạn" → extended; "vướng mắc" → blocked; "đang thực hiện" → in_progress;
// "hủy" / "huỷ" → cancelled. Case, diacritics, '-', '_' and runs of spaces do not
// matter. nullopt for anything else.
std::optional<Status> status_from_word(std::string_view word);

}  // namespace cchc
