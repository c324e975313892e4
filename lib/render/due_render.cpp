#include "render/due_render.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <set>
#include <string_view>

#include "base/json.hpp"
#include "render/table.hpp"
#include "track/unit_filter.hpp"

namespace cchc {

namespace {

constexpr DueGroup kGroups[] = {DueGroup::overdue, DueGroup::due_soon, DueGroup::awaiting, DueGroup::waiting,
                                DueGroup::ongoing, DueGroup::no_date, DueGroup::later};

// A recipient's role says from whom: "nhận báo cáo từ all".
std::string role_cell(const DueItem& i, Lang lang) {
    std::string out = role_label(i.role, lang);
    if (i.role != Role::recipient || i.from.empty()) return out;
    std::string who;
    for (const auto& u : i.from) who += (who.empty() ? "" : ", ") + u;
    return out + tr("due-role-from", lang) + who;
}

std::string deadline_cell(const DueItem& i, Lang lang) {
    std::string out = i.due ? i.due->dmy() : "";
    if (i.group == DueGroup::waiting) {
        out = tr("due-after-event", lang) + i.event + (i.due ? " (" + tr("due-expected", lang) + i.due->dmy() + ")" : "");
    } else if (i.group == DueGroup::later && !i.due && i.start) {
        out = tr("due-starts-from", lang) + i.start->dmy();
    } else if (i.assumed && i.due) {
        // An event later than expected: the plan gives no deadline, cchc assumes one.
        out = tr("due-assumed", lang) + out;
    }
    if (!i.occurrence.empty()) out += " [" + i.occurrence + "]";
    return out;
}

std::string task_ref(const DueItem& i) { return record_ref(*i.plan, *i.task); }

// A plan past its period and not closed is still listed for what is open: said in its cell.
std::string plan_cell(const DueItem& i, Lang lang) {
    return i.plan->stem + (i.plan_ended ? tr("due-plan-ended", lang) : "");
}


// True when the report shows the items or tallies of more than one agency.
bool several_agencies(const DueReport& r) {
    std::optional<std::string_view> first;
    auto another = [&](std::string_view key) {
        if (!first) first = key;
        return key != *first;
    };
    for (const auto& i : r.items)
        if (i.plan->agency && another(i.plan->agency->key)) return true;
    for (const auto& [key, t] : r.by_unit)
        if (const size_t colon = key.find(':'); colon != std::string::npos && another(std::string_view(key).substr(0, colon)))
            return true;
    return false;
}

// Overdue in red, due soon in yellow, done in green: on the days and status cells.
std::vector<Style> row_styles(const DueItem& i, size_t columns) {
    std::vector<Style> out(columns, Style::plain);
    const Style s = i.status == Status::done            ? Style::good
                    : i.group == DueGroup::overdue  ? Style::bad
                    : i.group == DueGroup::due_soon ? Style::warning
                                                    : Style::plain;
    out[columns - 2] = out[columns - 1] = s;
    return out;
}

Table group_table(const DueReport& r, DueGroup g, Lang lang, bool agency_column) {
    Table t{{tr("col-plan", lang), tr("col-stt-id", lang), tr("col-task", lang), tr("col-role", lang),
             tr("col-deadline", lang), tr("col-days", lang), tr("col-status", lang)}, {}, 2};
    // On a narrow terminal everything but the STT may wrap; the task text has the room first.
    t.fit = {Fit::wrap, Fit::keep, Fit::wrap, Fit::wrap, Fit::wrap, Fit::wrap, Fit::wrap};
    if (agency_column) {
        t.headers.insert(t.headers.begin(), tr("col-agency", lang));
        t.fit.insert(t.fit.begin(), Fit::keep);
        t.flex_column = 3;
    }
    for (const auto& i : r.items) {
        if (i.group != g) continue;
        t.rows.push_back({plan_cell(i, lang), task_ref(i), item_words(i, lang),
                          role_cell(i, lang), deadline_cell(i, lang), days_label(i, lang),
                          status_label(i.status, lang)});
        if (agency_column) t.rows.back().insert(t.rows.back().begin(), i.plan->agency ? i.plan->agency->key : "");
        t.styles.push_back(row_styles(i, t.headers.size()));
    }
    return t;
}

// "Bỏ qua 3 kế hoạch đã hết hiệu lực/đã đóng (--include-closed để xem)"
std::string left_out_line(const DueReport& r, Lang lang) {
    return render({r.left_out.size() == 1 ? "due-left-out-one" : "due-left-out", {std::to_string(r.left_out.size())}},
                  lang);
}

// "Kế hoạch đã hết kỳ, chưa đóng: 2024-… — ghi xong/hủy/chuyển tiếp từng việc, hoặc cchc record close"
std::string ended_line(const DueReport& r, Lang lang) {
    std::string names;
    for (const Plan* p : r.ended) names += (names.empty() ? "" : ", ") + p->stem;
    return lang == Lang::vi
               ? fmt::format("Kế hoạch đã hết kỳ, chưa đóng: {} — còn việc mở ở trên đến khi ghi xong, hủy, chuyển tiếp, "
                             "hoặc đóng kế hoạch (cchc record close)", names)
               : fmt::format("Plans past their period, not closed: {} — their open items stay listed until done, "
                             "cancelled, carried over, or the plan is closed (cchc record close)", names);
}

// "2024-…: chưa rõ ngày ban hành, việc định kỳ tính từ kỳ bắt đầu sau mục sổ theo dõi đầu tiên (05/04/2024)"
std::string owed_after_entry_line(const Plan& p, Lang lang) {
    const std::string first = p.first_entry ? p.first_entry->dmy() : "";
    return lang == Lang::vi
               ? fmt::format("{}: chưa rõ ngày ban hành (issued chỉ có năm), việc định kỳ tính từ kỳ bắt đầu sau "
                             "mục sổ theo dõi đầu tiên ({}) — ghi from: để sửa", p.stem, first)
               : fmt::format("{}: issue day unknown (issued is only a year), recurring duties count from the first "
                             "period starting after its first journal entry ({}) — write from: to fix", p.stem, first);
}

std::string timeliness_line(const std::string& who, const Timeliness& t, Lang lang) {
    return lang == Lang::vi
               ? fmt::format("{}: sớm hạn {} · đúng hạn {} · trễ hạn {} · gia hạn {}", who, t.early, t.on_time, t.late, t.extended)
               : fmt::format("{}: early {} · on time {} · late {} · extended {}", who, t.early, t.on_time, t.late, t.extended);
}

size_t count(const DueReport& r, DueGroup g) {
    return static_cast<size_t>(std::count_if(r.items.begin(), r.items.end(), [g](const DueItem& i) { return i.group == g; }));
}

template <class Render>
std::string grouped(const DueReport& r, const DueRenderOptions& o, int wrap_width, const char* heading_fmt,
                    Render render) {
    // Every group laid out alike: blocks for all when the rows of all the listed groups
    // together do not fit as a table (one group's long word would otherwise make it blocks
    // between tables).
    const bool agency_column = several_agencies(r);
    bool blocks = false;
    if (wrap_width > 0) {
        Table all;
        for (DueGroup g : kGroups) {
            if (g == DueGroup::later && !o.show_later) continue;
            Table t = group_table(r, g, o.lang, agency_column);
            if (all.headers.empty()) all = std::move(t);
            else all.rows.insert(all.rows.end(), t.rows.begin(), t.rows.end());
        }
        blocks = !all.rows.empty() && !table_fits(all, wrap_width);
    }
    std::string out;
    for (DueGroup g : kGroups) {
        const size_t n = count(r, g);
        if (n == 0) continue;
        out += fit_line(fmt::format(fmt::runtime(heading_fmt), group_title(g, r.window, o.lang), n), wrap_width);
        if (g == DueGroup::later && !o.show_later) {
            out += tr("due-later-hidden", o.lang);
            continue;
        }
        Table t = group_table(r, g, o.lang, agency_column);
        t.blocks = blocks;
        out += render(t) + "\n";
    }
    if (out.empty()) out = tr("due-nothing", o.lang);
    if (!r.ended.empty()) out += fit_line(ended_line(r, o.lang), wrap_width);
    if (!r.left_out.empty()) out += fit_line(left_out_line(r, o.lang), wrap_width);
    for (const Plan* p : r.owed_after_entry) out += fit_line(owed_after_entry_line(*p, o.lang), wrap_width);
    out += fit_line(cchc::render({"due-done-cancelled", {std::to_string(r.done), std::to_string(r.cancelled)}}, o.lang),
                    wrap_width);
    if (r.ongoing_ended > 0)
        out += fit_line(cchc::render({"due-ongoing-ended", {std::to_string(r.ongoing_ended)}}, o.lang), wrap_width);
    if (r.total.total() > 0) {
        out += fit_line(timeliness_line(tr("due-timeliness", o.lang), r.total, o.lang), wrap_width);
        // Units are keyed "skhdt:VP"; with one agency shown the code alone says it.
        const bool qualified = agency_column;
        for (const auto& [unit, t] : r.by_unit)
            out += fit_line(timeliness_line(qualified ? unit : unit.substr(unit.find(':') + 1), t, o.lang), wrap_width, 2);
    }
    return out;
}

}  // namespace

std::string due_text(const DueReport& r, const DueRenderOptions& o) {
    const std::string head = render({"due-head", {r.as_of.dmy()}}, o.lang);
    return head + grouped(r, o, o.width, "{} ({})", [&](const Table& t) { return render_table(t, o.width, o.paint); });
}

std::string due_markdown(const DueReport& r, const DueRenderOptions& o) {
    const std::string head = render({"due-head-md", {r.as_of.dmy()}}, o.lang);
    // Markdown joins a paragraph's lines itself (and an indented line would start code).
    return head + grouped(r, o, 0, "## {} ({})\n", [](const Table& t) { return render_markdown(t); });
}

std::string due_csv(const DueReport& r, Lang lang) {
    // Vietnamese: headers and words for people; English: the JSON codes, for tools. Dates ISO
    // and day counts plain: LibreOffice reads both as dates and numbers in any locale.
    const bool vi = lang == Lang::vi;
    Table t{vi ? std::vector<std::string>{"nhóm", "kế hoạch", "mã", "STT", "nhiệm vụ", "vai trò", "thời hạn",
                                          "số ngày", "trạng thái", "kỳ", "tệp", "dòng", "cơ quan"}
               : std::vector<std::string>{"group", "plan", "id", "stt", "task", "role", "due", "days", "status",
                                          "occurrence", "file", "line", "agency"},
            {}, -1};
    for (const auto& i : r.items)
        t.rows.push_back({vi ? group_title(i.group, r.window, lang) : due_group_name(i.group), i.plan->id,
                          i.task->id.value, csv_text(i.task->stt.value), item_words(i, lang), role_cell(i, lang),
                          i.due ? i.due->iso() : "", i.due ? std::to_string(i.days) : "",
                          vi ? status_label(i.status, lang) : std::string(status_words(i.status).code), i.occurrence,
                          i.plan->file ? i.plan->file->path : "", std::to_string(i.task->pos.line),
                           i.plan->agency ? i.plan->agency->key : ""});
    return render_csv(t);
}

std::string due_json(const DueReport& r, Lang lang) {
    JsonWriter w;
    w.begin_object().field("as_of", r.as_of.iso()).field("window", r.window).key("items").begin_array();
    for (const auto& i : r.items) {
        std::vector<std::string> lead, support;
        for (const auto& x : i.task->lead) lead.push_back(x.value);
        for (const auto& x : i.task->support) support.push_back(x.value);
        w.begin_object().field("plan", i.plan->id).field("agency", i.plan->agency ? i.plan->agency->key : "")
            .field("id", i.task->id.value).field("stt", i.task->stt.value)
            .field("task", i.task->task.value).string_array("lead", lead).string_array("support", support)
            .field("role", i.role ? role_name(*i.role) : "");
        w.key("due");
        if (i.due) w.value(i.due->iso()); else w.null();
        w.key("days");
        if (i.due) w.value(i.days); else w.null();
        w.field("group", due_group_name(i.group)).field("status", status_words(i.status).code).field("occurrence", i.occurrence)
            .string_array("missed", i.missed).field("label", item_label(i, lang)).field("extended", i.extended)
            .field("assumed", i.assumed).field("event", i.event).field("note", i.note).field("timing", i.task->timing.value)
            .field("file", i.plan->file ? i.plan->file->path : "").field("line", i.task->pos.line)
            .string_array("from", i.from).field("milestone", i.milestone).field("plan_ended", i.plan_ended)
            .field("year_long", i.year_long);
        std::vector<std::string> assessed;
        for (const Task* t : i.assessed) assessed.push_back(t->id.value);
        w.string_array("assessment", assessed).end_object();
    }
    w.end_array().key("timeliness").begin_object();
    auto tl = [&](const Timeliness& t) {
        w.begin_object().field("early", t.early).field("on_time", t.on_time).field("late", t.late)
            .field("extended", t.extended).end_object();
    };
    w.key("total");
    tl(r.total);
    w.key("by_unit").begin_object();
    for (const auto& [unit, t] : r.by_unit) { w.key(unit); tl(t); }
    w.end_object().end_object().field("done", r.done).field("cancelled", r.cancelled);
    std::vector<std::string> left_out;
    for (const Plan* p : r.left_out) left_out.push_back(p->id);
    std::vector<std::string> ended;
    for (const Plan* p : r.ended) ended.push_back(p->id);
    w.string_array("left_out", left_out).string_array("ended", ended).field("ongoing_ended", r.ongoing_ended);
    // Plans whose recurring duties are owed only from the first period after this date.
    w.key("recurring_owed_after").begin_object();
    for (const Plan* p : r.owed_after_entry) w.field(p->id, p->first_entry ? p->first_entry->iso() : "");
    w.end_object().end_object();
    return w.str() + "\n";
}

}  // namespace cchc
