#pragma once
// A due report for people (terminal table, Markdown), for tools (JSON, CSV) and for
// calendars (iCalendar, see ics.hpp).
#include <string>

#include "track/due.hpp"
#include "yaml/messages.hpp"
#include "render/table.hpp"

namespace cchc {

struct DueRenderOptions {
    Lang lang = Lang::vi;
    int width = 0;          // terminal columns; 0 = no cutting
    bool show_later = false; // list the tasks due after the window (else just count them)
    Painter paint = {};      // terminal colours for overdue, due soon, done; empty = none
};

std::string due_text(const DueReport& r, const DueRenderOptions& o);
std::string due_markdown(const DueReport& r, const DueRenderOptions& o);
std::string due_csv(const DueReport& r, Lang lang);
// `lang`: the words cchc adds (the year-end assessment's label).
std::string due_json(const DueReport& r, Lang lang);

// Words shared with other reports.
// What `cchc record` takes for a task: its STT where no other task of the plan has it, else
// its id ("1" names twelve tasks of SNV's plan; "B.II.1" one).
std::string record_ref(const Plan& plan, const Task& task);
// The words before the task: a milestone's, or the year-end assessment's (DueItem::assessed).
std::string item_label(const DueItem& i, Lang lang);
// The item's task cell: "<item_label> — <task>".
std::string item_words(const DueItem& i, Lang lang);
std::string status_label(Status status, Lang lang);
std::string role_label(const std::optional<Role>& role, Lang lang);
std::string days_label(const DueItem& item, Lang lang);
std::string group_title(DueGroup g, int window, Lang lang);

}  // namespace cchc
