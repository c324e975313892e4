#pragma once
// The typed model of a plan repository: agencies (units, groups, metrics), plans
// (sections, tasks, targets, deadlines, goals, reporting duties, events) and journals.
// Every value that can be wrong keeps its source position.
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "cchc/date.hpp"
#include "cchc/deadline.hpp"
#include "cchc/source.hpp"

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
    bool is_rating() const { return !scale.empty(); }
};

class UnitIndex;

struct Agency {
    std::string id;  // directory under plans/, e.g. "khanh-hoa/stttt"
    const SourceFile* file = nullptr;
    std::string name, short_name, province;
    std::vector<Unit> units;
    std::vector<Group> groups;
    std::vector<Metric> metrics;

    const Unit* find_unit(std::string_view code) const;
    const Group* find_group(std::string_view id) const;
    const Metric* find_metric(std::string_view id) const;

    // Built on first use by unit_index() (lib/units.cpp): once per agency, not per task.
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

    const Task* find_task(std::string_view id) const;
    const Event* find_event(std::string_view id) const;
    const Section* find_section(std::string_view id) const;
};

struct JournalEntry {
    enum class Kind { status, metric, event, note };
    Kind kind = Kind::note;
    Pos pos;
    Located<Date> date;
    Text task, status, occurrence, evidence, note;
    Located<Date> new_due;  // extended: the new deadline
    bool has_new_due = false;
    Text metric, period, source;
    Located<TargetValue> value;
    Text event;
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
    int due_within = 30;
    std::vector<SettingsHoliday> holidays;
};

struct Repository {
    std::string root;  // directory the paths are relative to
    Settings settings;
    std::vector<std::unique_ptr<SourceFile>> files;
    std::vector<std::unique_ptr<Agency>> agencies;
    std::vector<Plan> plans;
    std::vector<Journal> journals;

    const Agency* agency_of_dir(std::string_view dir) const;
};

}  // namespace cchc
