#include "time/deadline_words.hpp"

#include <fmt/format.h>

#include <regex>

namespace cchc {

namespace {

const char* const kRoman[] = {"I", "II", "III", "IV"};

std::string every_vi(Recurrence r) {
    static const char* const kEvery[] = {"hằng tuần", "hằng tháng", "hằng quý", "6 tháng một lần", "hằng năm"};
    return kEvery[static_cast<int>(r)];
}

std::string recurring_vi(const Deadline& d) {
    std::string out = "định kỳ " + every_vi(d.every);
    if (d.day > 0 && d.every != Recurrence::week)
        out += d.every == Recurrence::month ? fmt::format(", ngày {}", d.day)
                                            : fmt::format(", ngày {} tháng cuối kỳ", d.day);
    if (d.day > 0 && d.before) out += ", trước ngày đó";
    if (d.range_from) out += " từ " + period_in(*d.range_from, Lang::vi);
    if (d.range_until) out += " đến " + period_in(*d.range_until, Lang::vi);
    return out;
}

std::string event_vi(const Deadline& d) {
    const std::string event = d.event.empty() ? "\"" + d.event_text + "\"" : d.event;
    std::string out = d.within_days > 0
                          ? fmt::format("trong {} ngày {}kể từ {}", d.within_days, d.working ? "làm việc " : "", event)
                          : "sau " + event;
    if (d.expected) out += ", dự kiến trong " + period_in(*d.expected, Lang::vi);
    return out;
}

std::string describe_vi(const Deadline& d) {
    using K = Deadline::Kind;
    switch (d.kind) {
        case K::on_date:
            return "đến hết ngày " + d.date.dmy();
        case K::before_date:
            return fmt::format("trước ngày {} (hạn cuối {})", d.date.dmy(), d.date.plus_days(-1).dmy());
        case K::within:
            if (d.period_until)  // a range: "Tháng 3 – 5/2024", "Quý II–III"
                return fmt::format("từ {} đến hết {} ({} – {})", period_in(d.period, Lang::vi),
                                   period_in(*d.period_until, Lang::vi), d.period.first_day().dmy(),
                                   d.period_until->last_day().dmy());
            return fmt::format("trong {} ({} – {})", period_in(d.period, Lang::vi), d.period.first_day().dmy(),
                               d.period.last_day().dmy());
        case K::from:
            return "từ " + period_in(d.period, Lang::vi) + " trở đi, không có hạn cuối";
        case K::ongoing:
            return "thường xuyên trong " + period_in(d.period, Lang::vi);
        case K::recurring:
            return recurring_vi(d);
        case K::after_event:
            return event_vi(d);
        case K::no_date:
            return "không có hạn riêng: \"" + d.per + "\"";
        case K::dates:
        case K::milestones: {
            std::string out = d.kind == K::milestones ? "các mốc: " : "mỗi hạn: ";
            for (size_t i = 0; i < d.parts.size(); ++i) {
                if (i > 0) out += "; ";
                if (!d.parts[i].label.empty()) out += d.parts[i].label + ": ";
                out += describe_vi(d.parts[i]);
            }
            return out;
        }
    }
    return describe(d);
}

}  // namespace

std::string period_in(const Period& p, Lang lang) {
    if (lang == Lang::en) return p.str();
    switch (p.kind) {
        case Period::Kind::year:
            return fmt::format("năm {}", p.year);
        case Period::Kind::half:
            return fmt::format("6 tháng {} năm {}", p.index == 1 ? "đầu" : "cuối", p.year);
        case Period::Kind::quarter:
            return fmt::format("quý {}/{}", kRoman[(p.index - 1) & 3], p.year);
        case Period::Kind::month:
            return fmt::format("tháng {:02}/{}", p.index, p.year);
        case Period::Kind::day:
            return p.first_day().dmy();
    }
    return p.str();
}

std::string describe_in(const Deadline& d, Lang lang) { return lang == Lang::en ? describe(d) : describe_vi(d); }

std::string timing_error_in(const std::string& error, Lang lang) {
    if (lang == Lang::en) return error;
    // The forms lib/timing*.cpp produce; {} is the quoted text they carry.
    static const std::pair<std::regex, const char*> kForms[] = {
        {std::regex("unexpected words '(.*)'"), "thừa chữ không hiểu được: '{}'"},
        {std::regex("invalid day '(.*)'"), "ngày không hợp lệ: '{}'"},
        {std::regex("invalid date '(.*)' in (\\d+)"), "ngày không có trong năm {1}: '{0}'"},
        {std::regex("invalid date '(.*)'"), "ngày không hợp lệ: '{}'"},
        {std::regex("invalid month '(.*)'"), "tháng không hợp lệ: '{}'"},
        {std::regex("invalid quarter '(.*)'"), "quý không hợp lệ: '{}'"},
        {std::regex("a date that cannot be read in '(.*)'"), "không đọc được ngày trong '{}'"},
        {std::regex("no event to count the days from"), "không nêu sự kiện để tính số ngày"},
        {std::regex("no timing form recognised"), "không khớp cách ghi thời hạn nào"},
        {std::regex("empty timing text"), "cách ghi thời hạn rỗng"},
    };
    static const std::regex kMilestone("milestone (\\d+) '(.*?)': (.*)");
    std::smatch m;
    if (std::regex_match(error, m, kMilestone))
        return fmt::format("mốc {} '{}': {}", m[1].str(), m[2].str(), timing_error_in(m[3].str(), lang));
    for (const auto& [rx, vi] : kForms) {
        if (!std::regex_match(error, m, rx)) continue;
        if (m.size() == 3) return fmt::format(fmt::runtime(vi), m[1].str(), m[2].str());
        if (m.size() == 2) return fmt::format(fmt::runtime(vi), m[1].str());
        return vi;
    }
    return error;
}

}  // namespace cchc
