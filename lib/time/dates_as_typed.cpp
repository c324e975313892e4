#include "time/dates_as_typed.hpp"

#include <charconv>
#include <regex>
#include <string>

#include <fmt/format.h>

#include "base/text.hpp"
#include "yaml/messages.hpp"

namespace cchc {

namespace {

int roman_or_number(const std::string& s) {
    if (s == "i") return 1;
    if (s == "ii") return 2;
    if (s == "iii") return 3;
    if (s == "iv") return 4;
    return std::stoi(s);
}

std::optional<Period> make(Period::Kind kind, int year, int index) {
    const int last = kind == Period::Kind::month ? 12 : kind == Period::Kind::quarter ? 4 : 1;
    if (year < 1900 || year > 2199 || index < 1 || index > last) return std::nullopt;
    Period p;
    p.kind = kind;
    p.year = year;
    p.index = kind == Period::Kind::year ? 1 : index;
    return p;
}

}  // namespace

std::optional<Period> parse_period_as_typed(Period::Kind kind, std::string_view text) {
    if (!is_valid_utf8(text) || text.size() > 64) return std::nullopt;
    const std::string t = fold(text);  // lower case, no diacritics: "quy iv/2024"
    std::smatch m;
    switch (kind) {
        case Period::Kind::month: {
            static const std::regex kMonthYear("(?:thang\\s*)?(\\d{1,2})\\s*[/.-]\\s*(\\d{4})");
            static const std::regex kYearMonth("(\\d{4})-(\\d{2})");
            if (std::regex_match(t, m, kMonthYear)) return make(kind, std::stoi(m[2]), std::stoi(m[1]));
            if (std::regex_match(t, m, kYearMonth)) return make(kind, std::stoi(m[1]), std::stoi(m[2]));
            return std::nullopt;
        }
        case Period::Kind::quarter: {
            static const std::regex kQuarterYear("(?:quy\\s*)?q?\\s*([1-4]|iv|i{1,3})\\s*[/-]\\s*(\\d{4})");
            static const std::regex kYearQuarter("(\\d{4})\\s*-\\s*q\\s*([1-4])");
            if (std::regex_match(t, m, kQuarterYear)) return make(kind, std::stoi(m[2]), roman_or_number(m[1]));
            if (std::regex_match(t, m, kYearQuarter)) return make(kind, std::stoi(m[1]), std::stoi(m[2]));
            return std::nullopt;
        }
        case Period::Kind::year: {
            static const std::regex kYear("(?:nam\\s*)?(\\d{4})");
            if (std::regex_match(t, m, kYear)) return make(kind, std::stoi(m[1]), 1);
            return std::nullopt;
        }
        default:
            return std::nullopt;
    }
}


std::optional<Date> parse_user_date(std::string_view s) {
    if (auto d = parse_iso_date(s)) return d;
    // dd/mm/yyyy, d/m/yyyy
    int part[3] = {0, 0, 0}, idx = 0, digits = 0;
    for (char c : s) {
        if (c >= '0' && c <= '9') {
            if (++digits > 4) return std::nullopt;
            part[idx] = part[idx] * 10 + (c - '0');
        } else if (c == '/' && idx < 2 && digits > 0) {
            ++idx, digits = 0;
        } else {
            return std::nullopt;
        }
    }
    if (idx != 2 || digits != 4 || !is_valid_date(part[2], part[1], part[0])) return std::nullopt;
    return Date{part[2], part[1], part[0]};
}

std::optional<Date> parse_typed_date(std::string_view s, const Date& today) {
    if (auto d = parse_user_date(s)) return d;
    const std::string w = fold(s);
    if (w == "hom nay" || w == "homnay" || w == "today") return today;
    if (w == "hom qua" || w == "homqua" || w == "yesterday") return today.plus_days(-1);
    if (w == "ngay mai" || w == "ngaymai" || w == "tomorrow") return today.plus_days(1);
    // +7, -3: days from today (at most ten years either way).
    if (w.size() >= 2 && w.size() <= 5 && (w[0] == '+' || w[0] == '-')) {
        int n = 0;
        const auto [end, ec] = std::from_chars(w.data() + 1, w.data() + w.size(), n);
        if (ec == std::errc() && end == w.data() + w.size() && n <= 3660) return today.plus_days(w[0] == '+' ? n : -n);
        return std::nullopt;
    }
    // dd/mm: this year.
    int day = 0, month = 0;
    const size_t slash = w.find('/');
    if (slash == std::string::npos || slash == 0 || slash > 2 || w.size() - slash - 1 == 0 || w.size() - slash - 1 > 2)
        return std::nullopt;
    const auto [e1, c1] = std::from_chars(w.data(), w.data() + slash, day);
    const auto [e2, c2] = std::from_chars(w.data() + slash + 1, w.data() + w.size(), month);
    if (c1 != std::errc() || c2 != std::errc() || e1 != w.data() + slash || e2 != w.data() + w.size()) return std::nullopt;
    if (!is_valid_date(today.year, month, day)) return std::nullopt;
    return Date{today.year, month, day};
}

std::optional<Period> parse_report_period(Period::Kind kind, std::string_view text) {
    const size_t want = kind == Period::Kind::year ? 4 : 7;
    if (text.size() != want) return std::nullopt;
    auto p = parse_period(text);
    if (!p || p->kind != kind) return std::nullopt;
    return p;
}

std::string period_label(const Period& p, Lang lang) {
    static const char* const kRoman[] = {"I", "II", "III", "IV"};
    static const char* const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                          "July",    "August",   "September", "October", "November", "December"};
    const std::string year = std::to_string(p.year);
    switch (p.kind) {
        case Period::Kind::month:
            return render({"period-label-month", {fmt::format("{:02}", p.index), year, kMonths[p.index - 1]}}, lang);
        case Period::Kind::quarter:
            return render({"period-label-quarter", {kRoman[p.index - 1], year, std::to_string(p.index)}}, lang);
        case Period::Kind::half:
            return render({p.index == 1 ? "period-label-half-1" : "period-label-half-2", {year}}, lang);
        case Period::Kind::day:
            return p.first_day().dmy();
        case Period::Kind::year:
            break;
    }
    return render({"period-label-year", {year}}, lang);
}

Date default_report_as_of(const Period& p, Date today) { return today < p.last_day() ? today : p.last_day(); }

}  // namespace cchc
