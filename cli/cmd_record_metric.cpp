// cchc record metric <metric> <value>: a measured value into the agency's journal.
// Attached to the `record` command that cmd_record.cpp sets up.
#include <iostream>

#include "yaml/diagnostic_format.hpp"
#include "base/ids.hpp"
#include "record/journal_append.hpp"
#include "record/metric_record.hpp"
#include "model/refs.hpp"
#include "base/text.hpp"
#include "commands.hpp"
#include "common.hpp"
#include "today.hpp"

namespace cchc::cli {

namespace {

struct MetricOptions {
    CommonOptions common;
    std::string ref, value, period, date, source, note, agency;
    bool dry_run = false;
    bool force = false;
};

// `<metric>`, `<agency>#<metric>` (agency id or its end), or --agency: exactly one match.
std::pair<const Agency*, const Metric*> resolve_metric(const Repository& repo, const MetricOptions& o, Lang lang) {
    std::vector<std::pair<const Agency*, const Metric*>> found;
    for (const auto& a : repo.agencies)
        for (const auto& m : a->metrics) {
            const bool named = o.ref.find('#') != std::string::npos ? matches_ref_suffix(a->id + "#" + m.id, o.ref)
                                                                   : m.id == o.ref;
            if (named && (o.agency.empty() || matches_ref_suffix(a->id, o.agency))) found.push_back({a.get(), &m});
        }
    if (found.size() == 1) return found.front();
    std::string list;
    for (const auto& [a, m] : found) list += (list.empty() ? "" : ", ") + a->id + "#" + m->id;
    throw UsageError{render(found.empty() ? Message{"record-metric-unknown", {o.ref}}
                                          : Message{"record-metric-ambiguous", {o.ref, list}}, lang)};
}

int run_metric(const MetricOptions& o) {
    auto ws = open_workspace(o.common);
    if (!repository_usable(*ws, o.force)) return kProblems;
    const auto [agency, metric] = resolve_metric(ws->repo, o, ws->lang);
    MetricRecord rec;
    rec.date = as_of_date(o.date, ws->lang);
    rec.metric = metric->id;
    rec.period = o.period;
    rec.source = is_valid_utf8(o.source) ? nfc(o.source) : o.source;
    rec.note = is_valid_utf8(o.note) ? nfc(o.note) : o.note;
    if (auto problem = read_metric_value(*metric, is_valid_utf8(o.value) ? nfc(o.value) : o.value, rec))
        throw UsageError{render(*problem, ws->lang)};
    if (auto problem = check_metric_record(*metric, rec)) throw UsageError{render(*problem, ws->lang)};
    const std::string line = metric_entry(rec);
    const AppendResult r = append_journal_entry(
        AppendRequest{ws->repo.root, agency_journal_path(ws->repo, *agency, rec.date.year), line, o.dry_run});
    if (r.status == AppendResult::Status::written) {
        std::cout << render({o.dry_run ? "record-dry-run" : "record-written", {r.shown, line}}, ws->lang) << "\n";
        return kOk;
    }
    std::cerr << "cchc: " << render(r.message, ws->lang) << "\n";
    for (const auto& d : r.problems) std::cerr << format_text(d, ws->lang, false);
    return r.status == AppendResult::Status::broken ? kProblems : kUsage;
}

}  // namespace

void setup_record_metric(CLI::App& app, int& exit_code) {
    CLI::App* record = app.get_subcommand("record");
    auto o = std::make_shared<MetricOptions>();
    CLI::App* cmd = record->add_subcommand("metric", "Ghi số liệu chỉ tiêu / record a metric's value");
    cmd->add_option("metric", o->ref, "Metric id, or <agency>#<metric> when several agencies have it")->required();
    cmd->add_option("value", o->value, "The value: a number (86,4 or 86.4) or a rating level (Tốt)")->required();
    add_common_options(*cmd, o->common);
    add_force_option(*cmd, o->force);
    cmd->add_option("--agency", o->agency, "The agency (khanh-hoa/stttt or its end) when the id is not unique");
    cmd->add_option("--period", o->period, "What it measures: 2024, 2024-H1, 2024-Q2, 2024-06");
    cmd->add_option("--date", o->date, "Date of the entry (default: today in Vietnam)");
    cmd->add_option("--source", o->source, "Source: a document number, a survey …");
    cmd->add_option("--note", o->note, "Note (free text)");
    cmd->add_flag("--dry-run", o->dry_run, "Print the entry and the journal it goes to; write nothing");
    cmd->callback([o, &exit_code] { exit_code = run_metric(*o); });
}

}  // namespace cchc::cli
