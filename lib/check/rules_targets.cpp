// target-mismatch, metric-kind, journal-value-range
#include <algorithm>
#include <charconv>
#include <cctype>
#include <cmath>

#include "base/number_format.hpp"
#include "check/rules.hpp"
#include "base/text.hpp"

namespace cchc {

namespace {

// The numbers a Vietnamese phrase may mean: "87%", "02", "86,4" (decimal comma), "1.000"
// (thousands dot). A token like "3.2.3" yields each reading; extra candidates are harmless,
// since we only ask whether the target's value is among them.
std::vector<double> numbers_in(std::string_view text) {
    std::vector<double> out;
    auto add = [&](const std::string& s) {
        double v = 0;
        if (!s.empty() && std::from_chars(s.data(), s.data() + s.size(), v).ec == std::errc()) out.push_back(v);
    };
    size_t i = 0;
    while (i < text.size()) {
        if (!std::isdigit(static_cast<unsigned char>(text[i]))) {
            ++i;
            continue;
        }
        const size_t start = i;
        while (i < text.size() && (std::isdigit(static_cast<unsigned char>(text[i])) || text[i] == ',' || text[i] == '.')) ++i;
        std::string token(text.substr(start, i - start));
        while (!token.empty() && !std::isdigit(static_cast<unsigned char>(token.back()))) token.pop_back();
        std::string comma = token, no_dots;
        for (char& c : comma) if (c == ',') c = '.';
        for (char c : token) if (c != '.') no_dots.push_back(c == ',' ? '.' : c);
        add(comma);
        add(no_dots);
        size_t from = 0;
        for (size_t dot = token.find_first_of(".,"); dot != std::string::npos; dot = token.find_first_of(".,", from)) {
            add(token.substr(from, dot - from));
            from = dot + 1;
        }
        add(token.substr(from));
    }
    return out;
}

bool has_word(const std::string& folded, std::string_view w) { return folded.find(w) != std::string::npos; }

// "trên 30%": "trên" right before a number (elsewhere it means "on": "trên Trang TTĐT").
bool above_number(const std::string& folded) {
    for (size_t at = folded.find("tren "); at != std::string::npos; at = folded.find("tren ", at + 1))
        if (at + 5 < folded.size() && std::isdigit(static_cast<unsigned char>(folded[at + 5]))) return true;
    return false;
}

// Numbers the plans write in words: "một mô hình", "tất cả văn bản" (= 100%).
void add_word_numbers(const std::string& f, std::vector<double>& out) {
    static const std::pair<std::string_view, double> words[] = {
        {" mot ", 1}, {" hai ", 2}, {" ba ", 3}, {" bon ", 4}, {" nam ", 5}, {" muoi ", 10},
        {" tat ca", 100}, {" toan bo", 100}, {" day du", 100}, {" hoan thanh", 100}};
    const std::string padded = " " + f + " ";
    for (auto [w, n] : words)
        if (has_word(padded, w)) out.push_back(n);
}

// The texts a target may quote: its own `text`, the result, the task (or the goal's text).
std::string source_text(const Task* task, const Goal* goal, const Target& t) {
    if (goal) return t.text + "\n" + goal->text;
    return t.text + "\n" + task->result.value + "\n" + task->task.value;
}

std::optional<std::string> mismatch(const Target& t, const std::string& text) {
    const std::string& op = t.op.value;
    if (op == "improve" || op.empty()) return std::nullopt;
    const std::string f = fold(text);
    if (const std::string* level = std::get_if<std::string>(&t.value.value))
        return has_word(f, fold(*level)) ? std::nullopt : std::optional<std::string>(*level);
    const double* v = std::get_if<double>(&t.value.value);
    if (!v) return std::nullopt;
    if (op == "==" && *v == 0 && (has_word(f, "khong") || has_word(f, "0"))) return std::nullopt;
    auto has_value = [&](const std::vector<double>& numbers) {
        return std::any_of(numbers.begin(), numbers.end(), [&](double n) { return std::fabs(n - *v) < 1e-9; });
    };
    bool found = has_value(numbers_in(text));
    if (!found) {  // only then the numbers written in words
        std::vector<double> words;
        add_word_numbers(f, words);
        found = has_value(words);
    }
    if (!found) return format_number(*v, false);
    // A clear contradiction of the operator: "từ 87% trở lên" is >=, "trên 30%" is >.
    const std::string own = t.text.empty() ? f : fold(t.text);
    if (op == ">" && !above_number(own) && (has_word(own, "tro len") || has_word(own, "toi thieu") || has_word(own, "it nhat")))
        return format_number(*v, false) + " (>=?)";
    if (op == ">=" && above_number(own) && !has_word(own, "tro len") && !has_word(own, "it nhat") && !has_word(own, "toi thieu"))
        return format_number(*v, false) + " (>?)";
    return std::nullopt;
}

void check_target(const Target& t, const Task* task, const Goal* goal, Diagnostics& diags) {
    if (!t.deliverable.empty()) return;
    if (auto what = mismatch(t, source_text(task, goal, t))) {
        const std::string& shown = !t.text.empty() ? t.text
                                   : goal        ? goal->text
                                   : task->result.value.empty() ? task->task.value : task->result.value;
        diags.add(diagnostic_at(t.op.pos.file ? t.op.pos : t.pos, Severity::error, "target-mismatch",
                                {"target-mismatch", {t.op.value, *what, shown}}));
    }
}

}  // namespace

void check_target_mismatch(const Plan& plan, Diagnostics& diags) {
    for (const auto& g : plan.goals)
        for (const auto& t : g.targets) check_target(t, nullptr, &g, diags);
    for (const auto& task : plan.tasks)
        for (const auto& t : task.targets) check_target(t, &task, nullptr, diags);
}

void check_target_mismatch(const Repository& repo, Diagnostics& diags) {
    for (const auto& plan : repo.plans) check_target_mismatch(plan, diags);
}

namespace {

void check_kind(const Target& t, const Agency& agency, Diagnostics& diags) {
    const Metric* m = agency.find_metric(t.metric.value);
    if (!m || m->kind_conflict || !t.deliverable.empty() || t.op.value == "improve") return;
    const std::string* level = std::get_if<std::string>(&t.value.value);
    const bool number = std::holds_alternative<double>(t.value.value);
    const Pos& at = t.value.pos.file ? t.value.pos : t.pos;
    if (m->is_rating() && number)
        diags.add(diagnostic_at(at, Severity::error, "metric-kind", {"metric-kind-number", {m->id}}));
    else if (!m->is_rating() && level)
        diags.add(diagnostic_at(at, Severity::error, "metric-kind", {"metric-kind-level", {m->id, *level}}));
    else if (m->is_rating() && level && std::find(m->scale.begin(), m->scale.end(), *level) == m->scale.end())
        diags.add(diagnostic_at(at, Severity::error, "metric-kind", {"metric-kind-scale", {*level, m->id}}));
}

}  // namespace

void check_metric_kind(const Plan& plan, Diagnostics& diags) {
    if (!plan.agency) return;
    for (const auto& g : plan.goals)
        for (const auto& t : g.targets) check_kind(t, *plan.agency, diags);
    for (const auto& task : plan.tasks)
        for (const auto& t : task.targets) check_kind(t, *plan.agency, diags);
}

void check_metric_kind(const Repository& repo, Diagnostics& diags) {
    for (const auto& plan : repo.plans) check_metric_kind(plan, diags);
}

void check_journal_values(const Repository& repo, Diagnostics& diags) {
    for (const auto& j : repo.journals) {
        if (!j.agency) continue;
        for (const auto& e : j.entries) {
            if (e.kind != JournalEntry::Kind::metric) continue;
            const Metric* m = j.agency->find_metric(e.metric.value);
            if (!m) continue;
            const Pos& at = e.value.pos.file ? e.value.pos : e.pos;
            if (!m->computed.empty()) {  // cchc computes it from the journal: a typed value would be ignored
                diags.add(diagnostic_at(at, Severity::error, "journal-computed-value", {"journal-computed-value", {m->id, m->computed}}));
                continue;
            }
            if (m->kind_conflict) continue;
            const double* v = std::get_if<double>(&e.value.value);
            const std::string* level = std::get_if<std::string>(&e.value.value);
            if (m->is_rating() && v)
                diags.add(diagnostic_at(at, Severity::error, "metric-kind", {"metric-kind-number", {m->id}}));
            else if (m->is_rating() && level && std::find(m->scale.begin(), m->scale.end(), *level) == m->scale.end())
                diags.add(diagnostic_at(at, Severity::error, "journal-value-range", {"metric-kind-scale", {*level, m->id}}));
            else if (!m->is_rating() && level)
                diags.add(diagnostic_at(at, Severity::error, "metric-kind", {"metric-kind-level", {m->id, *level}}));
            else if (v && ((m->min && *v < *m->min) || (m->max && *v > *m->max)))
                diags.add(diagnostic_at(at, Severity::error, "journal-value-range",
                                        {"journal-value-range", {format_number(*v, false), m->id,
                                                                 format_number(m->min.value_or(-INFINITY), false),
                                                                 format_number(m->max.value_or(INFINITY), false)}}));
        }
    }
}

}  // namespace cchc
