#include "load/load_due.hpp"

namespace cchc {

namespace {

std::optional<Deadline> due_from_scalar(const LoadContext& ctx, const YNode& n, int plan_year) {
    Deadline d;
    const std::string& s = n.value;
    if (s == "ongoing") {
        d.kind = Deadline::Kind::ongoing;
        d.period = Period{Period::Kind::year, plan_year};
        return d;
    }
    if (auto p = parse_period(s)) {
        if (p->kind == Period::Kind::day) {
            d.kind = Deadline::Kind::on_date;
            d.date = p->first_day();
        } else {
            d.kind = Deadline::Kind::within;
            d.period = *p;
        }
        return d;
    }
    if (s.size() == 10 && s[4] == '-' && s[7] == '-')  // looks like a date but is not a real one
        ctx.error(n, "invalid-date", {"invalid-date", {s}});
    else
        ctx.error(n, "invalid-due", {"invalid-due", {s, "YYYY-MM-DD, YYYY-MM, YYYY-QN, YYYY-HN, YYYY, ongoing"}});
    return std::nullopt;
}

std::optional<Period> read_period(const LoadContext& ctx, const MapReader& r, std::string_view key) {
    const Text t = r.text(key);
    if (t.value.empty()) return std::nullopt;
    if (auto p = parse_period(t.value)) return p;
    ctx.error(*r.get(key), "invalid-due", {"invalid-due", {t.value, "YYYY, YYYY-HN, YYYY-QN, YYYY-MM, YYYY-MM-DD"}});
    return std::nullopt;
}

std::optional<Recurrence> read_recurrence(const LoadContext& ctx, const MapReader& r) {
    static const std::pair<std::string_view, Recurrence> names[] = {
        {"week", Recurrence::week}, {"month", Recurrence::month}, {"quarter", Recurrence::quarter},
        {"half", Recurrence::half}, {"year", Recurrence::year}};
    const Text t = r.choice("every", {"week", "month", "quarter", "half", "year"}, true);
    for (auto [name, rec] : names)
        if (t.value == name) return rec;
    (void)ctx;
    return std::nullopt;
}

std::optional<Deadline> recurring_due(const LoadContext& ctx, const MapReader& r) {
    Deadline d;
    d.kind = Deadline::Kind::recurring;
    auto rec = read_recurrence(ctx, r);
    if (!rec) return std::nullopt;
    d.every = *rec;
    if (auto day = r.integer("day")) {
        if (day->value < 1 || day->value > 31) {
            ctx.error(*r.get("day"), "invalid-date", {"invalid-date", {std::to_string(day->value)}});
            return std::nullopt;
        }
        d.day = day->value;
    }
    d.before = r.boolean("before").value_or(false);
    d.range_from = read_period(ctx, r, "from");
    d.range_until = read_period(ctx, r, "until");
    return d;
}

std::optional<Deadline> event_due(const LoadContext& ctx, const MapReader& r) {
    Deadline d;
    d.kind = Deadline::Kind::after_event;
    d.event = r.text("after", true).value;
    if (auto w = r.integer("within")) {
        if (w->value < 0) ctx.error(*r.get("within"), "invalid-value", {"invalid-value", {"within", std::to_string(w->value), ">= 0"}});
        else d.within_days = w->value;
    }
    d.working = r.boolean("working").value_or(false);
    d.expected = read_period(ctx, r, "expected");
    return d;
}

std::optional<Deadline> due_from_map(const LoadContext& ctx, const YNode& n, int plan_year) {
    MapReader r(ctx, n, "due", {"before", "on", "from", "dates", "every", "day", "until", "after", "within",
                                "working", "expected", "per"});
    if (!r.ok()) return std::nullopt;
    Deadline d;
    if (r.get("every")) return recurring_due(ctx, r);
    if (r.get("after")) return event_due(ctx, r);
    if (const Text per = r.text("per"); r.get("per")) {
        d.kind = Deadline::Kind::no_date;
        d.per = per.value;
        return d;
    }
    if (r.get("before") || r.get("on")) {
        const bool before = r.get("before") != nullptr;
        auto date = r.date(before ? "before" : "on");
        if (!date) return std::nullopt;
        d.kind = before ? Deadline::Kind::before_date : Deadline::Kind::on_date;
        d.date = date->value;
        return d;
    }
    if (r.get("from")) {
        auto p = read_period(ctx, r, "from");
        if (!p) return std::nullopt;
        d.kind = Deadline::Kind::from;
        d.period = *p;
        if (r.get("until")) {  // {from: 2024-03, until: 2024-05}: within the range "Tháng 3 – 5/2024"
            auto until = read_period(ctx, r, "until");
            if (!until) return std::nullopt;
            if (until->last_day() <= p->first_day()) {
                ctx.error(*r.get("until"), "invalid-due", {"invalid-due", {until->str(), "a period after `from`"}});
                return std::nullopt;
            }
            d.kind = Deadline::Kind::within;
            d.period_until = until;
        }
        return d;
    }
    if (const YNode* list = r.sequence("dates")) {
        d.kind = Deadline::Kind::dates;
        for (const auto& item : list->items) {
            auto part = item->is_scalar() ? due_from_scalar(ctx, *item, plan_year) : read_due(ctx, *item, plan_year);
            if (!part) return std::nullopt;
            d.parts.push_back(*part);
        }
        return d;
    }
    ctx.error(n, "invalid-due", {"invalid-due", {"{…}", "before, on, from, dates, every, after, per"}});
    return std::nullopt;
}

}  // namespace

std::optional<Deadline> read_due(const LoadContext& ctx, const YNode& node, int plan_year) {
    if (node.is_scalar()) return due_from_scalar(ctx, node, plan_year);
    if (node.is_map()) return due_from_map(ctx, node, plan_year);
    ctx.error(node, "wrong-type", {"wrong-type", {"due", "@scalar", std::string("@") + kind_label(node.kind)}});
    return std::nullopt;
}

}  // namespace cchc
