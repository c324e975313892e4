#pragma once
// The input of `cchc record batch`: many entries from one file (or stdin), as CSV with a
// header row or in the journal's own line format (`- { date: …, task: …, status: … }`).
// Only reading and shape are checked here; what each entry means (the task exists, a done
// names its occurrence …) is checked by the command, entry by entry, as `record` does.
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "yaml/messages.hpp"

namespace cchc {

enum class BatchFormat { automatic, csv, journal };

// The keys (CSV columns) an entry may have: a status entry (task, status …) or an event.
inline constexpr std::string_view kBatchKeys[] = {"date", "task", "event", "status", "occurrence", "due",
                                                  "evidence", "note", "unit", "issue"};

struct BatchEntry {
    int line = 0;  // where the entry starts in the input (1-based)
    std::vector<std::pair<std::string, std::string>> fields;  // non-empty values, input order
    // The value of `key`, empty when absent.
    std::string get(std::string_view key) const;
};

struct BatchProblem {
    int line = 0;  // 0: the input as a whole
    Message message;
};

struct BatchInput {
    BatchFormat format = BatchFormat::csv;  // the one read (automatic resolved)
    std::vector<BatchEntry> entries;
    std::vector<BatchProblem> problems;  // nothing may be written when there is one
};

// Reads `text`. Automatic: the journal format when the first line that is neither blank nor
// a comment starts with "-", else CSV. CSV: comma-separated, RFC 4180 quoting ("" inside
// quotes; a quoted field may span lines), a first row naming the columns (kBatchKeys, any
// order, any case), lines starting with '#' and blank lines skipped, a UTF-8 BOM and CRLF taken.
BatchInput parse_record_batch(std::string text, BatchFormat format);

}  // namespace cchc
