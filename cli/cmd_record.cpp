// cchc record status|event|close: append one entry to the journal of the task's (event's) agency.
#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <set>
#include <variant>
#include <vector>

#include "yaml/diagnostic_format.hpp"
#include "record/done_before.hpp"
#include "record/journal_append.hpp"
#include "state/occurrence_range.hpp"
#include "state/plan_lifecycle.hpp"
#include "record/record_batch.hpp"
#include "io/safe_read.hpp"
#include "yaml/source.hpp"
#include "model/refs.hpp"
#include "render/status_words.hpp"
#include "state/task_occurrences.hpp"
#include "track/unit_filter.hpp"
#include "base/text.hpp"
#include "commands.hpp"
#include "common.hpp"
#include "today.hpp"

namespace cchc::cli {

namespace {

struct RecordOptions {
    CommonOptions common;
    std::string ref, status, date, evidence, note, due, occurrence, unit;
    bool issue = false, dry_run = false;
    bool force = false;
    bool again = false;  // --again: a second "done" on purpose
    std::string input, format = "auto";  // record batch: the file ("-": stdin) and its format
};

// A task or an event of a plan, as candidates for a reference.
struct Candidate {
    const Plan* plan = nullptr;
    std::string id;
    const Task* task = nullptr;  // for tasks: to list them by STT and text when ambiguous
};

// How a candidate is offered as a suggestion: in the same form as the user's reference.
std::string suggestion_form(const Candidate& c, const std::string& ref) {
    if (ref.find('/') != std::string::npos) return c.plan->id + "#" + c.id;
    if (ref.find('#') != std::string::npos) return c.plan->stem + "#" + c.id;
    return c.id;
}

// The one candidate `ref` names; otherwise a UsageError listing the matches or the closest.
Candidate pick_one(const std::vector<Candidate>& found, const std::vector<Candidate>& all, const std::string& ref,
                   const std::string& kind, Lang lang) {
    if (found.size() == 1) return found.front();
    if (found.size() > 1) {
        std::string list;
        for (size_t i = 0; i < found.size() && i < 12; ++i)
            list += (i ? ", " : "") + found[i].plan->id + "#" + found[i].id;
        if (found.size() > 12) list += ", …";
        throw UsageError{render({"record-ambiguous-" + kind, {ref, list}}, lang)};
    }
    std::vector<std::string> names;
    for (const auto& c : all) names.push_back(suggestion_form(c, ref));
    if (auto s = closest_match(ref, names))
        throw UsageError{render({"record-unknown-" + kind + "-suggest", {ref, *s}}, lang)};
    throw UsageError{render({"journal-unknown-" + kind, {ref}}, lang)};
}

// Several tasks answer to `ref` (a repeated STT, an id in several plans): one line each,
// with the reference that names it alone, its STT and the start of its text.
[[noreturn]] void ambiguous_task(const std::vector<Candidate>& found, const std::string& ref, Lang lang) {
    std::string list;
    for (const auto& c : found) {
        const std::string& stt = c.task->stt.value;
        list += "\n  " + c.plan->id + "#" + c.id + (stt.empty() || stt == c.id ? "" : "  (STT " + stt + ")") +
                "  " + truncate_to_width(c.task->task.value, 60);
    }
    throw UsageError{render({"record-ambiguous-task-list", {ref, std::to_string(found.size()), list}}, lang)};
}

Candidate resolve_task(const Repository& repo, const std::string& ref, Lang lang) {
    std::vector<Candidate> found, all;
    for (const auto& m : find_tasks_as_typed(repo, ref)) found.push_back({m.plan, m.task->id.value, m.task});
    if (found.size() > 1) ambiguous_task(found, ref, lang);
    for (const auto& p : repo.plans)
        for (const auto& t : p.tasks) all.push_back({&p, t.id.value});
    return pick_one(found, all, ref, "task", lang);
}

Candidate resolve_event(const Repository& repo, const std::string& ref, Lang lang) {
    std::vector<Candidate> found, all;
    for (const auto& m : find_events_as_typed(repo, ref)) found.push_back({m.plan, m.event->id.value});
    for (const auto& p : repo.plans)
        for (const auto& e : p.events) all.push_back({&p, e.id.value});
    return pick_one(found, all, ref, "event", lang);
}

std::optional<Date> due_option(const std::string& due, Lang lang) {
    if (due.empty()) return std::nullopt;
    return typed_date(due, lang);
}

// Appends `lines` (all, or none) to the plan's journal of `date`'s year and reports them; the
// exit status. An entry dated before the journal's last one is normal (a report received
// late, last week's duty recorded today): the journal keeps the order entries were written.
int append_and_report(const Workspace& ws, const Plan& plan, const Date& date, const std::vector<std::string>& lines,
                      bool dry_run) {
    AppendRequest req{ws.repo.root, journal_for(ws.repo, plan, date.year), lines.front(), dry_run};
    const AppendResult r = append_journal_entries(req, lines);
    using Status = AppendResult::Status;
    if (r.status == Status::written) {
        for (const auto& line : lines)
            std::cout << render({dry_run ? "record-dry-run" : "record-written", {r.shown, line}}, ws.lang) << "\n";
        return kOk;
    }
    std::cerr << "cchc: " << render(r.message, ws.lang) << "\n";
    for (const auto& d : r.problems) std::cerr << format_text(d, ws.lang, false);
    return r.status == Status::broken ? kProblems : kUsage;
}

int append_and_report(const Workspace& ws, const Plan& plan, const Date& date, const std::string& line, bool dry_run) {
    return append_and_report(ws, plan, date, std::vector<std::string>{line}, dry_run);
}

// A date the entry cannot honestly have: more than a day ahead of today (Vietnam), or outside
// the plan's year and period and the quarter after it (when its reports come in). Refused
// unless --force: nearly always a typo (2042 for 2024) or the wrong plan.
void refuse_unlikely_date(const Plan& plan, const Date& date, bool force, Lang lang) {
    if (force) return;
    const Date today = as_of_date("", lang);
    if (days_between(today, date) > 1)
        throw UsageError{render({"record-date-future", {date.dmy(), today.dmy()}}, lang)};
    const PlanPeriod period = plan_period(plan);
    const Date first = std::min(period.first, Date{plan.year.value, 1, 1});
    const Date last = period.last.plus_days(92);
    if (date < first || last < date)
        throw UsageError{render({"record-date-outside-plan", {date.dmy(), plan.stem, first.dmy(), last.dmy()}}, lang)};
}

// What was recorded, in words: the entry names the task by id, the user may have typed its STT.
std::string task_line(const Task& t, Lang lang) {
    const std::string stt = t.stt.value.empty() ? t.id.value : t.stt.value;
    return render({"record-task-line", {t.id.value, stt, t.task.value}}, lang);
}

// A second "done" for a task the journal already has done is refused unless --again:
// it is nearly always a re-run or the wrong task, and a journal is never edited back.
void refuse_second_done(const Workspace& ws, const Candidate& task, const StatusRecord& rec, bool again) {
    if (rec.status != Status::done) return;
    const auto before = standing_done(ws.repo, *task.plan, *task.task, rec.occurrence);
    if (!before) return;
    const std::string where =
        before->pos.file ? before->pos.file->path + ":" + std::to_string(before->pos.line) : std::string("?");
    const std::string what = rec.occurrence.empty() ? rec.task : rec.task + " [" + rec.occurrence + "]";
    if (!again) throw UsageError{render({"record-done-again", {what, before->date.dmy(), where}}, ws.lang)};
    std::cerr << "cchc: " << render({"record-done-again-note", {what, before->date.dmy(), where}}, ws.lang) << "\n";
}

// A task with several occurrences of its own (weekly, quarterly, several deliverables, one
// per event) is never "done" as a whole: which one? Refused, with the ones still open.
void refuse_done_without_occurrence(const Workspace& ws, const Candidate& task, const StatusRecord& rec) {
    if (rec.status != Status::done || !rec.occurrence.empty()) return;
    const auto own = own_occurrences(ws.repo, *task.plan, *task.task);
    if (!own) return;
    std::string open;
    size_t n = 0;
    for (const auto& o : *own)
        if (o.open && ++n <= 8) open += (open.empty() ? "" : ", ") + o.name;
    if (n > 8) open += ", …";
    if (n == 0) open = "-";
    throw UsageError{render({"record-needs-occurrence", {rec.task, std::to_string(n), open}}, ws.lang)};
}

// An occurrence the task does not have would be ignored by `due` (and flagged by `check`):
// refused with the ones it has, before anything is written.
void refuse_unknown_occurrence(const Candidate& task, const StatusRecord& rec, Lang lang) {
    if (rec.occurrence.empty()) return;
    const OccurrenceNames names = occurrence_names(*task.plan, *task.task);
    if (names_occurrence(names, rec.occurrence)) return;
    throw UsageError{render(unknown_occurrence(names, rec.occurrence, task.id), lang)};
}

// The units that owe what `occurrence` names: the internal milestone's (its id before any
// "/") or the task's own lead, groups expanded (the recipient never owes itself).
std::set<std::string> owing_units(const Plan& plan, const Task& task, const std::string& occurrence) {
    const std::string id = occurrence.substr(0, occurrence.find('/'));
    for (const Milestone& m : task.milestones)
        if (m.internal() && m.id.value == id) return role_units(*plan.agency, m.lead, {}, m.informed).lead;
    return role_units(*plan.agency, task.lead, task.support, task.informed).lead;
}

// --unit: one unit's report of what a group owes; the unit must be one of those owing it.
// Without --unit, a done closes it for every owing unit: said, when there are several.
void check_unit(const Candidate& task, const StatusRecord& rec, Lang lang) {
    if (!task.plan->agency) return;
    const auto owing = owing_units(*task.plan, *task.task, rec.occurrence);
    std::string list;
    for (const auto& u : owing) list += (list.empty() ? "" : ", ") + u;
    if (!rec.unit.empty()) {
        if (!owing.count(rec.unit)) throw UsageError{render({"record-unit-not-owing", {rec.unit, rec.task, list}}, lang)};
    } else if (rec.status == Status::done && owing.size() > 1) {
        std::cerr << "cchc: " << render({"record-done-for-all", {list}}, lang) << "\n";
    }
}

// Within one batch: the first input line recording each done (task, occurrence, unit), so a
// second one is refused as record refuses a done the journal already has.
using BatchDone = std::map<std::string, int>;

// What `record status` would append for `o` (one line, or one per occurrence of a range or
// list), after every refusal of a single record: the task, its plan and the entry's date.
// Throws UsageError. `batch` (with the entry's input line) also refuses a done twice in it.
struct PreparedStatus {
    Candidate task;
    Date date;
    std::vector<std::string> lines;
};

PreparedStatus prepare_status(const Workspace& ws, const RecordOptions& o, BatchDone* batch = nullptr,
                              int input_line = 0) {
    StatusRecord rec;
    rec.date = as_of_date(o.date, ws.lang);
    const Candidate task = resolve_task(ws.repo, o.ref, ws.lang);
    rec.task = task.plan->stem + "#" + task.id;
    const auto status = status_from_word(o.status);
    rec.status = status.value_or(Status::planned);  // no word: refused below, after the task
    rec.occurrence = o.occurrence;
    rec.due = due_option(o.due, ws.lang);
    rec.evidence = is_valid_utf8(o.evidence) ? nfc(o.evidence) : o.evidence;
    rec.note = is_valid_utf8(o.note) ? nfc(o.note) : o.note;
    rec.issue = o.issue;
    rec.unit = o.unit;
    if (!status) throw UsageError{render({"record-invalid-status", {o.status}}, ws.lang)};
    refuse_unlikely_date(*task.plan, rec.date, o.force, ws.lang);
    refuse_done_without_occurrence(ws, task, rec);
    // One entry per occurrence named ("tuan/2024-W01..W20", "2024-01,2024-02"), each checked
    // as if recorded alone, then appended together: all of them or none.
    std::vector<std::string> occurrences{rec.occurrence};
    if (rec.occurrence.find("..") != std::string::npos || rec.occurrence.find(',') != std::string::npos) {
        auto expanded = expand_occurrences(occurrence_names(*task.plan, *task.task), rec.occurrence, task.id);
        if (auto* m = std::get_if<Message>(&expanded)) throw UsageError{render(*m, ws.lang)};
        occurrences = std::get<std::vector<std::string>>(expanded);
    }
    PreparedStatus out{task, rec.date, {}};
    for (const auto& occurrence : occurrences) {
        StatusRecord one = rec;
        one.occurrence = occurrence;
        if (auto problem = check_status_record(one)) throw UsageError{render(*problem, ws.lang)};
        refuse_unknown_occurrence(task, one, ws.lang);
        refuse_second_done(ws, task, one, o.again);
        if (batch && one.status == Status::done && !o.again) {
            const std::string what = one.occurrence.empty() ? one.task : one.task + " [" + one.occurrence + "]";
            const auto [it, fresh] = batch->try_emplace(what + (one.unit.empty() ? "" : " unit " + one.unit), input_line);
            if (!fresh)
                throw UsageError{render({"batch-done-twice", {what, std::to_string(it->second)}}, ws.lang)};
        }
        out.lines.push_back(status_entry(one));
    }
    check_unit(task, rec, ws.lang);
    return out;
}

int run_status(const RecordOptions& o) {
    auto ws = open_workspace(o.common);
    if (!repository_usable(*ws, o.force)) return kProblems;
    const PreparedStatus p = prepare_status(*ws, o);
    const int rc = append_and_report(*ws, *p.task.plan, p.date, p.lines, o.dry_run);
    if (rc == kOk) std::cout << task_line(*p.task.task, ws->lang) << "\n";
    return rc;
}

struct PreparedEvent {
    Candidate event;
    Date date;
    std::string line;
};

PreparedEvent prepare_event(const Workspace& ws, const RecordOptions& o) {
    EventRecord rec;
    rec.date = as_of_date(o.date, ws.lang);
    const Candidate event = resolve_event(ws.repo, o.ref, ws.lang);
    rec.event = event.plan->stem + "#" + event.id;
    rec.note = is_valid_utf8(o.note) ? nfc(o.note) : o.note;
    refuse_unlikely_date(*event.plan, rec.date, o.force, ws.lang);
    if (auto problem = check_event_record(rec)) throw UsageError{render(*problem, ws.lang)};
    return {event, rec.date, event_entry(rec)};
}

int run_event(const RecordOptions& o) {
    auto ws = open_workspace(o.common);
    if (!repository_usable(*ws, o.force)) return kProblems;
    const PreparedEvent p = prepare_event(*ws, o);
    return append_and_report(*ws, *p.event.plan, p.date, p.line, o.dry_run);
}

// `record close <plan>`: the plan stops being in force after --date (plan_lifecycle.hpp).
int run_close(const RecordOptions& o) {
    auto ws = open_workspace(o.common);
    if (!repository_usable(*ws, o.force)) return kProblems;
    CloseRecord rec;
    rec.date = as_of_date(o.date, ws->lang);
    const auto plans = find_plans(ws->repo, o.ref);
    if (plans.empty()) throw UsageError{render({"unknown-plan-cli", {o.ref}}, ws->lang)};
    if (plans.size() > 1) {
        std::string list;
        for (const Plan* p : plans) list += (list.empty() ? "" : ", ") + p->id;
        throw UsageError{render({"plan-ref-ambiguous", {o.ref, list}}, ws->lang)};
    }
    rec.plan = plans.front()->stem;
    rec.note = is_valid_utf8(o.note) ? nfc(o.note) : o.note;
    if (auto problem = check_close_record(rec)) throw UsageError{render(*problem, ws->lang)};
    return append_and_report(*ws, *plans.front(), rec.date, close_entry(rec), o.dry_run);
}

// The batch's text: the file, or stdin for "-"; at most the size of a source file.
std::string read_batch_input(const std::string& input, Lang lang) {
    std::string text;
    if (input == "-") {
        char buf[65536];
        while (std::cin.read(buf, sizeof buf) || std::cin.gcount() > 0) {
            text.append(buf, static_cast<size_t>(std::cin.gcount()));
            if (text.size() > kMaxSourceBytes) throw UsageError{render({"batch-too-large", {"stdin"}}, lang)};
        }
        return text;
    }
    const SafeRead r = read_regular_file(input, kMaxSourceBytes, text);
    if (r.status == SafeRead::Status::too_large) throw UsageError{render({"batch-too-large", {input}}, lang)};
    if (r.status == SafeRead::Status::not_regular) throw UsageError{render({"batch-unreadable", {input, file_kind(input)}}, lang)};
    if (!r.ok()) throw UsageError{render({"batch-unreadable", {input, std::strerror(r.err)}}, lang)};
    return text;
}

// One input entry as the options of a single `record status` or `record event`.
RecordOptions entry_options(const RecordOptions& batch, const BatchEntry& e, Lang lang) {
    RecordOptions one;
    one.common = batch.common;
    one.force = batch.force;
    one.again = batch.again;
    one.date = e.get("date");
    one.note = e.get("note");
    const std::string task = e.get("task"), event = e.get("event");
    if (task.empty() == event.empty()) throw UsageError{render({"batch-task-or-event", {}}, lang)};
    if (!event.empty()) {
        for (const char* key : {"status", "occurrence", "due", "evidence", "unit", "issue"})
            if (!e.get(key).empty()) throw UsageError{render({"batch-event-key", {key}}, lang)};
        one.ref = event;
        return one;
    }
    one.ref = task;
    one.status = e.get("status");
    if (one.status.empty()) throw UsageError{render({"batch-no-status", {}}, lang)};
    one.occurrence = e.get("occurrence");
    one.due = e.get("due");
    one.evidence = e.get("evidence");
    one.unit = e.get("unit");
    const std::string issue = fold(e.get("issue"));
    if (issue == "true" || issue == "yes" || issue == "1" || issue == "x" || issue == "co") one.issue = true;
    else if (!issue.empty() && issue != "false" && issue != "no" && issue != "0" && issue != "khong")
        throw UsageError{render({"batch-issue-value", {e.get("issue")}}, lang)};
    return one;
}

// `record batch <file|->`: every entry checked as `record status`/`record event` checks one,
// then all appended to their journal in one write; one refused entry and nothing is written.
int run_batch(const RecordOptions& o) {
    auto ws = open_workspace(o.common);
    if (!repository_usable(*ws, o.force)) return kProblems;
    const Lang lang = ws->lang;
    const std::string shown = o.input == "-" ? "stdin" : o.input;
    const BatchFormat format = o.format == "csv"       ? BatchFormat::csv
                               : o.format == "journal" ? BatchFormat::journal
                                                       : BatchFormat::automatic;
    const BatchInput in = parse_record_batch(read_batch_input(o.input, lang), format);
    std::vector<std::string> refusals;
    auto at = [&](int line) { return line > 0 ? shown + ":" + std::to_string(line) + ": " : shown + ": "; };
    for (const auto& p : in.problems) refusals.push_back(at(p.line) + render(p.message, lang));

    // Each accepted entry's lines, and the journal each goes to (the first input line for it).
    std::vector<std::string> lines;
    std::map<std::filesystem::path, std::pair<int, std::pair<const Plan*, Date>>> journals;
    BatchDone done;
    for (const auto& e : in.entries) {
        try {
            const RecordOptions one = entry_options(o, e, lang);
            const Plan* plan = nullptr;
            Date date;
            if (one.status.empty()) {
                const PreparedEvent p = prepare_event(*ws, one);
                plan = p.event.plan, date = p.date;
                lines.push_back(p.line);
            } else {
                const PreparedStatus p = prepare_status(*ws, one, &done, e.line);
                plan = p.task.plan, date = p.date;
                lines.insert(lines.end(), p.lines.begin(), p.lines.end());
            }
            journals.try_emplace(journal_for(ws->repo, *plan, date.year), e.line, std::pair{plan, date});
        } catch (const UsageError& err) {
            refusals.push_back(at(e.line) + err.message);
        }
    }
    // One write is all or nothing only within one file: a batch for several journals
    // (two agencies, two years) is split by the user, never half written.
    if (journals.size() > 1) {
        std::string list;
        for (const auto& [path, first] : journals)
            list += "\n  " + path.lexically_relative(ws->repo.root).generic_string() + " (" +
                    render({"batch-from-line", {std::to_string(first.first)}}, lang) + ")";
        refusals.push_back(at(0) + render({"batch-several-journals", {std::to_string(journals.size()), list}}, lang));
    }
    if (refusals.empty() && lines.empty()) refusals.push_back(at(0) + render({"batch-empty", {}}, lang));
    if (!refusals.empty()) {
        for (const auto& r : refusals) std::cerr << "cchc: " << r << "\n";
        std::cerr << "cchc: " << render({"batch-refused", {std::to_string(refusals.size()), shown}}, lang) << "\n";
        return kUsage;
    }
    const auto& [plan, date] = journals.begin()->second.second;
    const int rc = append_and_report(*ws, *plan, date, lines, o.dry_run);
    if (rc == kOk)
        std::cout << render({o.dry_run ? "batch-dry-run" : "batch-written", {std::to_string(lines.size()),
                            std::to_string(in.entries.size())}}, lang) << "\n";
    return rc;
}

// Options every record kind takes.
void add_entry_options(CLI::App& cmd, RecordOptions& o) {
    add_common_options(cmd, o.common);
    add_force_option(cmd, o.force);
    cmd.add_option("--date", o.date, "Date of the entry, YYYY-MM-DD or dd/mm/yyyy (default: today in Vietnam)");
    cmd.add_option("--note", o.note, "Note (free text)");
    cmd.add_flag("--dry-run", o.dry_run, "Print the entry and the journal it goes to; write nothing");
}

}  // namespace

void setup_record(CLI::App& app, int& exit_code) {
    CLI::App* cmd = app.add_subcommand("record", "Ghi thêm vào sổ theo dõi / append to a journal");
    cmd->require_subcommand(1);

    auto st = std::make_shared<RecordOptions>();
    CLI::App* status = cmd->add_subcommand("status", "Ghi trạng thái nhiệm vụ / record a task's status");
    status->add_option("task", st->ref, "<plan>#<id>, <plan>#<STT> as due shows it, or any unique suffix")->required();
    status->add_option("status", st->status,
                       "done (xong), in_progress (đang thực hiện), extended (gia hạn), blocked (vướng mắc), cancelled (hủy) or carried_over (chuyển tiếp)")
        ->required();
    add_entry_options(*status, *st);
    status->add_option("--evidence", st->evidence, "Evidence (minh chứng): document number, link …");
    status->add_option("--due", st->due, "extended: the new deadline, YYYY-MM-DD or dd/mm/yyyy");
    status->add_option("--occurrence", st->occurrence,
                       "Which occurrence: a period of a recurring task (2024-Q1, 2024-06, 2024-W05) or an internal deadline (bc-vp, tuan/2024-W47); one the task has. Several: a range 2024-01..2024-06, tuan/2024-W01..W20, or a list 2024-Q1,2024-Q2 (all written, or none). Required for done on a task with several occurrences");
    status->add_option("--unit", st->unit,
                       "One unit's report of what a group owes (all, phong_cm): e.g. --occurrence bc-vp --unit TTr; without it, done closes it for every unit");
    status->add_flag("--issue", st->issue, "A difficulty to bring up in reports (issue: true)");
    status->add_flag("--again", st->again, "Record done although the journal already has the task done");
    status->callback([st, &exit_code] { exit_code = run_status(*st); });

    auto ev = std::make_shared<RecordOptions>();
    CLI::App* event = cmd->add_subcommand("event", "Ghi sự kiện đã xảy ra / record that an event happened");
    event->add_option("event", ev->ref, "<plan>#<event-id> or any unique suffix")->required();
    add_entry_options(*event, *ev);
    event->callback([ev, &exit_code] { exit_code = run_event(*ev); });

    auto ba = std::make_shared<RecordOptions>();
    CLI::App* batch = cmd->add_subcommand("batch", "Ghi nhiều mục từ tệp / record many entries from a file");
    batch->add_option("file", ba->input, "CSV with a header row (date,task,status,occurrence,unit,evidence,note,due,issue or event), or journal lines (- { date: …, task: …, status: … }); - reads stdin")
        ->required();
    add_common_options(*batch, ba->common);
    add_force_option(*batch, ba->force);
    batch->add_option("--format", ba->format, "auto (default: journal lines when the first entry starts with -), csv or journal")
        ->check(CLI::IsMember({"auto", "csv", "journal"}));
    batch->add_flag("--again", ba->again, "Record done although the journal already has the task done");
    batch->add_flag("--dry-run", ba->dry_run, "Print the entries and the journal they go to; write nothing");
    batch->callback([ba, &exit_code] { exit_code = run_batch(*ba); });

    auto cl = std::make_shared<RecordOptions>();
    CLI::App* close = cmd->add_subcommand("close", "Đóng kế hoạch / record that a plan is closed (no longer in force)");
    close->add_option("plan", cl->ref, "The plan: its id or the end of it (2024-tuyen-truyen-cchc)")->required();
    add_entry_options(*close, *cl);
    close->callback([cl, &exit_code] { exit_code = run_close(*cl); });
}

}  // namespace cchc::cli
