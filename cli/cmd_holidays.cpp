// cchc holidays: the days off and make-up working days of a year, as cchc counts them —
// the shipped announcement or the default rule, plus the repository's cchc.yaml days.
#include <algorithm>
#include <charconv>
#include <filesystem>
#include <iostream>

#include "model/calendar_settings.hpp"
#include "yaml/diagnostic_format.hpp"
#include "base/json.hpp"
#include "state/repository.hpp"
#include "yaml/source.hpp"
#include "render/table.hpp"
#include "yaml/yaml_tree.hpp"
#include "commands.hpp"
#include "common.hpp"
#include "today.hpp"

namespace cchc::cli {

namespace {

namespace fs = std::filesystem;

struct HolidaysOptions {
    CommonOptions common;
    std::string year, format = "table";
    bool year_given = false;
};

int parse_year(const std::string& text, Lang lang) {
    int year = 0;
    const auto [end, err] = std::from_chars(text.data(), text.data() + text.size(), year);
    if (err != std::errc() || end != text.data() + text.size() || year < 1900 || year > 2199)
        throw UsageError{render({"invalid-year", {text}}, lang)};
    return year;
}

std::string weekday(const Date& d, Lang lang) { return tr("weekday-" + std::to_string(d.weekday()), lang); }
std::string kind_word(const DayEntry& e, Lang lang) {
    return tr(std::string("day-kind-") + day_kind_name(e.kind), lang);
}
std::string source_word(const DayEntry& e, Lang lang) {
    return tr(std::string("day-source-") + day_source_name(e.source), lang);
}
std::string day_name(const DayEntry& e, Lang lang) {
    return lang == Lang::en && !e.name_en.empty() ? e.name_en : e.name_vi;
}

// "27/04–01/05/2024", or full dates when the break crosses a year.
std::string span(const Break& b) {
    if (b.first == b.last) return b.first.dmy();
    if (b.first.year != b.last.year) return b.first.dmy() + "–" + b.last.dmy();
    return b.first.dmy().substr(0, 5) + "–" + b.last.dmy();
}

std::vector<DayEntry> special_days_of(const Calendar& cal, int year) {
    std::vector<DayEntry> days = cal.days_off(year);
    for (auto& e : cal.make_up_days(year)) days.push_back(std::move(e));
    std::sort(days.begin(), days.end(), [](const DayEntry& a, const DayEntry& b) { return a.date < b.date; });
    return days;
}

void print_table(int year, const Calendar& cal, Lang lang) {
    const bool vi = lang == Lang::vi;
    Table t{{tr("col-date", lang), tr("col-weekday", lang), tr("col-kind", lang), tr("col-name", lang),
             tr("col-source", lang)},
            {},
            3};
    const std::vector<DayEntry> days = special_days_of(cal, year);
    for (const DayEntry& e : days)
        t.rows.push_back(
            {e.date.dmy(), weekday(e.date, lang), kind_word(e, lang), day_name(e, lang), source_word(e, lang)});
    std::cout << render_table(t, terminal_width());
    std::cout << "\n" << render({"holidays-breaks", {std::to_string(year)}}, lang) << "\n";
    for (const Break& b : cal.breaks(year)) {
        const std::string name = vi || b.name_en.empty() ? b.name_vi : b.name_en;
        const Message m = b.days() == 1 ? Message{"holidays-break-one", {span(b), name}}
                                        : Message{"holidays-break", {span(b), std::to_string(b.days()), name}};
        std::cout << "  " << render(m, lang) << "\n";
    }
    std::cout << render({has_announcement(year) ? "holidays-announced" : "holidays-statutory", {std::to_string(year)}},
                        lang)
              << "\n";
    const auto from_settings =
        std::count_if(days.begin(), days.end(), [](const DayEntry& e) { return e.source == DaySource::settings; });
    if (from_settings > 0) std::cout << render({"holidays-settings", {std::to_string(from_settings)}}, lang) << "\n";
}

void print_json(int year, const Calendar& cal) {
    static constexpr const char* kWeekdays[] = {"monday", "tuesday",  "wednesday", "thursday",
                                                "friday", "saturday", "sunday"};
    JsonWriter w;
    w.begin_object().field("year", year).field("source", has_announcement(year) ? "announced" : "statutory");
    w.key("days").begin_array();
    for (const DayEntry& e : special_days_of(cal, year))
        w.begin_object()
            .field("date", e.date.iso())
            .field("weekday", kWeekdays[e.date.weekday()])
            .field("kind", day_kind_name(e.kind))
            .field("name", e.name_vi)
            .field("name_en", e.name_en)
            .field("source", day_source_name(e.source))
            .field("off", e.is_day_off())
            .end_object();
    w.end_array().key("breaks").begin_array();
    for (const Break& b : cal.breaks(year))
        w.begin_object()
            .field("first", b.first.iso())
            .field("last", b.last.iso())
            .field("days", b.days())
            .field("name", b.name_vi)
            .field("name_en", b.name_en)
            .end_object();
    w.end_array().end_object();
    std::cout << w.str() << "\n";
}

int run_holidays(const HolidaysOptions& o) {
    const Lang cli_lang = choose_lang(o.common, nullptr);
    const int year = !o.year_given ? as_of_date("", cli_lang).year : parse_year(o.year, cli_lang);
    const RepositorySettings repo = repository_settings(o.common);
    const Calendar cal = calendar_for(repo.settings);
    if (o.format == "json")
        print_json(year, cal);
    else
        print_table(year, cal, choose_lang(o.common, &repo.settings));
    return kOk;
}

}  // namespace

void setup_holidays(CLI::App& app, int& exit_code) {
    auto opts = std::make_shared<HolidaysOptions>();
    CLI::App* cmd =
        app.add_subcommand("holidays", "Ngày nghỉ lễ, nghỉ bù, làm bù trong năm / days off and make-up days");
    CLI::Option* year =
        cmd->add_option("year", opts->year, "Năm (1900–2199; mặc định: năm nay) / the year (default: this year)");
    add_common_options(*cmd, opts->common);
    cmd->add_option("--format", opts->format, "table (default) or json")->check(CLI::IsMember({"table", "json"}));
    cmd->callback([opts, year, &exit_code] {
        opts->year_given = year->count() > 0;
        exit_code = run_holidays(*opts);
    });
}

}  // namespace cchc::cli
