#pragma once
// Appending one entry to a journal (journal/<year>.yaml) without ever rewriting what is
// there: the entry line, the file it goes to, and the locked copy-append-rename.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/date.hpp"
#include "yaml/diagnostic.hpp"
#include "model/model.hpp"

namespace cchc {

// `text` as a YAML double-quoted scalar: \" \\ \n \t …, other control characters, C1 codes,
// U+2028/2029 and U+FEFF as escapes; invalid UTF-8 bytes become U+FFFD.
std::string yaml_double_quoted(std::string_view text);

// `text` unquoted when it is a safe plain scalar in a flow mapping (letters, digits and
// . _ / # -, not starting with - or #, not null/true/false), else double-quoted.
std::string yaml_flow_scalar(std::string_view text);

// One journal entry as a single-line flow mapping; keys in the order they are added.
// Every `record` kind (status, event, later metric) is one small function over this.
class EntryLine {
public:
    explicit EntryLine(const Date& date) { date_field("date", date); }
    EntryLine& code(std::string_view key, std::string_view value);  // refs, statuses, periods; skipped when empty
    EntryLine& text(std::string_view key, std::string_view value);  // free text, always quoted; skipped when empty
    EntryLine& date_field(std::string_view key, const Date& value);
    EntryLine& number(std::string_view key, double value);          // shortest text that reads back the same
    EntryLine& flag(std::string_view key, bool value);               // written only when true
    std::string str() const;  // "- { date: 2024-03-05, … }", no line break

private:
    std::vector<std::pair<std::string, std::string>> fields_;
};

// `record status`: task is "<plan-file-stem>#<task-id>".
struct StatusRecord {
    Date date;
    std::string task;
    Status status = Status::done;  // never planned: the journal's default is not recorded
    std::string occurrence;  // recurring tasks: 2024, 2024-H1, 2024-Q1, 2024-06, 2024-W05
    std::optional<Date> due;  // extended: the new deadline
    std::string evidence, note;
    bool issue = false;
    std::string unit;  // one unit's report of what a group owes (empty = all of them)
};

// `record event`: event is "<plan-file-stem>#<event-id>".
struct EventRecord {
    Date date;
    std::string event;
    std::string note;
};

// `record close`: the plan (its id or the end of it) closed on `date`, with a note why.
struct CloseRecord {
    Date date;
    std::string plan;
    std::string note;
};

// Why the record cannot be written (invalid-value, record-needs-due …), or nullopt.
std::optional<Message> check_status_record(const StatusRecord& r);
std::optional<Message> check_event_record(const EventRecord& r);
std::optional<Message> check_close_record(const CloseRecord& r);

std::string status_entry(const StatusRecord& r);
std::string event_entry(const EventRecord& r);
std::string close_entry(const CloseRecord& r);  // { date, plan, status: closed, note }

// <directory of the plan file>/journal/<year>.yaml
std::filesystem::path journal_for(const Repository& repo, const Plan& plan, int year);

// The first lines of a new journal: the schema line (relative to <root>/schemas/) and a
// comment saying what the file is.
std::string new_journal_header(const std::filesystem::path& root, const std::filesystem::path& journal);

struct AppendRequest {
    std::filesystem::path root;     // repository root: the journal must resolve inside it
    std::filesystem::path journal;  // from journal_for()
    std::string line;               // the entry, without a line break
    bool dry_run = false;           // every check, nothing created or written
};

struct AppendResult {
    enum class Status {
        written,  // appended (or, dry run, would be)
        refused,  // not a regular file, a link out of the repository: a usage error
        broken,   // the journal has errors now, or would not read back with the new entry
        failed,   // the file system said no (lock, write, rename)
    };
    Status status = Status::written;
    std::string shown;   // the journal's path relative to the root
    bool created = false;  // a new (or empty) file: the header went first
    std::optional<Date> last_date;  // the latest date already in the journal
    Message message;               // why, unless written
    std::vector<Diagnostic> problems;  // broken: what reading the journal reported
};

// Appends `req.line` under an exclusive lock on the journal's directory: the new file is the
// old bytes exactly, a line break if they lacked one, and the line; written to a temporary
// file beside it, fsynced, renamed over it, with the old file's mode. Never throws.
AppendResult append_journal_entry(const AppendRequest& req);
// The same for several entries (`req.line` unused), in one write: all of them, or none.
AppendResult append_journal_entries(const AppendRequest& req, const std::vector<std::string>& lines);

}  // namespace cchc
