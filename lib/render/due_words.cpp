// The words of due lists: statuses, roles, days left, group titles (vi/en).
#include <fmt/format.h>

#include <algorithm>

#include "render/due_render.hpp"
#include "model/status.hpp"

namespace cchc {

std::string status_label(Status s, Lang lang) {
    const StatusWords& w = status_words(s);
    return std::string(lang == Lang::vi ? w.vi : w.en);
}

std::string record_ref(const Plan& plan, const Task& task) {
    const std::string& stt = task.stt.value;
    if (stt.empty()) return task.id.value;
    const auto same =
        std::count_if(plan.tasks.begin(), plan.tasks.end(), [&](const Task& t) { return t.stt.value == stt; });
    return same <= 1 ? stt : task.id.value;
}

std::string item_label(const DueItem& i, Lang lang) {
    if (i.assessed.empty()) return i.label;
    std::string refs;
    for (const Task* t : i.assessed) refs += (refs.empty() ? "" : ", ") + record_ref(*i.plan, *t);
    const size_t n = i.assessed.size();
    return lang == Lang::vi
               ? fmt::format("Đánh giá kết quả năm {} của {} hoạt động thực hiện trong năm ({})", i.plan->year.value, n, refs)
               : fmt::format("Assessment of {} for {} year-long activit{} ({})", i.plan->year.value, n, n == 1 ? "y" : "ies",
                             refs);
}

std::string item_words(const DueItem& i, Lang lang) {
    const std::string& task = i.task->task.value;
    const std::string label = item_label(i, lang);
    return label.empty() || label == task ? task : label + " — " + task;
}

std::string role_label(const std::optional<Role>& role, Lang lang) {
    if (!role) return "";
    if (*role == Role::lead) return tr("role-lead", lang);
    if (*role == Role::recipient) return tr("role-recipient", lang);
    return tr("role-support", lang);
}

std::string days_label(const DueItem& item, Lang lang) {
    if (!item.due) return "";
    std::string out;
    if (item.days == 0) out = tr("due-today", lang);
    else if (item.days > 0) out = render({item.days == 1 ? "due-days-left-one" : "due-days-left", {std::to_string(item.days)}}, lang);
    else out = render({item.days == -1 ? "due-days-overdue-one" : "due-days-overdue", {std::to_string(-item.days)}}, lang);
    if (item.missed.size() > 1) out += render({"due-missed-periods", {std::to_string(item.missed.size())}}, lang);
    return out;
}

std::string group_title(DueGroup g, int window, Lang lang) {
    switch (g) {
        case DueGroup::overdue: return tr("due-group-overdue", lang);
        case DueGroup::due_soon: return render({"due-group-due-soon", {std::to_string(window)}}, lang);
        case DueGroup::awaiting: return tr("due-group-awaiting", lang);
        case DueGroup::waiting: return tr("due-group-waiting", lang);
        case DueGroup::ongoing: return tr("due-group-ongoing", lang);
        case DueGroup::no_date: return tr("due-group-no-date", lang);
        case DueGroup::later: return render({"due-group-later", {std::to_string(window)}}, lang);
    }
    return "";
}

}  // namespace cchc
