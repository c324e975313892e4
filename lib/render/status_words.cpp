#include "render/status_words.hpp"

#include <algorithm>
#include <string>

#include "base/text.hpp"

namespace cchc {

std::optional<Status> status_from_word(std::string_view word) {
    if (!is_valid_utf8(word)) return std::nullopt;
    std::string spaced(word);
    std::replace(spaced.begin(), spaced.end(), '_', ' ');
    std::replace(spaced.begin(), spaced.end(), '-', ' ');
    const std::string key = fold(spaced);
    for (const auto& w : status_table())
        for (auto typed : w.typed)
            if (typed == key) return w.status;
    return std::nullopt;
}

}  // namespace cchc
