// cchc timing: how cchc reads a timing phrase, so a clerk can check a wording before
// committing it — the kind, the description, every occurrence in the plan year and, for
// "within N days of an event", the deadline for a given event date.
#include <iostream>

#include "time/calendar.hpp"
#include "model/calendar_settings.hpp"
#include "time/deadline_words.hpp"
#include "time/event_deadline.hpp"
#include "base/json.hpp"
#include "time/timing.hpp"
#include "time/working_week.hpp"
#include "commands.hpp"
#include "common.hpp"
#include "today.hpp"

namespace cchc::cli {

namespace {

struct TimingOptions {
    std::string text, event_date, lang, root, format = "text";
    int year = 0;  // 0 = the current year in Vietnam
};

using Kind = Deadline::Kind;

std::string period_word(Period::Kind k, Lang lang) {
    static constexpr const char* kKeys[] = {"period-year", "period-half", "period-quarter", "period-month",
                                            "period-day"};
    return tr(kKeys[static_cast<int>(k)], lang);
}

std::string explain_recurring(const Deadline& d, Lang lang) {
    std::string out = render({"explain-every", {tr(std::string("every-") + recurrence_name(d.every), lang)}}, lang);
    if (d.every == Recurrence::week) return out;
    if (d.day <= 0) return out + tr("explain-period-end", lang);
    const char* day_key = d.every == Recurrence::month ? "explain-day-month" : "explain-day-last-month";
    out += render({day_key, {std::to_string(d.day)}}, lang);
    return out + tr(d.before ? "explain-before" : "explain-on-or-before", lang);
}

std::string explain_event(const Deadline& d, Lang lang) {
    std::string out =
        d.within_days <= 0
            ? tr("explain-after-open", lang)
            : render({d.working ? "explain-after-working" : "explain-after-days", {std::to_string(d.within_days)}},
                     lang);
    if (d.expected) out += render({"explain-expected", {d.expected->str()}}, lang);
    return out;
}

// The kind in words, in the chosen language.
std::string explain(const Deadline& d, Lang lang) {
    switch (d.kind) {
        case Kind::within:
        case Kind::from:
        case Kind::ongoing:
            return render({std::string("explain-") + kind_name(d.kind), {period_word(d.period.kind, lang)}}, lang);
        case Kind::recurring:
            return explain_recurring(d, lang);
        case Kind::after_event:
            return explain_event(d, lang);
        default:
            return tr(std::string("explain-") + kind_name(d.kind), lang);
    }
}

std::string day_with_weekday(const Date& d, Lang lang) {
    return d.dmy() + " (" + tr("weekday-" + std::to_string(d.weekday()), lang) + ")";
}

// The date with its weekday and, for a day off or a make-up day, what it is.
std::string special_day(const Date& d, Lang lang, const Calendar& calendar) {
    const auto entry = calendar.entry(d);
    if (!entry) return day_with_weekday(d, lang);
    return d.dmy() + " (" + tr("weekday-" + std::to_string(d.weekday()), lang) + ", " +
           tr(std::string("day-kind-") + day_kind_name(entry->kind), lang) + ")";
}

std::string occurrence_line(const Occurrence& o, Lang lang) {
    std::string out = "  ";
    if (!o.key.empty()) out += o.key + ": ";
    if (!o.label.empty()) out += o.label + ": ";
    if (o.start) return out + render({"timing-from-to", {o.start->dmy(), day_with_weekday(o.last_day, lang)}}, lang);
    return out + render({"timing-last-day", {day_with_weekday(o.last_day, lang)}}, lang);
}

struct Reading {
    TimingParse parse;
    std::vector<Occurrence> occurrences;
    std::optional<Date> event;
    std::optional<EventDue> event_deadline;
    Calendar calendar;  // shipped holidays plus the repository's cchc.yaml, if any
};

void print_text(const TimingOptions& o, const Reading& r, Lang lang) {
    const Deadline& d = *r.parse.deadline;
    std::cout << render({"timing-text", {o.text}}, lang) << "\n"
              << render({"timing-year", {std::to_string(o.year)}}, lang) << "\n"
              << render({"timing-kind", {explain(d, lang), kind_name(d.kind)}}, lang) << "\n"
              << render({"timing-description", {describe_in(d, lang)}}, lang) << "\n";
    if (d.kind == Kind::after_event)
        std::cout << render({"timing-event", {d.event_text.empty() ? d.event : d.event_text}}, lang) << "\n";
    if (r.occurrences.empty())
        std::cout << tr("timing-no-occurrences", lang) << "\n";
    else
        std::cout << render({"timing-occurrences", {std::to_string(r.occurrences.size())}}, lang) << "\n";
    for (const Occurrence& occ : r.occurrences) std::cout << occurrence_line(occ, lang) << "\n";
    if (r.event_deadline) {
        const char* key = r.event_deadline->assumed ? "timing-event-deadline-assumed"
                          : d.within_days > 0     ? "timing-event-deadline"
                                                  : "timing-event-deadline-expected";
        std::cout << render({key,
                             {special_day(*r.event, lang, r.calendar),
                              special_day(r.event_deadline->last_day, lang, r.calendar), std::to_string(r.event_deadline->days)}},
                            lang)
                  << "\n";
    }
    else if (r.event)
        std::cout << tr("timing-event-no-period", lang) << "\n";
    else if (d.kind == Kind::after_event && d.within_days > 0)
        std::cout << tr("timing-event-hint", lang) << "\n";
}

void string_or_null(JsonWriter& w, std::string_view key, const std::string& value) {
    if (value.empty())
        w.key(key).null();
    else
        w.field(key, value);
}

// A period as machine dates: {"key": "2024-Q2", "start": "2024-04-01", "end": "2024-06-30"}.
void period_json(JsonWriter& w, std::string_view key, const Period& p) {
    w.key(key).begin_object().field("key", p.str()).field("start", p.first_day().iso())
        .field("end", p.last_day().iso()).end_object();
}

// The reading as data, every kind with its dates: a "from" reading carries its start, a
// range its first and last day, a recurrence its range (the plan year when unwritten).
void reading_json(JsonWriter& w, const Deadline& d, int year) {
    using K = Deadline::Kind;
    w.begin_object().field("kind", kind_name(d.kind));
    if (!d.label.empty()) w.field("label", d.label);
    switch (d.kind) {
        case K::on_date:
            w.field("date", d.date.iso()).field("last_day", d.date.iso());
            break;
        case K::before_date:
            w.field("date", d.date.iso()).field("last_day", d.date.plus_days(-1).iso());
            break;
        case K::within:
            period_json(w, "period", d.period);
            if (d.period_until) period_json(w, "until", *d.period_until);
            w.field("start", d.period.first_day().iso())
                .field("last_day", (d.period_until ? *d.period_until : d.period).last_day().iso());
            break;
        case K::from:
            period_json(w, "period", d.period);
            w.field("start", d.period.first_day().iso()).key("last_day").null();
            break;
        case K::ongoing:
            period_json(w, "period", d.period);
            w.field("start", d.period.first_day().iso()).field("end", d.period.last_day().iso());
            break;
        case K::recurring:
            w.field("every", recurrence_name(d.every)).field("day", d.day).field("before", d.before);
            w.field("start", (d.range_from ? d.range_from->first_day() : Date{year, 1, 1}).iso())
                .field("end", (d.range_until ? d.range_until->last_day() : Date{year, 12, 31}).iso());
            break;
        case K::after_event:
            w.field("event", d.event.empty() ? d.event_text : d.event).field("within_days", d.within_days)
                .field("working", d.working);
            if (d.expected) period_json(w, "expected", *d.expected);
            break;
        case K::no_date:
            w.field("per", d.per);
            break;
        case K::dates:
        case K::milestones:
            w.key("parts").begin_array();
            for (const Deadline& part : d.parts) reading_json(w, part, year);
            w.end_array();
            break;
    }
    w.end_object();
}

void print_json(const TimingOptions& o, const Reading& r) {
    JsonWriter w;
    w.begin_object().field("text", o.text).field("year", o.year);
    const auto& d = r.parse.deadline;
    if (d) {
        w.field("kind", kind_name(d->kind)).field("description", describe(*d)).key("reading");
        reading_json(w, *d, o.year);
    } else {
        w.key("kind").null().key("description").null().key("reading").null();
    }
    w.key("occurrences").begin_array();
    for (const Occurrence& occ : r.occurrences) {
        w.begin_object();
        string_or_null(w, "key", occ.key);
        string_or_null(w, "start", occ.start ? occ.start->iso() : "");
        w.field("last_day", occ.last_day.iso());
        string_or_null(w, "label", occ.label);
        w.end_object();
    }
    w.end_array();
    if (r.event_deadline)
        w.field("event_deadline", r.event_deadline->last_day.iso()).field("event_deadline_assumed", r.event_deadline->assumed);
    if (!d) w.field("error", r.parse.error);
    w.end_object();
    std::cout << w.str() << "\n";
}

int run_timing(TimingOptions o) {
    Lang lang = Lang::vi;
    if (!o.lang.empty()) parse_lang(o.lang, lang);
    if (o.year == 0) o.year = as_of_date("", lang).year;
    Reading r;
    if (!o.event_date.empty()) {
        r.event = typed_date(o.event_date, lang);
    }
    const RepositorySettings repo_settings = repository_settings(CommonOptions{o.root, o.lang});
    const Settings& settings = repo_settings.settings;
    r.calendar = calendar_for(settings);
    r.parse = parse_timing(o.text, o.year);
    if (r.parse.deadline) {
        const Deadline& d = *r.parse.deadline;
        r.occurrences = on_working_days(d, occurrences(d, o.year), r.calendar);
        if (r.event) r.event_deadline = event_due(d, *r.event, d.expected, r.calendar, settings.after_event_within);
    }
    if (o.format == "json")
        print_json(o, r);
    else if (r.parse.deadline)
        print_text(o, r, lang);
    if (r.parse.deadline) return kOk;
    if (o.format != "json") std::cerr << render({"timing-not-understood", {o.text, timing_error_in(r.parse.error, lang)}}, lang) << "\n";
    return kProblems;
}

}  // namespace

void setup_timing(CLI::App& app, int& exit_code) {
    auto opts = std::make_shared<TimingOptions>();
    CLI::App* cmd =
        app.add_subcommand("timing", "Xem cchc hiểu cách ghi thời hạn thế nào / show how a timing text is read");
    cmd->add_option("text", opts->text, "Cách ghi thời hạn, ví dụ \"Trước ngày 20/12/2024\" / the timing text")
        ->required();
    cmd->add_option("--year", opts->year, "Năm kế hoạch (mặc định: năm nay) / plan year (default: this year)")
        ->check(CLI::Range(1900, 2199));
    cmd->add_option("--event-date", opts->event_date,
                    "Ngày của sự kiện (YYYY-MM-DD hoặc dd/mm/yyyy): tính hạn \"trong N ngày kể từ …\"");
    cmd->add_option("--format", opts->format, "text (default) or json")->check(CLI::IsMember({"text", "json"}));
    cmd->add_option("-C,--root", opts->root, "Plan repository whose cchc.yaml adds holidays (default: found upwards)");
    cmd->add_option("--lang", opts->lang, "Language of messages: vi (default) or en")
        ->check(CLI::IsMember({"vi", "en"}));
    cmd->callback([opts, &exit_code] { exit_code = run_timing(*opts); });
}

}  // namespace cchc::cli
