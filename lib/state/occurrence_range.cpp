#include "state/occurrence_range.hpp"

#include <algorithm>

namespace cchc {

namespace {

std::vector<std::string_view> split(std::string_view s, char sep) {
    std::vector<std::string_view> out;
    for (size_t at = 0;;) {
        const size_t next = s.find(sep, at);
        out.push_back(s.substr(at, next == std::string_view::npos ? std::string_view::npos : next - at));
        if (next == std::string_view::npos) return out;
        at = next + 1;
    }
}

std::string trimmed(std::string_view s) {
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    return std::string(s);
}

// Index of `name` among the shown occurrences, or -1.
long index_of(const OccurrenceNames& names, const std::string& name) {
    const auto it = std::find(names.shown.begin(), names.shown.end(), name);
    return it == names.shown.end() ? -1 : static_cast<long>(it - names.shown.begin());
}

}  // namespace

std::variant<std::vector<std::string>, Message> expand_occurrences(const OccurrenceNames& names, std::string_view spec,
                                                                   const std::string& task_id) {
    std::vector<std::string> out;
    auto add = [&](const std::string& name) {
        if (std::find(out.begin(), out.end(), name) == out.end()) out.push_back(name);
    };
    for (std::string_view part : split(spec, ',')) {
        const std::string item = trimmed(part);
        const size_t dots = item.find("..");
        if (dots == std::string::npos) {
            if (item.empty()) return Message{"record-occurrence-range", {std::string(spec)}};
            add(item);
            continue;
        }
        const std::string first = item.substr(0, dots);
        std::string last = item.substr(dots + 2);
        if (first.empty() || last.empty() || last.find("..") != std::string::npos)
            return Message{"record-occurrence-range", {std::string(spec)}};
        const long from = index_of(names, first);
        if (from < 0) return unknown_occurrence(names, first, task_id);
        // "tuan/2024-W01..W20": the end completes the start's head.
        if (index_of(names, last) < 0 && last.size() < first.size()) last = first.substr(0, first.size() - last.size()) + last;
        const long to = index_of(names, last);
        if (to < 0) return unknown_occurrence(names, last, task_id);
        // Both ends of one deadline: "bc-vp..tuan/2024-W03" mixes two.
        const auto head = [](const std::string& n) { return n.substr(0, n.rfind('/') + 1); };
        if (head(first) != head(last)) return Message{"record-occurrence-range", {std::string(spec)}};
        if (to < from) return Message{"record-occurrence-backwards", {first, last}};
        for (long i = from; i <= to; ++i) add(names.shown[static_cast<size_t>(i)]);
    }
    return out;
}

}  // namespace cchc
