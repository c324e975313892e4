#include "load/load_settings.hpp"

namespace cchc {

void load_settings(const LoadContext& ctx, const YNode& root, Settings& out) {
    if (root.is_null()) return;
    MapReader r(ctx, root, "cchc.yaml", {"lang", "plans", "due_within", "after_event_within", "holidays"});
    if (!r.ok()) return;
    out.lang = r.choice("lang", {"vi", "en"}).value;
    if (const Text p = r.text("plans"); !p.value.empty()) out.plans_dir = p.value, out.plans_pos = p.pos;
    if (auto w = r.integer("due_within")) {
        // A negative window would empty the due-soon section without a word (--within refuses it too).
        if (w->value < 0) ctx.error(*r.get("due_within"), "invalid-value", {"due-within-negative", {std::to_string(w->value)}});
        else out.due_within = w->value;
    }
    if (const YNode* n = r.get("after_event_within"); n && n->is_scalar() && n->value == "expected") {
        out.after_event_within = std::nullopt;  // the expected period's length
    } else if (auto w = r.integer("after_event_within")) {
        if (w->value < 1)
            ctx.error(*r.get("after_event_within"), "invalid-value", {"after-event-within-invalid", {std::to_string(w->value)}});
        else
            out.after_event_within = w->value;
    }
    if (const YNode* list = r.sequence("holidays")) {
        for (const auto& item : list->items) {
            MapReader h(ctx, *item, "holiday", {"date", "off", "name"});
            if (!h.ok()) continue;
            SettingsHoliday day;
            day.pos = ctx.pos(*item);
            if (auto d = h.date("date", true)) day.date = d->value;
            else continue;
            day.off = h.boolean("off").value_or(true);
            day.name = h.text("name").value;
            out.holidays.push_back(day);
        }
    }
}

}  // namespace cchc
