#pragma once
// A due report for people (terminal table, Markdown), for tools (JSON, CSV) and for
// calendars (iCalendar, see ics.hpp).
#include <string>

#include "cchc/due.hpp"
#include "cchc/messages.hpp"
#include "cchc/table.hpp"

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
std::string due_json(const DueReport& r);

// Words shared with other reports.
std::string status_label(const std::string& status, Lang lang);
std::string role_label(const std::optional<Role>& role, Lang lang);
std::string days_label(const DueItem& item, Lang lang);
std::string group_title(DueGroup g, int window, Lang lang);

}  // namespace cchc
