#pragma once
// The typed model of a plan repository: agencies (units, groups, metrics), plans
// (sections, tasks, targets, deadlines, goals, reporting duties, events) and journals.
// Every value that can be wrong keeps its source position.
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <variant>
#include <vector>

#include "base/date.hpp"
#include "model/status.hpp"
#include "time/deadline.hpp"
#include "yaml/source.hpp"

namespace cchc {

struct Pos {
    const SourceFile* file = nullptr;
    int line = 0;
    int col = 0;
};

template <class T>
struct Located {
    T value{};
    Pos pos;
};
using Text = Located<std::string>;

struct Unit {
    std::string code;
    Pos pos;
    std::string name;
    std::vector<Text> aliases;
    Text parent;
    bool external = false;
};

struct Group {
    std::string id;
    Pos pos;
    std::string name;
    std::vector<Text> aliases;
    std::vector<Text> members;
};

struct Metric {
    std::string id;
    Pos pos;
    std::string name;
    std::string unit;                // "%", "count", "days" …; empty for a rating scale
    std::vector<std::string> scale;  // ordered low → high; non-empty for ratings
    std::optional<double> min, max;
    std::string index;               // PAR_INDEX, SIPAS …
    std::string computed;            // done_share, on_time_share … (filled from the journal)
    Text of;                         // plan a computed metric counts over
    bool kind_conflict = false;      // both unit and scale: reported once, at the metric
    bool is_rating() const { return !scale.empty(); }
};

class UnitIndex;

struct Agency {
    std::string id;  // directory under plans/, e.g. "khanh-hoa/stttt"
    // The shortest trailing part of `id` no other agency of the repository ends with: "skhdt",
    // or "khanh-hoa/stttt" when lang-son/stttt exists too. Qualifies unit keys ("skhdt:VP").
    std::string key;
    const SourceFile* file = nullptr;
    std::string name, short_name, province;
    // What its documents carry (Nghị định 30/2020/NĐ-CP, Phụ lục I): the governing body above
    // its name ("UBND TỈNH KHÁNH HÒA"), the place in the date line (default: province), the
    // abbreviation in the number line ("STTTT"; default: short), who signs, and "Nơi nhận".
    std::string parent, place, abbreviation;
    struct Signer {
        std::string authority, title, name;  // "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Trọng Hùng"
    } signer;
    std::vector<std::string> recipients;
    std::vector<Unit> units;
    std::vector<Group> groups;
    std::vector<Metric> metrics;

    const Unit* find_unit(std::string_view code) const;
    const Group* find_group(std::string_view id) const;
    const Metric* find_metric(std::string_view id) const;
    // "skhdt:VP": a unit (or group) code qualified by the agency's key, as JSON/CSV and the
    // per-unit tallies key units so that VP of two agencies never add up.
    std::string unit_key(std::string_view code) const { return key + ":" + std::string(code); }

    // Built on first use by unit_index() (lib/model/units.cpp): once per agency, not per task.
    mutable std::shared_ptr<const UnitIndex> unit_index_cache;
};

// A target value: a number (87, 0, 2) or a level of a rating scale ("Tốt").
using TargetValue = std::variant<std::monostate, double, std::string>;

struct Target {
    Pos pos;
    Text metric;
    Text op;  // >=, >, <=, <, ==, increase, decrease, improve; empty for a deliverable
    Located<TargetValue> value;
    std::optional<double> baseline;
    std::string text;         // the phrase of the result it encodes
    std::string deliverable;  // set for a deliverable target (met when the task is done)
};

struct Goal {
    Pos pos;
    std::string text;
    std::vector<Target> targets;
};

struct Milestone {
    Pos pos;
    std::string what;
    Text timing;
    std::optional<Deadline> due;
    Pos due_pos;
    // An internal deadline has its own lead ("các phòng gửi Văn phòng trước 04/12"): it is
    // listed besides the task's own deadline, for its lead, and for `informed` (who receives).
    Text id;                           // how a journal names it: occurrence "<id>" or "<id>/<key>"
    std::vector<Text> lead, informed;  // empty lead: a part of the task's own deadline
    bool internal() const { return !lead.empty(); }
};

struct Task {
    Pos pos;
    Text id;
    Text stt;
    Text task;
    std::string criterion;
    Text result;
    std::vector<Target> targets;
    Text timing;
    std::optional<Deadline> due;  // the structured `due`, as written
    Pos due_pos;
    std::vector<Milestone> milestones;
    std::vector<Text> lead, support;
    std::vector<Text> informed;  // named in the method as recipients or approvers, not doers
    Text method;
    std::string note;
    std::string section;  // id of the enclosing section; empty for reporting duties
    std::string index;    // inherited from the sections (PAR_INDEX, SIPAS …)
    bool reporting = false;  // a reporting duty from "Tổ chức thực hiện"
    // `ongoing:` as written: a year-long activity or not; unset = detected (year_long.hpp).
    std::optional<bool> ongoing;
    Pos ongoing_pos;
};

struct Section {
    Pos pos;
    Text id;
    std::string stt, title, index, text;
    std::string parent;  // id of the parent section; empty at top level
    int depth = 0;
};

struct Event {
    Text id;
    std::string name;
    std::optional<Period> expected;
};

struct Assignment {
    Pos pos;
    std::string text;
    std::vector<Text> lead, support;
};

struct Plan {
    std::string id;    // path under plans/ without .yaml
    std::string stem;  // file name without .yaml: how journals refer to it
    const Agency* agency = nullptr;
    const SourceFile* file = nullptr;
    Text number, issued, title, place;
    Located<int> year;
    // The plan's period when written (`from`/`until`); else it runs from its issue date
    // (or 1 January) to 31 December of `year` (see plan_lifecycle.hpp).
    std::optional<Located<Date>> from, until;
    // The date of the earliest journal entry about the plan (a task's status, an event, its
    // closing), set once journals are loaded (note_plan_first_entries): evidence the plan was
    // in force by then, for a plan whose issue day is unknown.
    std::optional<Date> first_entry;
    std::string signer_name, signer_title;
    std::vector<std::string> basis, purposes, requirements, notes;
    std::vector<Goal> goals;
    Text default_timing;
    std::optional<Deadline> default_due;
    Pos default_due_pos;
    std::vector<Event> events;
    std::vector<Section> sections;  // depth-first, in file order
    std::vector<Task> tasks;        // every task, then the reporting duties
    std::vector<Assignment> assignments;
    // A plan with a YAML syntax error has no content; `partial` holds what was read before
    // the error (at line `partial_until`), for --force to keep.
    std::shared_ptr<const Plan> partial;
    int partial_until = 0;
    // Only the header is loaded yet (basis, purposes, requirements, notes, goals, sections,
    // tasks and assignments are still packed): a command that skips the plans out of its scope
    // loads the bodies of those it looks at (load_plan_bodies, state/repository.hpp).
    bool body_pending = false;

