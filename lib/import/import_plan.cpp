// The plan table of a Word document to sections and tasks (import_plan.hpp).
#include "import/import_plan.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <regex>
#include <set>

#include "import/import_columns.hpp"
#include "import/import_grid.hpp"
#include "import/import_rules.hpp"
#include "import/import_units.hpp"
#include "base/text.hpp"
#include "time/timing.hpp"

namespace cchc {

namespace {

using Columns = std::vector<Field>;  // field of each grid column

struct Layout {
    Columns fields;
    std::vector<std::string> headers;  // header text of each column (for columns no field names)
    size_t first_data_row = 0;
    int score = 0;
};

int distinct_fields(const Columns& c) {
    std::set<Field> s(c.begin(), c.end());
    s.erase(Field::none);
    return static_cast<int>(s.size());
}

std::vector<std::string> row_texts(const TableGrid& g, size_t r) {
    std::vector<std::string> out;
    for (size_t c = 0; c < g.rows[r].size(); ++c)
        out.push_back(g.rows[r][c].origin && !g.rows[r][c].carried ? g.text(r, c) : "");
    return out;
}

// "Sản phẩm\ndự kiến" (a header broken over two lines) → "Sản phẩm dự kiến", for messages.
std::string collapse_spaces(const std::string& s) {
    std::string out;
    for (char c : s) {
        const bool space = c == ' ' || c == '\n' || c == '\t';
        if (space && (out.empty() || out.back() == ' ')) continue;
        out += space ? ' ' : c;
    }
    if (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

// The header of a table: the first of its first rows that names the task and two more
// fields, with the row under it when it splits "Cơ quan thực hiện" into "Chủ trì"/"Phối hợp".
std::optional<Layout> find_layout(const TableGrid& g, const ImportRules* rules) {
    auto header_field = [rules](std::string_view text) {
        if (rules)
            if (auto f = rules->header(text)) return *f;
        return cchc::header_field(text);
    };
    for (size_t h = 0; h < std::min<size_t>(g.rows.size(), 3); ++h) {
        Layout l;
        l.fields.assign(static_cast<size_t>(g.columns), Field::none);
        l.headers.assign(static_cast<size_t>(g.columns), "");
        for (size_t c = 0; c < static_cast<size_t>(g.columns); ++c) {
            l.headers[c] = collapse_spaces(g.text(h, c));
            l.fields[c] = header_field(l.headers[c]);
        }
        const bool has_task = std::count(l.fields.begin(), l.fields.end(), Field::task) > 0;
        if (!has_task || distinct_fields(l.fields) < 3) continue;
        l.first_data_row = h + 1;
        if (h + 1 < g.rows.size()) {
            // A second header row: fields under a spanning group header.
            Columns below(static_cast<size_t>(g.columns), Field::none);
            int named = 0;
            for (size_t c = 0; c < below.size(); ++c) {
                const GridCell& gc = g.rows[h + 1][c];
                if (!gc.cell || gc.carried) continue;
                below[c] = header_field(g.text(h + 1, c));
                if (below[c] != Field::none) ++named;
            }
            if (named > 0 && below[0] != Field::task) {
                for (size_t c = 0; c < below.size(); ++c)
                    if (below[c] != Field::none) {
                        l.fields[c] = below[c];
                        l.headers[c] = collapse_spaces(g.text(h + 1, c));
                    }
                l.first_data_row = h + 2;
            }
        }
        for (Field& f : l.fields)
            if (f == Field::executors) f = Field::lead;
        // A field named twice (a merged header over two columns): the first column has it.
        std::set<Field> seen;
        for (Field& f : l.fields)
            if (f != Field::none && !seen.insert(f).second) f = Field::none;
        l.score = distinct_fields(l.fields);
        return l;
    }
    return std::nullopt;
}

std::string strip_stt(std::string s) {
    while (!s.empty() && (s.back() == '.' || s.back() == ')' || s.back() == ' ')) s.pop_back();
    while (!s.empty() && (s.front() == '(' || s.front() == ' ')) s.erase(0, 1);
    return s;
}

// ASCII id text: letters, digits and . - _ ( ); anything else becomes "-".
std::string id_text(std::string_view s) {
    std::string out;
    for (unsigned char c : s) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' ||
                        c == '-' || c == '_' || c == '(' || c == ')';
        if (ok) out += static_cast<char>(c);
        else if (!out.empty() && out.back() != '-') out += '-';
    }
    while (!out.empty() && (out.back() == '-' || out.back() == '.')) out.pop_back();
    while (!out.empty() && !std::isalnum(static_cast<unsigned char>(out.front()))) out.erase(0, 1);
    return out.substr(0, 48);
}

bool is_roman(std::string_view s) {
    return !s.empty() && s.size() <= 6 && s.find_first_not_of("IVXLCDM") == std::string_view::npos;
}
bool is_number_path(std::string_view s) {
    if (s.empty() || !std::isdigit(static_cast<unsigned char>(s.front()))) return false;
    for (char c : s)
        if (!(std::isdigit(static_cast<unsigned char>(c)) || c == '.')) return false;
    return true;
}

// The kind of a section number, for nesting: "R" roman, "A" capital letter, "N1", "N2" … by
// depth, "a" small letter.
std::string stt_kind(const std::string& norm, const std::string& last_letter) {
    if (norm.size() == 1 && norm[0] >= 'A' && norm[0] <= 'Z') {
        const bool follows = !last_letter.empty() && last_letter[0] + 1 == norm[0];
        if (is_roman(norm) && !follows) return "R";
        return "A";
    }
    if (is_roman(norm)) return "R";
    if (is_number_path(norm)) return "N" + std::to_string(std::count(norm.begin(), norm.end(), '.') + 1);
    if (norm.size() == 1 && norm[0] >= 'a' && norm[0] <= 'z') return "a";
    return "?";
}

// "I. CÔNG TÁC …" → {"I.", "CÔNG TÁC …"}; no number → {"", text}.
std::pair<std::string, std::string> split_numbered_title(const std::string& text) {
    static const std::regex re(R"(^((?:[IVXLCDM]+|[A-Z]|[a-z])[.)]|\d+(?:\.\d+)*[.)]?)\s+([\s\S]+)$)");
    std::smatch m;
    if (std::regex_match(text, m, re)) return {m[1].str(), m[2].str()};
    return {"", text};
}

struct Builder {
    const ImportOptions& opts;
    ImportedPlan& plan;
    ImportUnits units;
    ImportedSection root;  // sections go to root.sections; tasks outside any section to a "PL" section
    std::vector<std::pair<std::string, ImportedSection*>> stack;  // (kind, section)
    std::set<std::string> task_ids, section_ids;
    std::string last_letter;
    int untitled = 0;

    Builder(const ImportOptions& o, ImportedPlan& p) : opts(o), plan(p), units(o.agency, o.rules) {}

    std::string unique(std::string id, std::set<std::string>& used) {
        if (id.empty()) id = "x";
        if (used.insert(id).second) return id;
        for (char suffix = 'b'; suffix <= 'z'; ++suffix)
            if (used.insert(id + suffix).second) return id + suffix;
        for (int n = 2;; ++n)
            if (used.insert(id + "-" + std::to_string(n)).second) return id + "-" + std::to_string(n);
    }

    void open_section(const std::string& stt, const std::string& title, SourceRef at) {
        const std::string norm = strip_stt(stt);
        const std::string kind = norm.empty() ? "?" : stt_kind(norm, last_letter);
        if (kind == "A") last_letter = norm;
        auto pos = std::find_if(stack.begin(), stack.end(), [&](const auto& e) { return e.first == kind; });
        if (pos != stack.end()) stack.erase(pos, stack.end());
        ImportedSection s;
        s.stt = stt;
        s.title = title;
        s.at = at;
        // A section without a number: "PL" (phụ lục), as the shipped plans name it.
        const std::string own = norm.empty() ? (++untitled == 1 ? "PL" : "PL" + std::to_string(untitled)) : id_text(norm);
        const std::string parent = stack.empty() ? "" : stack.back().second->id;
        // "1.2" under "1": the number already holds its parent's.
        std::string id = parent.empty() ? own : parent + "." + own;
        if (!stack.empty() && !stack.back().second->stt.empty()) {
            const std::string pnorm = id_text(strip_stt(stack.back().second->stt));
            if (own.rfind(pnorm + ".", 0) == 0) {
                const std::string grand = stack.size() > 1 ? stack[stack.size() - 2].second->id : "";
                id = grand.empty() ? own : grand + "." + own;
            }
        }
        s.id = unique(id, section_ids);
        auto& siblings = stack.empty() ? root.sections : stack.back().second->sections;
        siblings.push_back(std::move(s));
        stack.emplace_back(kind, &siblings.back());
        ++plan.section_count;
    }

    ImportedSection& current() {
        if (!stack.empty()) return *stack.back().second;
        if (root.sections.empty() || root.sections.back().id != "PL") {
            ImportedSection s;
            s.id = "PL";
            s.title = "Phụ lục";
            root.sections.push_back(std::move(s));
            section_ids.insert("PL");
            ++plan.section_count;
        }
        return root.sections.back();
    }

    std::string task_id(const ImportedSection& sec, const std::string& stt, int row) {
        std::string own = id_text(strip_stt(stt));
        if (own.empty()) own = "r" + std::to_string(row);
        if (sec.stt.empty() && sec.id.find('.') == std::string::npos) return unique(own, task_ids);
        const std::string snorm = id_text(strip_stt(sec.stt));
        if (!snorm.empty() && own.rfind(snorm + ".", 0) == 0) {
            // "1.1" in section "I.1" (stt "1."): I.1.1, not I.1.1.1.
            const std::string parent = sec.id.size() > snorm.size() ? sec.id.substr(0, sec.id.size() - snorm.size() - 1) : "";
            return unique(parent.empty() ? own : parent + "." + own, task_ids);
        }
        return unique(sec.id + "." + own, task_ids);
    }
};

bool is_dash(const std::string& s) { return s == "-" || s == "–" || s == "—" || s == "x" || s == "/"; }

}  // namespace

ImportError import_plan(const DocxDocument& doc, const ImportOptions& opts, ImportedPlan& out) {
    read_plan_header(doc, out);
    if (out.year == 0) {
        out.year = opts.year;
        if (out.year == 0) out.reviews.push_back({{}, "review-no-year", {}});
    }
    // The plan table: the first whose header names enough fields; later tables with the
    // same columns continue it (an appendix split by page or part).
    size_t first = doc.tables.size();
    std::optional<Layout> layout;
    for (size_t t = 0; t < doc.tables.size() && !layout; ++t) {
        layout = find_layout(build_grid(doc.tables[t]), opts.rules);
        if (layout) first = t;
    }
    if (!layout) return {"import-no-table", {std::to_string(doc.tables.size())}};

    Builder b(opts, out);
    for (const std::string& p : doc.paragraphs) b.units.scan_declarations(p);
    for (const DocxTable& t : doc.tables)
        for (const DocxRow& r : t.rows)
            for (const DocxCell& c : r.cells) b.units.scan_declarations(c.text());

    for (size_t t = first; t < doc.tables.size(); ++t) {
        const TableGrid g = build_grid(doc.tables[t]);
        Layout l = *layout;
        if (t != first) {
            auto other = find_layout(g, opts.rules);
            if (!other || other->fields != layout->fields) continue;
            l = *other;
        } else if (static_cast<size_t>(g.columns) != l.fields.size()) {
            l.fields.resize(static_cast<size_t>(g.columns), Field::none);
        }
        const int tableno = doc.tables[t].number;
        auto col_of = [&](Field f) -> int {
            auto it = std::find(l.fields.begin(), l.fields.end(), f);
            return it == l.fields.end() ? -1 : static_cast<int>(it - l.fields.begin());
        };
        const int stt_col = col_of(Field::stt);
        const std::vector<std::string> header_texts = row_texts(g, l.first_data_row - 1);

        // The data rows, headers repeated on later pages and column-number rows left out.
        std::vector<size_t> data;
        for (size_t r = l.first_data_row; r < g.rows.size(); ++r) {
            const std::vector<std::string> texts = row_texts(g, r);
            if (std::all_of(texts.begin(), texts.end(), [](const std::string& s) { return s.empty(); })) continue;
            if (is_column_number_row(texts)) continue;
            if (doc.tables[t].rows[r].header || texts == header_texts) continue;
            data.push_back(r);
        }
        for (size_t di = 0; di < data.size(); ++di) {
            const size_t r = data[di];
            const int rowno = static_cast<int>(r) + 1;
            // Distinct cells of the row with text of their own.
            std::vector<const GridCell*> own;
            for (size_t c = 0; c < g.rows[r].size(); ++c) {
                const GridCell& gc = g.rows[r][c];
                if (gc.origin && !gc.carried && !g.text(r, c).empty()) own.push_back(&gc);
            }
            const std::string stt = stt_col >= 0 && g.rows[r][static_cast<size_t>(stt_col)].origin &&
                                            !g.rows[r][static_cast<size_t>(stt_col)].carried
                                        ? g.text(r, static_cast<size_t>(stt_col))
                                        : "";
            const SourceRef row_at{tableno, rowno, 0};
            // Section rows: one cell spanning the table ("I. CÔNG TÁC …"), or STT + title
            // with nothing else, when the title spans columns, the number is a roman
            // numeral or a capital letter, or the next row's STT is under it (1. → 1.1, or
            // a "-" of a bulleted list).
            if (own.size() == 1 && (own[0]->span >= 2 || own[0]->first_col == stt_col)) {
                auto [num, title] = split_numbered_title(own[0]->cell->text());
                if (own[0]->first_col == stt_col && own[0]->span < 2 && num.empty()) {
                    // Just an STT with nothing beside it: a task row without text.
                } else {
                    b.open_section(num, title, row_at);
                    continue;
                }
            }
            if (own.size() == 2 && !stt.empty() && own[0]->first_col == stt_col) {
                const GridCell* title = own[1];
                const std::string norm = strip_stt(stt);
                bool section = title->span >= 2 || is_roman(norm) || (norm.size() == 1 && std::isupper(static_cast<unsigned char>(norm[0])));
                if (!section && is_number_path(norm) && di + 1 < data.size()) {
                    const std::string raw_next = stt_col >= 0 ? g.text(data[di + 1], static_cast<size_t>(stt_col)) : "";
                    const std::string next = strip_stt(raw_next);
                    // "1.7 Tác động …" over rows numbered "-": a heading of bulleted tasks.
                    // "2. Rà soát …, gồm:" over rows "a)", "b)": a heading of lettered tasks.
                    const bool lettered = next.size() == 1 && next[0] >= 'a' && next[0] <= 'z' && raw_next.size() == 2 &&
                                          (raw_next[1] == ')' || raw_next[1] == '.');
                    section = next.rfind(norm + ".", 0) == 0 || raw_next == "-" || raw_next == "+" || raw_next == "•" ||
                              lettered;
                }
                if (section) {
                    b.open_section(stt, title->cell->text(), row_at);
                    continue;
                }
            }
            ImportedSection& sec = b.current();
            ImportedTask task;
            task.stt = stt;
            task.at = row_at;
            task.id = b.task_id(sec, stt, rowno);
            if (g.short_row(r)) task.reviews.push_back({row_at, "review-short-row", {}});
            if (stt.empty()) task.reviews.push_back({row_at, "review-no-stt", {}});
            std::vector<std::string> extra;
            for (size_t c = 0; c < l.fields.size(); ++c) {
                const GridCell& gc = g.rows[r][c];
                if (!gc.cell || (!gc.origin && !gc.carried) || (gc.carried && gc.first_col != static_cast<int>(c)))
                    continue;
                const Field f = l.fields[c];
                if (f == Field::stt) continue;
                std::string text = gc.cell->text();
                const SourceRef at{tableno, rowno, static_cast<int>(c) + 1};
                if (text.empty()) continue;
                if (gc.carried)
                    task.reviews.push_back({at, "review-carried", {l.headers[c], std::to_string(gc.from_row + 1)}});
                if (is_dash(text)) {
                    task.reviews.push_back({at, "review-dash", {l.headers[c], text}});
                    continue;
                }
                if (!gc.carried)
                    for (const std::string& fn : gc.cell->footnotes) {
                        task.reviews.push_back({at, "review-footnote", {fn}});
                        extra.push_back("[*] " + fn);
                    }
                switch (f) {
                    case Field::task: task.task = text; break;
                    case Field::result: task.result = text; break;
                    case Field::method: task.method = text; break;
                    case Field::criterion: task.criterion = text; break;
                    case Field::note: extra.insert(extra.begin(), text); break;
                    case Field::timing: {
                        task.timing = text;
                        const TimingParse p = parse_timing(text, out.year > 0 ? out.year : 2000);
                        if (!p.deadline) task.reviews.push_back({at, "review-timing", {text, p.error}});
                        break;
                    }
                    case Field::lead:
                    case Field::support: {
                        UnitReading u = b.units.read(text);
                        (f == Field::lead ? task.lead : task.support) = u.values;
                        for (auto& un : u.unresolved) {
                            std::string sugg;
                            for (const std::string& s : un.suggestions) sugg += (sugg.empty() ? "" : ", ") + s;
                            task.reviews.push_back({at, sugg.empty() ? "review-unit" : "review-unit-suggest", {un.name, sugg}});
                        }
                        break;
                    }
                    default:
                        // A column the vocabulary does not know: kept in the note under its header.
                        if (!gc.carried) extra.push_back((l.headers[c].empty() ? "" : l.headers[c] + ": ") + text);
                        break;
                }
            }
            for (const std::string& e : extra) task.note += (task.note.empty() ? "" : "\n") + e;
            if (task.task.empty()) task.reviews.push_back({row_at, "review-no-task", {}});
            if (task.lead.empty()) task.reviews.push_back({row_at, col_of(Field::lead) < 0 ? "review-no-lead-column" : "review-no-lead", {}});
            sec.tasks.push_back(std::move(task));
            ++out.tasks;
        }
    }
    out.sections = std::move(b.root.sections);
    out.abbreviations = b.units.raw_declarations();
    if (out.tasks == 0) return {"import-no-tasks", {std::to_string(doc.tables[first].number)}};
    return {};
}

}  // namespace cchc
