// Reading `cchc record batch` input: CSV rows or journal lines into fields per entry.
#include "record/record_batch.hpp"

#include <algorithm>
#include <cctype>

#include "yaml/source.hpp"
#include "base/text.hpp"
#include "yaml/yaml_tree.hpp"

namespace cchc {

std::string BatchEntry::get(std::string_view key) const {
    for (const auto& [k, v] : fields)
        if (k == key) return v;
    return {};
}

namespace {

bool known_key(std::string_view key) {
    return std::find(std::begin(kBatchKeys), std::end(kBatchKeys), key) != std::end(kBatchKeys);
}

std::string keys_list() {
    std::string out;
    for (auto k : kBatchKeys) out += (out.empty() ? "" : ", ") + std::string(k);
    return out;
}

std::string trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return std::string(s);
}

// The first line that is neither blank nor a comment starts with '-': the journal format.
BatchFormat detect(std::string_view text) {
    size_t i = 0;
    while (i < text.size()) {
        size_t end = text.find('\n', i);
        if (end == std::string_view::npos) end = text.size();
        const std::string line = trim(text.substr(i, end - i));
        if (!line.empty() && line != "\r" && line.front() != '#') return line.front() == '-' ? BatchFormat::journal : BatchFormat::csv;
        i = end + 1;
    }
    return BatchFormat::csv;
}

// --- the journal's own format ---------------------------------------------------------------

void read_journal_lines(std::string text, BatchInput& out) {
    Diagnostics diags;
    auto file = source_from_text(std::move(text), "-", diags);
    YNodePtr root = file ? parse_yaml(*file, diags) : nullptr;
    for (const auto& d : diags.items())
        if (d.severity == Severity::error) out.problems.push_back({d.line, d.message});
    if (!root || !out.problems.empty()) return;
    if (root->is_null()) return;
    if (!root->is_sequence()) {
        out.problems.push_back({root->pos.line, {"batch-not-a-list", {}}});
        return;
    }
    for (const YNode* item : root->items) {
        BatchEntry e;
        e.line = item->pos.line;
        if (!item->is_map()) {
            out.problems.push_back({e.line, {"batch-not-an-entry", {}}});
            continue;
        }
        bool ok = true;
        for (const auto& [k, v] : item->entries) {
            const std::string key = k->is_scalar() ? k->value : "?";
            if (!known_key(key)) {
                out.problems.push_back({k->pos.line, {"batch-unknown-key", {key, keys_list()}}});
                ok = false;
            } else if (!v->is_scalar() && !v->is_null()) {
                out.problems.push_back({v->pos.line, {"batch-not-a-value", {key}}});
                ok = false;
            } else if (v->is_scalar() && !v->value.empty()) {
                e.fields.emplace_back(key, v->value);
            }
        }
        if (ok) out.entries.push_back(std::move(e));
    }
}

// --- CSV --------------------------------------------------------------------------------------

struct CsvRecord {
    int line = 0;
    std::vector<std::string> cells;
};

// RFC 4180 records; a bad quote is reported at its line and the record dropped.
std::vector<CsvRecord> csv_records(std::string_view text, BatchInput& out) {
    std::vector<CsvRecord> records;
    size_t i = 0;
    int line = 1;
    while (i < text.size()) {
        CsvRecord r;
        r.line = line;
        // A comment line (at the start of a record) or a blank line: skipped.
        const size_t eol = std::min(text.find('\n', i), text.size());
        const std::string whole = trim(text.substr(i, eol - i));
        if (whole.empty() || whole == "\r" || whole.front() == '#') {
            i = eol + 1;
            ++line;
            continue;
        }
        std::string cell;
        bool bad = false;
        while (true) {
            if (i < text.size() && text[i] == '"') {  // a quoted cell
                ++i;
                bool closed = false;
                while (i < text.size()) {
                    const char c = text[i++];
                    if (c == '"') {
                        if (i < text.size() && text[i] == '"') cell += '"', ++i;
                        else { closed = true; break; }
                    } else {
                        if (c == '\n') ++line;
                        cell += c;
                    }
                }
                if (!closed) bad = true;
                // Only spaces may follow the closing quote before the separator.
                while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
                if (i < text.size() && text[i] != ',' && text[i] != '\n' && text[i] != '\r') bad = true;
            } else {
                while (i < text.size() && text[i] != ',' && text[i] != '\n') cell += text[i++];
                if (!cell.empty() && cell.back() == '\r') cell.pop_back();
                cell = trim(cell);
            }
            // Up to the separator or the end of the record.
            while (i < text.size() && text[i] != ',' && text[i] != '\n') {
                if (text[i] != '\r' && text[i] != ' ' && text[i] != '\t') bad = true;
                ++i;
            }
            r.cells.push_back(std::move(cell));
            cell.clear();
            if (i < text.size() && text[i] == ',') {
                ++i;
                continue;
            }
            if (i < text.size()) ++i, ++line;  // the '\n'
            break;
        }
        if (bad) out.problems.push_back({r.line, {"batch-csv-quote", {}}});
        else records.push_back(std::move(r));
    }
    return records;
}

void read_csv(std::string_view text, BatchInput& out) {
    auto records = csv_records(text, out);
    if (records.empty()) return;
    const size_t before = out.problems.size();
    std::vector<std::string> columns;
    for (auto& c : records.front().cells) {
        std::string key = c;
        std::transform(key.begin(), key.end(), key.begin(), [](unsigned char ch) { return std::tolower(ch); });
        if (!known_key(key)) out.problems.push_back({records.front().line, {"batch-unknown-column", {c, keys_list()}}});
        if (std::find(columns.begin(), columns.end(), key) != columns.end())
            out.problems.push_back({records.front().line, {"batch-column-twice", {c}}});
        columns.push_back(key);
    }
    if (out.problems.size() > before) return;  // the columns are not known: no row can be read
    for (size_t r = 1; r < records.size(); ++r) {
        const auto& rec = records[r];
        if (rec.cells.size() > columns.size()) {
            out.problems.push_back(
                {rec.line, {"batch-csv-cells", {std::to_string(rec.cells.size()), std::to_string(columns.size())}}});
            continue;
        }
        BatchEntry e;
        e.line = rec.line;
        for (size_t c = 0; c < rec.cells.size(); ++c)
            if (!rec.cells[c].empty()) e.fields.emplace_back(columns[c], rec.cells[c]);
        out.entries.push_back(std::move(e));
    }
}

}  // namespace

BatchInput parse_record_batch(std::string text, BatchFormat format) {
    BatchInput out;
    if (text.compare(0, 3, "\xEF\xBB\xBF") == 0) text.erase(0, 3);
    if (!is_valid_utf8(text)) {
        out.problems.push_back({0, {"batch-not-utf8", {}}});
        return out;
    }
    out.format = format == BatchFormat::automatic ? detect(text) : format;
    if (out.format == BatchFormat::journal) read_journal_lines(std::move(text), out);
    else read_csv(text, out);
    // Values as record would take them from the command line: NFC, so names compare.
    for (auto& e : out.entries)
        for (auto& [k, v] : e.fields) v = nfc(v);
    std::sort(out.problems.begin(), out.problems.end(),
              [](const BatchProblem& a, const BatchProblem& b) { return a.line < b.line; });
    return out;
}

}  // namespace cchc
