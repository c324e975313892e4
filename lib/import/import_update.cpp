// An amended document against its plan file, as edits of the file's lines (import_update.hpp).
#include "import/import_update.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "import/import_yaml.hpp"
#include "record/journal_append.hpp"

namespace cchc {

namespace {

// The fields import writes, in the order it writes them; the only ones an update touches.
const char* const kFields[] = {"stt", "task", "criterion", "result", "timing", "lead", "support", "method", "note"};

bool is_unit_field(std::string_view f) { return f == "lead" || f == "support"; }

std::string field_value(const ImportedTask& t, std::string_view f) {
    if (f == "stt") return t.stt;
    if (f == "task") return t.task;
    if (f == "criterion") return t.criterion;
    if (f == "result") return t.result;
    if (f == "timing") return t.timing;
    if (f == "method") return t.method;
    if (f == "note") return t.note;
    return {};
}

const std::vector<std::string>& unit_value(const ImportedTask& t, std::string_view f) { return f == "lead" ? t.lead : t.support; }

// -1 for a blank line, else the number of leading spaces.
int indent_of(std::string_view line) {
    const size_t i = line.find_first_not_of(' ');
    if (i == std::string_view::npos || line[i] == '\r') return -1;
    return static_cast<int>(i);
}
bool is_comment(std::string_view line) {
    const size_t i = line.find_first_not_of(' ');
    return i != std::string_view::npos && line[i] == '#';
}

std::vector<std::string> split_lines(std::string_view text) {
    std::vector<std::string> out;
    size_t start = 0;
    while (start <= text.size()) {
        size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        out.emplace_back(text.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

// Lines [start, end) replaced by `lines` (start == end: inserted before `start`). 0-based.
struct Edit {
    int start, end;
    std::vector<std::string> lines;
    int seq;
};

struct Item {  // a sequence item of the file: a task or a section
    const YNode* node = nullptr;
    int start = 0, end = 0;  // 0-based lines, end exclusive (trailing blank lines not included)
    int dash = 0;            // column of its "-"
    std::string section;     // tasks: the id of the section holding it
};

struct OldSection {
    Item item;
    std::vector<std::string> tasks;  // ids of its direct tasks, in file order
    const YNode* sections = nullptr;
    std::vector<std::string> children;  // ids of its subsections
};

class Updater {
public:
    Updater(const SourceFile& file, const YNode& root, const std::string& source, Lang lang)
        : root_(root), source_(source), path_(file.path), lang_(lang), lines_(split_lines(file.text)) {}

    ImportError run(const ImportedPlan& plan, PlanUpdate& out);

private:
    const YNode& root_;
    const std::string& source_;
    std::string path_;
    Lang lang_;
    std::vector<std::string> lines_;
    std::vector<Edit> edits_;
    std::map<std::string, Item> tasks_;
    std::vector<std::string> task_order_;
    std::map<std::string, OldSection> sections_;
    std::vector<std::string> top_sections_;
    std::vector<PlanChange> changes_;
    int seq_ = 0;

    void edit(int start, int end, std::vector<std::string> lines) { edits_.push_back({start, end, std::move(lines), seq_++}); }

    Item item_at(const YNode* node) const {
        Item it;
        it.node = node;
        it.start = node->pos.line - 1;
        const int ind = indent_of(lines_[static_cast<size_t>(it.start)]);
        it.dash = ind < 0 ? 0 : ind;
        int last = it.start;
        for (size_t i = static_cast<size_t>(it.start) + 1; i < lines_.size(); ++i) {
            const int in = indent_of(lines_[i]);
            if (in < 0) continue;
            if (in <= it.dash) break;
            last = static_cast<int>(i);
        }
        it.end = last + 1;
        return it;
    }

    // The first line of the comments directly above an item (they go with it).
    int comments_above(int start) const {
        while (start > 0 && is_comment(lines_[static_cast<size_t>(start) - 1])) --start;
        return start;
    }
    bool has_comment_above(int start, const std::string& line) const {
        for (int i = start - 1; i >= 0 && is_comment(lines_[static_cast<size_t>(i)]); --i)
            if (lines_[static_cast<size_t>(i)] == line) return true;
        return false;
    }

    void collect_section(const YNode& s, const std::string& parent);

    // The lines [key line, end) of a map entry; a block scalar's lines are its own, a comment
    // after a plain or quoted value belongs to what follows.
    std::pair<int, int> entry_lines(const YNode& key, int limit) const {
        const int start = key.pos.line - 1;
        const int k = key.pos.col - 1;
        const std::string& first = lines_[static_cast<size_t>(start)];
        const size_t colon = first.find(':', static_cast<size_t>(k));
        const size_t v = colon == std::string::npos ? std::string::npos : first.find_first_not_of(' ', colon + 1);
        const bool block = v != std::string::npos && (first[v] == '|' || first[v] == '>');
        int last = start;
        for (int i = start + 1; i < limit; ++i) {
            const std::string& l = lines_[static_cast<size_t>(i)];
            const int in = indent_of(l);
            if (in < 0) continue;
            if (in <= k || (!block && is_comment(l))) break;
            last = i;
        }
        return {start, last + 1};
    }

    // The comment after a one-line value ("timing: Quý I/2024   # hạn của UBND tỉnh"), or "".
    static std::string trailing_comment(const std::string& line, size_t value_at) {
        size_t from = value_at;
        if (value_at < line.size() && (line[value_at] == '"' || line[value_at] == '\'')) {
            const char q = line[value_at];
            size_t i = value_at + 1;
            for (; i < line.size(); ++i) {
                if (q == '"' && line[i] == '\\') ++i;
                else if (line[i] == q && q == '\'' && i + 1 < line.size() && line[i + 1] == '\'') ++i;
                else if (line[i] == q) break;
            }
            from = i;
        } else if (value_at < line.size() && line[value_at] == '[') {
            from = line.find(']', value_at);
        }
        if (from >= line.size()) return {};
        const size_t hash = line.find(" #", from);
        return hash == std::string::npos ? std::string() : line.substr(hash + 1);
    }

    // "<prefix>key: value" as lines; the prefix is what precedes the key on its line ("  " or "- ").
    static std::vector<std::string> entry_text(const std::string& prefix, std::string_view key, const std::string& value) {
        return split_lines(prefix + std::string(key) + ": " + value);
    }

    void update_task(const ImportedTask& t, const Item& old);
    // A task back in the document loses the "no longer in the document" comment an earlier
    // update put above it (that comment is cchc's, not the person's).
    void drop_removed_mark(const Item& it) {
        for (int i = it.start - 1; i >= 0 && is_comment(lines_[static_cast<size_t>(i)]); --i)
            if (is_removed_mark(lines_[static_cast<size_t>(i)])) edit(i, i + 1, {});
    }
    // The comment of review-removed, in either language, for any document.
    static bool is_removed_mark(const std::string& line) {
        for (Lang l : {Lang::vi, Lang::en}) {
            const std::string mark = "# " + import_message("review-removed", {"\x01"}, l);
            const std::string head = mark.substr(0, mark.find('\x01'));
            if (line.compare(static_cast<size_t>(std::max(indent_of(line), 0)), head.size(), head) == 0) return true;
        }
        return false;
    }
    bool has_removed_mark(int start) const {
        for (int i = start - 1; i >= 0 && is_comment(lines_[static_cast<size_t>(i)]); --i)
            if (is_removed_mark(lines_[static_cast<size_t>(i)])) return true;
        return false;
    }
    void add_task(const ImportedTask& t, const std::string& section, const std::string& previous);
    void add_section(const ImportedSection& s, const std::string& parent);
    void walk(const ImportedSection& s, const std::string& parent);
    void header_field(const char* key, const std::string& value, const std::string& written);
};

void Updater::collect_section(const YNode& s, const std::string& parent) {
    const YNode* id = s.find("id");
    if (!id || !id->is_scalar()) return;
    OldSection& sec = sections_[id->value];
    sec.item = item_at(&s);
    if (parent.empty()) top_sections_.push_back(id->value);
    else sections_[parent].children.push_back(id->value);
    if (const YNode* tasks = s.find("tasks"); tasks && tasks->is_sequence())
        for (const YNode* t : tasks->items) {
            if (!t->is_map()) continue;
            if (const YNode* inner = t->find("section"); inner && inner->is_map()) {  // a section among the tasks
                collect_section(*inner, id->value);
                continue;
            }
            const YNode* tid = t->find("id");
            if (!tid || !tid->is_scalar() || tasks_.count(tid->value)) continue;
            Item it = item_at(t);
            it.section = id->value;
            tasks_[tid->value] = it;
            task_order_.push_back(tid->value);
            sections_[id->value].tasks.push_back(tid->value);
        }
    if (const YNode* subs = s.find("sections"); subs && subs->is_sequence()) {
        sections_[id->value].sections = subs;
        for (const YNode* c : subs->items)
            if (c->is_map()) collect_section(*c, id->value);
    }
}

void Updater::update_task(const ImportedTask& t, const Item& old) {
    const YNode& map = *old.node;
    const YNode* id_key = nullptr;
    for (const auto& [k, v] : map.entries)
        if (k->is_scalar() && k->value == "id") id_key = k;
    if (!id_key) return;
    const int key_col = id_key->pos.col - 1;
    const std::string pad(static_cast<size_t>(key_col), ' ');
    int after = entry_lines(*id_key, old.end).second;  // where a field missing from the file goes
    bool timing = false, units = false, note = false, any = false;
    for (const char* f : kFields) {
        const YNode* key = nullptr;
        const YNode* value = nullptr;
        for (const auto& [k, v] : map.entries)
            if (k->is_scalar() && k->value == f) key = k, value = v;
        std::string before, now, written;
        if (is_unit_field(f)) {
            std::vector<std::string> was;
            if (value && value->is_sequence()) {
                for (const YNode* u : value->items)
                    if (u->is_scalar()) was.push_back(u->value);
            } else if (value && value->is_scalar() && !value->value.empty()) was.push_back(value->value);
            const std::vector<std::string>& is = unit_value(t, f);
            if (was == is) {
                if (key) after = entry_lines(*key, old.end).second;
                continue;
            }
            before = was.empty() ? "" : yaml_unit_list(was);
            now = is.empty() ? "" : yaml_unit_list(is);
            written = now;
            units = true;
        } else {
            before = value && value->is_scalar() ? value->value : "";
            now = field_value(t, f);
            if (before == now) {
                if (key) after = entry_lines(*key, old.end).second;
                continue;
            }
            written = yaml_scalar(now, key_col + 2);
            if (std::string_view(f) == "timing") timing = true;
            if (std::string_view(f) == "note") note = true;
        }
        any = true;
        changes_.push_back({PlanChange::Kind::changed, t.id, f, before, now});
        if (key) {
            const auto [s, e] = entry_lines(*key, old.end);
            const std::string& first = lines_[static_cast<size_t>(s)];
            const std::string prefix = first.substr(0, static_cast<size_t>(key->pos.col - 1));
            std::vector<std::string> lines = now.empty() ? std::vector<std::string>{} : entry_text(prefix, f, written);
            // A comment written after the old value stays: after the new one, or above the entry.
            if (value && value->pos.line == key->pos.line) {
                if (std::string c = trailing_comment(first, first.find_first_not_of(' ', first.find(':', prefix.size()) + 1)); !c.empty()) {
                    if (lines.size() == 1) lines.front() += "   " + c;
                    else lines.insert(lines.begin(), std::string(static_cast<size_t>(key_col), ' ') + c);
                }
            }
            edit(s, e, std::move(lines));
            after = e;
        } else if (!now.empty()) {
            edit(after, after, entry_text(pad, f, written));
        }
    }
    if (!any) return;
    // The new reading's review notes about what changed, unless the file already has them.
    std::vector<Review> reviews;
    for (const Review& r : t.reviews)
        if ((timing && r.key == "review-timing") || (units && r.key.rfind("review-unit", 0) == 0) ||
            (note && r.key == "review-footnote"))
            reviews.push_back(r);
    std::string text;
    write_review_comments(text, old.dash, reviews, lang_);
    std::vector<std::string> add;
    for (std::string& l : split_lines(text))
        if (!l.empty() && !has_comment_above(old.start, l)) add.push_back(std::move(l));
    if (!add.empty()) edit(old.start, old.start, std::move(add));
}

void Updater::add_task(const ImportedTask& t, const std::string& section, const std::string& previous) {
    const OldSection& sec = sections_.at(section);
    int at = 0, dash = 0;
    std::string text;
    if (!previous.empty() && tasks_.count(previous)) {
        const Item& p = tasks_.at(previous);
        at = p.end, dash = p.dash;
    } else if (!sec.tasks.empty()) {
        const Item& first = tasks_.at(sec.tasks.front());
        at = comments_above(first.start), dash = first.dash;
    } else {  // a section that had no tasks: its "tasks:" key after what it has
        const YNode* id_key = sec.item.node->entries.front().first;
        const int key_col = id_key->pos.col - 1;
        at = sec.item.end, dash = key_col + 2;
        text = std::string(static_cast<size_t>(key_col), ' ') + "tasks:\n";
        // Later new tasks of this section go after this one.
        sections_[section].tasks.push_back(t.id);
        Item it;
        it.start = at, it.end = at, it.dash = dash, it.section = section;
        tasks_[t.id] = it;
    }
    write_task_yaml(text, t, dash, lang_);
    if (!text.empty() && text.back() == '\n') text.pop_back();
    edit(at, at, split_lines(text));
    changes_.push_back({PlanChange::Kind::added, t.id, {}, {}, t.task});
}

void Updater::add_section(const ImportedSection& s, const std::string& parent) {
    int at = -1, dash = 0;
    if (parent.empty() && !top_sections_.empty()) {
        const Item& last = sections_.at(top_sections_.back()).item;
        at = last.end, dash = last.dash;
    } else if (!parent.empty() && sections_.count(parent) && !sections_.at(parent).children.empty()) {
        const Item& last = sections_.at(sections_.at(parent).children.back()).item;
        at = last.end, dash = last.dash;
    }
    std::vector<const ImportedTask*> all;
    auto gather = [&all](const ImportedSection& x, auto& self) -> void {
        for (const ImportedTask& t : x.tasks) all.push_back(&t);
        for (const ImportedSection& c : x.sections) self(c, self);
    };
    gather(s, gather);
    if (at < 0) {
        for (const ImportedTask* t : all) changes_.push_back({PlanChange::Kind::unplaced, t->id, s.id, {}, t->task});
        return;
    }
    std::string text;
    write_section_yaml(text, s, dash, lang_);
    if (!text.empty() && text.back() == '\n') text.pop_back();
    edit(at, at, split_lines(text));
    for (const ImportedTask* t : all) changes_.push_back({PlanChange::Kind::added, t->id, {}, {}, t->task});
}

void Updater::walk(const ImportedSection& s, const std::string& parent) {
    if (!sections_.count(s.id)) {
        add_section(s, parent);
        return;
    }
    std::string previous;
    for (const ImportedTask& t : s.tasks) {
        if (auto it = tasks_.find(t.id); it != tasks_.end() && it->second.node) {
            drop_removed_mark(it->second);
            update_task(t, it->second);
        }
        else add_task(t, s.id, previous);
        previous = t.id;
    }
    for (const ImportedSection& c : s.sections) walk(c, s.id);
}

void Updater::header_field(const char* key, const std::string& value, const std::string& written) {
    if (value.empty()) return;  // the document does not say: the file's value stays
    const YNode* k = nullptr;
    const YNode* v = nullptr;
    const YNode* sections_key = nullptr;
    for (const auto& [kk, vv] : root_.entries) {
        if (kk->is_scalar() && kk->value == key) k = kk, v = vv;
        if (kk->is_scalar() && kk->value == "sections") sections_key = kk;
    }
    const std::string before = v && v->is_scalar() ? v->value : "";
    if (before == value) return;
    changes_.push_back({PlanChange::Kind::changed, {}, key, before, value});
    if (k) {
        const auto [s, e] = entry_lines(*k, static_cast<int>(lines_.size()));
        edit(s, e, entry_text("", key, written));
    } else if (sections_key) {
        const int at = comments_above(sections_key->pos.line - 1);
        edit(at, at, entry_text("", key, written));
    }
}

ImportError Updater::run(const ImportedPlan& plan, PlanUpdate& out) {
    const YNode* sections = root_.is_map() ? root_.find("sections") : nullptr;
    if (!sections || !sections->is_sequence()) return {"update-not-a-plan", {path_}};
    for (const YNode* s : sections->items)
        if (s->is_map()) collect_section(*s, {});

    header_field("number", plan.number, yaml_double_quoted(plan.number));
    header_field("issued", plan.issued, "\"" + plan.issued + "\"");
    header_field("title", plan.title, yaml_scalar(plan.title, 2));
    for (const ImportedSection& s : plan.sections) walk(s, {});

    // The file's tasks the document no longer has: marked, never deleted (they may carry
    // hand-made targets, milestones, records).
    std::set<std::string> now;
    auto ids = [&now](const ImportedSection& s, auto& self) -> void {
        for (const ImportedTask& t : s.tasks) now.insert(t.id);
        for (const ImportedSection& c : s.sections) self(c, self);
    };
    for (const ImportedSection& s : plan.sections) ids(s, ids);
    for (const std::string& id : task_order_) {
        if (now.count(id)) continue;
        const Item& it = tasks_.at(id);
        const YNode* task = it.node->find("task");
        changes_.push_back({PlanChange::Kind::removed, id, {}, task && task->is_scalar() ? task->value : "", {}});
        const std::string line = std::string(static_cast<size_t>(it.dash), ' ') + "# " +
                                 import_message("review-removed", {source_}, lang_);
        if (!has_removed_mark(it.start)) edit(it.start, it.start, {line});
    }

    // Bottom up, so that earlier line numbers stay right; at one line, a replacement before
    // the insertions there, and insertions in the order they were made.
    std::stable_sort(edits_.begin(), edits_.end(), [](const Edit& a, const Edit& b) {
        if (a.start != b.start) return a.start > b.start;
        const bool ar = a.end > a.start, br = b.end > b.start;
        if (ar != br) return ar;
        return a.seq > b.seq;
    });
    std::vector<std::string> lines = lines_;
    for (const Edit& e : edits_) {
        lines.erase(lines.begin() + e.start, lines.begin() + e.end);
        lines.insert(lines.begin() + e.start, e.lines.begin(), e.lines.end());
    }
    std::string text;
    for (size_t i = 0; i < lines.size(); ++i) text += lines[i] + (i + 1 < lines.size() ? "\n" : "");

    // Never write what would not read back.
    Diagnostics diags;
    auto check = source_from_text(text, "update", diags);
    YNodePtr tree = check ? parse_yaml(*check, diags) : nullptr;
    if (!tree || diags.has_errors()) return {"update-broken", {path_}};
    out.text = std::move(text);
    out.changes = std::move(changes_);
    return {};
}

std::string shown(const std::string& v, Lang lang) {
    if (v.empty()) return lang == Lang::en ? "(none)" : "(trống)";
    std::string s = v;
    for (size_t at = s.find('\n'); at != std::string::npos; at = s.find('\n', at)) s.replace(at, 1, " / ");
    return s.front() == '[' ? s : "\"" + s + "\"";
}

}  // namespace

ImportError update_plan_text(const SourceFile& file, const YNode& root, const ImportedPlan& plan, const std::string& source,
                             Lang lang, PlanUpdate& out) {
    Updater u(file, root, source, lang);
    return u.run(plan, out);
}

std::string change_text(const PlanChange& c, Lang lang) {
    switch (c.kind) {
        case PlanChange::Kind::added: return "+ " + c.id + ": " + shown(c.after, lang);
        case PlanChange::Kind::removed: return "- " + c.id + ": " + shown(c.before, lang) + " — " + import_message("update-removed", {}, lang);
        case PlanChange::Kind::unplaced:
            return "! " + c.id + ": " + shown(c.after, lang) + " — " + import_message("update-unplaced", {c.field}, lang);
        case PlanChange::Kind::changed: break;
    }
    std::string what = c.field;
    if (c.field == "task") what = import_message("update-reworded", {}, lang);
    else if (c.field == "timing") what = import_message("update-deadline", {}, lang);
    else if (is_unit_field(c.field)) what = import_message("update-units", {c.field}, lang);
    return "~ " + (c.id.empty() ? what : c.id + " " + what) + ": " + shown(c.before, lang) + " → " + shown(c.after, lang);
}

}  // namespace cchc