    const Task* find_task(std::string_view id) const;
    const Event* find_event(std::string_view id) const;
    const Section* find_section(std::string_view id) const;
};

// A plan whose body is still packed would read as a plan without tasks: a wrong figure, not
// a slow one. What reads tasks, goals or sections of a plan it was given calls this first;
// it throws std::logic_error (a bug in the caller, which did not load what it reads).
void require_body(const Plan& plan);

struct JournalEntry {
    enum class Kind { status, metric, event, note, plan_status };
    Kind kind = Kind::note;
    Pos pos;
    Located<Date> date;
    Text task, occurrence, evidence, note;
    // status: read once from its journal code; nullopt when missing or no code (reported).
    std::optional<Status> status;
    Text unit;  // status: the one unit of a group that reported (empty = all of them)
    Located<Date> new_due;  // extended: the new deadline
    bool has_new_due = false;
    Text metric, period, source;
    Located<TargetValue> value;
    Text event;
    Text plan;  // plan_status: the plan closed (status "closed") or reopened ("open")
    Text plan_status;  // plan_status: "closed" or "open"
    bool issue = false;
};

struct Journal {
    const SourceFile* file = nullptr;
    const Agency* agency = nullptr;
    std::vector<JournalEntry> entries;
};

struct SettingsHoliday {
    Date date;
    bool off = true;
    std::string name;
    Pos pos;
};

struct Settings {
    const SourceFile* file = nullptr;
    std::string lang;  // empty = default (vi)
    std::string plans_dir = "plans";
    Pos plans_pos;  // where cchc.yaml sets it (for plans-outside-root)
    int due_within = 30;
    // Days an event later than expected leaves ("Sau khi … (dự kiến quý II)" recorded in
    // August); nullopt = `after_event_within: expected`, the expected period's length.
    std::optional<int> after_event_within = 30;
    std::vector<SettingsHoliday> holidays;
};

// An agency directory's import.yaml (the rules of `cchc import`), as check reads it: the
// unit names it maps to codes, each to be a unit, group or name of the agency.
struct ImportRulesFile {
    const SourceFile* file = nullptr;
    const Agency* agency = nullptr;  // of its directory; nullptr without agency.yaml
    struct UnitMap {
        Text name, code;
    };
    std::vector<UnitMap> units;
};

// Where the bodies of plans loaded by their header only are kept until they are wanted
// (state/repository.cpp: the model pack, kept open).
class PlanBodies {
public:
    virtual ~PlanBodies() = default;
};

struct Repository {
    std::string root;  // directory the paths are relative to
    Settings settings;
    std::vector<std::unique_ptr<SourceFile>> files;
    std::vector<std::unique_ptr<Agency>> agencies;
    std::vector<Plan> plans;
    std::vector<Journal> journals;
    std::vector<ImportRulesFile> import_rules;

    const Agency* agency_of_dir(std::string_view dir) const;
    // Where `plan` is in `plans`; nullopt for a plan from elsewhere.
    std::optional<size_t> index_of(const Plan* plan) const;
    // Every plan, every agency, as the lists of pointers the commands' scopes are.
    std::vector<const Plan*> plan_list() const;
    std::vector<const Agency*> agency_list() const;
    // Sets every agency's `key` (see Agency::key), and indexes the agencies by directory for
    // agency_of_dir(); called once the agencies are loaded.
    void set_agency_keys();
    // The agencies by `id`, as set_agency_keys() left them (agency_of_dir() looks through the
    // list when agencies were added since): a national repository has 10,000 agencies, each
    // plan and journal asks for its own.
    std::unordered_map<std::string, const Agency*> agency_by_dir;
    // With LoadOptions::plan_bodies_later: the bodies of plans with body_pending.
    std::shared_ptr<PlanBodies> plan_bodies;
};

}  // namespace cchc
