// journal-unknown-task, journal-unknown-occurrence, journal-unknown-metric, journal-unknown-event,
// journal-unknown-unit.
// (No rule on the entries' order: a journal keeps the order entries were written, and an
// entry dated before the one above it is normal: a report received late, recorded today.)
#include "load/map_reader.hpp"
#include "model/refs.hpp"
#include "check/rules.hpp"
#include "state/task_occurrences.hpp"
#include "base/text.hpp"
#include "model/units.hpp"

namespace cchc {

namespace {
// Never blank: an agency.yaml that could not be read has no name; its directory stands in.
std::string agency_name(const Agency* a) {
    if (!a) return "?";
    return !a->short_name.empty() ? a->short_name : !a->name.empty() ? a->name : a->id;
}
}  // namespace

void check_journal_tasks(const Repository& repo, Diagnostics& diags) {
    const PlansByAgency plans_of(repo);
    for (const auto& j : repo.journals) {
        if (!j.agency) continue;
        for (const auto& e : j.entries) {
            if (e.task.value.empty()) continue;
            auto found = find_tasks(plans_of, e.task.value, j.agency);
            if (found.size() == 1) continue;
            if (found.empty()) {
                diags.add(diagnostic_at(e.task.pos, Severity::error, "journal-unknown-task",
                                        {"journal-unknown-task", {e.task.value}}));
                continue;
            }
            std::string list;
            for (const auto& m : found) list += (list.empty() ? "" : ", ") + m.plan->stem + "#" + m.task->id.value;
            diags.add(diagnostic_at(e.task.pos, Severity::error, "journal-unknown-task",
                                    {"journal-ambiguous-task", {e.task.value, list}}));
        }
    }
}

// `due` applies an entry with an occurrence to that occurrence alone: one it cannot find (a
// typo, a month of a quarterly task, a milestone id the task does not have) would be
// silently ignored, and the task stay overdue although recorded done.
void check_journal_occurrences(const Repository& repo, Diagnostics& diags) {
    const PlansByAgency plans_of(repo);
    for (const auto& j : repo.journals) {
        if (!j.agency) continue;
        for (const auto& e : j.entries) {
            if (e.task.value.empty() || e.occurrence.value.empty()) continue;
            const auto found = find_tasks(plans_of, e.task.value, j.agency);
            if (found.size() != 1) continue;  // journal-unknown-task
            const OccurrenceNames names = occurrence_names(*found[0].plan, *found[0].task);
            if (names_occurrence(names, e.occurrence.value)) continue;
            diags.add(diagnostic_at(e.occurrence.pos, Severity::error, "journal-unknown-occurrence",
                                    unknown_occurrence(names, e.occurrence.value, found[0].task->id.value)));
        }
    }
}

// `due` matches an entry's `unit:` against unit codes as they are: a code the agency does not
// have (a typo, a name, a group, another case) would count for nobody, and the unit stay
// listed as missing although its report was recorded. The suggestion is the code the text
// names (a name, an alias, another case) or else the closest code.
void check_journal_units(const Repository& repo, Diagnostics& diags) {
    for (const auto& j : repo.journals) {
        if (!j.agency) continue;
        const Agency& agency = *j.agency;
        for (const auto& e : j.entries) {
            if (e.unit.value.empty() || agency.find_unit(e.unit.value)) continue;
            std::optional<std::string> suggestion;
            const auto ref = unit_index(agency).resolve(e.unit.value);
            if (ref && ref->kind == UnitRef::Kind::unit) suggestion = ref->code;
            if (!suggestion) {
                std::vector<std::string> codes;
                for (const auto& u : agency.units) codes.push_back(u.code);
                suggestion = closest_match(e.unit.value, codes);
            }
            const bool group = ref && ref->kind == UnitRef::Kind::group;
            Message m = group         ? Message{"journal-unit-is-group", {e.unit.value, agency_name(&agency)}}
                        : suggestion ? Message{"journal-unknown-unit-suggest", {e.unit.value, agency_name(&agency), *suggestion}}
                                     : Message{"journal-unknown-unit", {e.unit.value, agency_name(&agency)}};
            diags.add(diagnostic_at(e.unit.pos, Severity::error, "journal-unknown-unit", std::move(m)));
        }
    }
}

void check_journal_metrics(const Repository& repo, Diagnostics& diags) {
    for (const auto& j : repo.journals) {
        if (!j.agency) continue;
        std::vector<std::string> ids;
        for (const auto& m : j.agency->metrics) ids.push_back(m.id);
        for (const auto& e : j.entries) {
            if (e.metric.value.empty() || j.agency->find_metric(e.metric.value)) continue;
            auto s = closest_match(e.metric.value, ids);
            Message m = s ? Message{"unknown-metric-suggest", {e.metric.value, agency_name(j.agency), *s}}
                          : Message{"journal-unknown-metric", {e.metric.value, agency_name(j.agency)}};
            diags.add(diagnostic_at(e.metric.pos, Severity::error, "journal-unknown-metric", std::move(m)));
        }
    }
}

void check_journal_events(const Repository& repo, Diagnostics& diags) {
    const PlansByAgency plans_of(repo);
    for (const auto& j : repo.journals) {
        if (!j.agency) continue;
        for (const auto& e : j.entries)
            if (!e.event.value.empty() && find_events(plans_of, e.event.value, j.agency).size() != 1)
                diags.add(diagnostic_at(e.event.pos, Severity::error, "journal-unknown-event",
                                        {"journal-unknown-event", {e.event.value}}));
    }
}

}  // namespace cchc
