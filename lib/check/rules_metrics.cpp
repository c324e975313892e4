// unknown-metric, unknown-event
#include "load/map_reader.hpp"
#include "check/rules.hpp"
#include "base/text.hpp"

namespace cchc {

namespace {

void check_targets(const Agency& agency, const std::vector<Target>& targets, Diagnostics& diags) {
    std::vector<std::string> ids;
    for (const auto& m : agency.metrics) ids.push_back(m.id);
    // Never blank: an unreadable agency.yaml has no name; its directory stands in.
    const std::string where = !agency.short_name.empty() ? agency.short_name : !agency.name.empty() ? agency.name : agency.id;
    for (const auto& t : targets) {
        if (t.metric.value.empty() || agency.find_metric(t.metric.value)) continue;
        auto s = closest_match(t.metric.value, ids);
        Message m = s ? Message{"unknown-metric-suggest", {t.metric.value, where, *s}}
                      : Message{"unknown-metric", {t.metric.value, where}};
        diags.add(diagnostic_at(t.metric.pos, Severity::error, "unknown-metric", std::move(m)));
    }
}

void check_event(const Plan& plan, const std::optional<Deadline>& due, Diagnostics& diags, const Pos& pos) {
    if (!due) return;
    if (due->kind == Deadline::Kind::after_event && !due->event.empty() && !plan.find_event(due->event))
        diags.add(diagnostic_at(pos, Severity::error, "unknown-event", {"unknown-event", {due->event}}));
    for (const auto& part : due->parts) check_event(plan, part, diags, pos);
}

}  // namespace

void check_unknown_metrics(const Plan& plan, Diagnostics& diags) {
    if (!plan.agency) return;
    for (const auto& t : plan.tasks) check_targets(*plan.agency, t.targets, diags);
    for (const auto& g : plan.goals) check_targets(*plan.agency, g.targets, diags);
}

void check_unknown_metrics(const Repository& repo, Diagnostics& diags) {
    for (const auto& plan : repo.plans) check_unknown_metrics(plan, diags);
}

void check_unknown_events(const Plan& plan, Diagnostics& diags) {
    check_event(plan, plan.default_due, diags, plan.default_due_pos);
    for (const auto& t : plan.tasks) {
        check_event(plan, t.due, diags, t.due_pos);
        for (const auto& m : t.milestones) check_event(plan, m.due, diags, m.due_pos);
    }
}

void check_unknown_events(const Repository& repo, Diagnostics& diags) {
    for (const auto& plan : repo.plans) check_unknown_events(plan, diags);
}

}  // namespace cchc
