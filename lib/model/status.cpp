#include "model/status.hpp"

namespace cchc {

const std::array<StatusWords, 7>& status_table() {
    static const std::array<StatusWords, 7> table = {{
        {Status::planned, "planned", "chưa thực hiện", "not started", {}},
        {Status::in_progress, "in_progress", "đang thực hiện", "in progress",
         {"in progress", "dang thuc hien", "dang lam", "dang trien khai"}},
        {Status::done, "done", "hoàn thành", "done", {"done", "xong", "da xong", "hoan thanh", "da hoan thanh"}},
        {Status::extended, "extended", "gia hạn", "extended", {"extended", "gia han", "da gia han", "duoc gia han"}},
        {Status::blocked, "blocked", "vướng mắc", "blocked",
         {"blocked", "vuong mac", "dang vuong mac", "bi vuong mac", "kho khan"}},
        {Status::cancelled, "cancelled", "đã hủy", "cancelled",
         {"cancelled", "canceled", "huy", "da huy", "huy bo", "bi huy"}},
        {Status::carried_over, "carried_over", "chuyển tiếp", "carried over",
         {"carried over", "chuyen tiep", "chuyen sang nam sau"}},
    }};
    return table;
}

const StatusWords& status_words(Status s) { return status_table()[static_cast<size_t>(s)]; }

std::optional<Status> status_from_code(std::string_view code) {
    for (const auto& w : status_table())
        if (w.code == code) return w.status;
    return std::nullopt;
}

std::vector<std::string_view> status_codes() {
    std::vector<std::string_view> out;
    for (const auto& w : status_table()) out.push_back(w.code);
    return out;
}

}  // namespace cchc
