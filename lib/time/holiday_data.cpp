// Which days are special in a year: the shipped announcements for công chức, viên chức
// (a table), and the default rule for other years (statutory holidays + nghỉ bù).
#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "time/calendar.hpp"
#include "time/lunar.hpp"

namespace cchc {

namespace {

enum class Occasion { new_year, tet, hung_kings, reunification, labour_day, national_day };

// One row of an announcement: a day or a range of days of one kind.
struct Row {
    int year;             // the announcement's year (a make-up day may lie outside it)
    const char* first;    // YYYY-MM-DD
    const char* last;     // inclusive end of the range; "" for a single day
    Occasion occasion;
    DayKind kind;
    const char* paired;   // swapped ↔ make-up partner day; "" otherwise
};

using O = Occasion;
using K = DayKind;

// Sources: the yearly notices of Bộ LĐ-TB&XH (to 2025) and Bộ Nội vụ (from 2025) on the
// Government's decisions, as reported by the national press. Holidays that only follow
// the Labour Code (a holiday on a weekend → nghỉ bù) are listed too, so a shipped year
// is complete. A Tết break is listed as its 5 statutory days (holiday, even on a weekend)
// followed by the nghỉ bù weekdays, as the notices word it.
constexpr Row rows[] = {
    // 2021 — medium confidence (MoLISA plan reported 9/12/2020); the Tết split is inferred.
    {2021, "2021-01-01", "", O::new_year, K::holiday, ""},
    {2021, "2021-02-10", "2021-02-14", O::tet, K::holiday, ""},  // 29 Chạp – mùng 3
    {2021, "2021-02-15", "2021-02-16", O::tet, K::compensatory, ""},
    {2021, "2021-04-21", "", O::hung_kings, K::holiday, ""},
    {2021, "2021-04-30", "", O::reunification, K::holiday, ""},
    {2021, "2021-05-01", "", O::labour_day, K::holiday, ""},  // Saturday
    {2021, "2021-05-03", "", O::labour_day, K::compensatory, ""},
    {2021, "2021-09-02", "2021-09-03", O::national_day, K::holiday, ""},
    // 2022 — high confidence; no swaps. Tết 29/1–6/2 incl. weekends, Quốc khánh 1–4/9.
    {2022, "2022-01-01", "", O::new_year, K::holiday, ""},  // Saturday
    {2022, "2022-01-03", "", O::new_year, K::compensatory, ""},
    {2022, "2022-01-31", "2022-02-04", O::tet, K::holiday, ""},  // 29 Chạp – mùng 4
    {2022, "2022-04-10", "", O::hung_kings, K::holiday, ""},  // Sunday
    {2022, "2022-04-11", "", O::hung_kings, K::compensatory, ""},
    {2022, "2022-04-30", "", O::reunification, K::holiday, ""},  // Saturday
    {2022, "2022-05-01", "", O::labour_day, K::holiday, ""},     // Sunday
    {2022, "2022-05-02", "", O::reunification, K::compensatory, ""},
    {2022, "2022-05-03", "", O::labour_day, K::compensatory, ""},
    {2022, "2022-09-01", "2022-09-02", O::national_day, K::holiday, ""},
    // 2023 — high confidence (Công văn 8056/VPCP-KGVX, 1/12/2022); no swaps.
    {2023, "2023-01-01", "", O::new_year, K::holiday, ""},  // Sunday
    {2023, "2023-01-02", "", O::new_year, K::compensatory, ""},
    {2023, "2023-01-20", "2023-01-24", O::tet, K::holiday, ""},  // 29 Chạp – mùng 3
    {2023, "2023-01-25", "2023-01-26", O::tet, K::compensatory, ""},
    {2023, "2023-04-29", "", O::hung_kings, K::holiday, ""},  // Saturday
    {2023, "2023-04-30", "", O::reunification, K::holiday, ""},  // Sunday
    {2023, "2023-05-01", "", O::labour_day, K::holiday, ""},
    {2023, "2023-05-02", "", O::hung_kings, K::compensatory, ""},
    {2023, "2023-05-03", "", O::reunification, K::compensatory, ""},
    {2023, "2023-09-01", "2023-09-02", O::national_day, K::holiday, ""},  // 2/9 Saturday
    {2023, "2023-09-04", "", O::national_day, K::compensatory, ""},
    // 2024 — high confidence (Tết 8–14/2; 30/4 swap: Công văn 2450/VPCP-KGVX, 12/4/2024).
    {2024, "2024-01-01", "", O::new_year, K::holiday, ""},
    {2024, "2024-02-08", "2024-02-12", O::tet, K::holiday, ""},  // 29 Chạp – mùng 3
    {2024, "2024-02-13", "2024-02-14", O::tet, K::compensatory, ""},
    {2024, "2024-04-18", "", O::hung_kings, K::holiday, ""},
    {2024, "2024-04-29", "", O::reunification, K::swapped, "2024-05-04"},
    {2024, "2024-04-30", "", O::reunification, K::holiday, ""},
    {2024, "2024-05-01", "", O::labour_day, K::holiday, ""},
    {2024, "2024-05-04", "", O::reunification, K::make_up, "2024-04-29"},
    {2024, "2024-09-02", "2024-09-03", O::national_day, K::holiday, ""},
    // 2025 — high confidence (MoLISA notice of 3/12/2024; 30/4 swap approved 2025).
    {2025, "2025-01-01", "", O::new_year, K::holiday, ""},
    {2025, "2025-01-27", "2025-01-31", O::tet, K::holiday, ""},  // 28 Chạp – mùng 3
    {2025, "2025-04-07", "", O::hung_kings, K::holiday, ""},
    {2025, "2025-04-26", "", O::labour_day, K::make_up, "2025-05-02"},
    {2025, "2025-04-30", "", O::reunification, K::holiday, ""},
    {2025, "2025-05-01", "", O::labour_day, K::holiday, ""},
    {2025, "2025-05-02", "", O::labour_day, K::swapped, "2025-04-26"},
    {2025, "2025-09-01", "2025-09-02", O::national_day, K::holiday, ""},
    // 2026 — high confidence for Tết DL (Công văn 12729/VPCP-KGVX, 25/12/2025), Tết and
    // Quốc khánh (Thông báo 9441/TB-BNV, 16/10/2025); Giỗ Tổ and 30/4–1/5 follow the Code.
    // Ngày Văn hóa Việt Nam 24/11 is not a statutory holiday yet (add it in cchc.yaml).
    {2026, "2026-01-01", "", O::new_year, K::holiday, ""},
    {2026, "2026-01-02", "", O::new_year, K::swapped, "2026-01-10"},
    {2026, "2026-01-10", "", O::new_year, K::make_up, "2026-01-02"},
    {2026, "2026-02-16", "2026-02-20", O::tet, K::holiday, ""},  // 29 Chạp – mùng 4
    {2026, "2026-04-26", "", O::hung_kings, K::holiday, ""},  // Sunday
    {2026, "2026-04-27", "", O::hung_kings, K::compensatory, ""},
    {2026, "2026-04-30", "", O::reunification, K::holiday, ""},
    {2026, "2026-05-01", "", O::labour_day, K::holiday, ""},
    {2026, "2026-08-22", "", O::national_day, K::make_up, "2026-08-31"},
    {2026, "2026-08-31", "", O::national_day, K::swapped, "2026-08-22"},
    {2026, "2026-09-01", "2026-09-02", O::national_day, K::holiday, ""},
};

Date row_date(const char* text) { return parse_iso_date(text).value(); }  // table is trusted

std::string occasion_vi(Occasion o, int year) {
    switch (o) {
        case O::new_year: return "Tết Dương lịch";
        case O::tet: return "Tết Nguyên đán " + can_chi_year(year);
        case O::hung_kings: return "Giỗ Tổ Hùng Vương";
        case O::reunification: return "Ngày Chiến thắng";
        case O::labour_day: return "Ngày Quốc tế Lao động";
        case O::national_day: return "Quốc khánh";
    }
    return {};
}

std::string occasion_en(Occasion o, int year) {
    switch (o) {
        case O::new_year: return "New Year's Day";
        case O::tet: return "Lunar New Year (" + can_chi_year(year) + ")";
        case O::hung_kings: return "Hùng Kings' Commemoration Day";
        case O::reunification: return "Reunification Day";
        case O::labour_day: return "International Labour Day";
        case O::national_day: return "National Day";
    }
    return {};
}

// `paired` is the swap partner, meaningful for swapped and make_up only.
DayEntry make_entry(Date d, Occasion o, int year, DayKind kind, Date paired, DaySource src) {
    const std::string vi = occasion_vi(o, year);
    const std::string en = occasion_en(o, year);
    DayEntry e{d, kind, vi, en, src};
    switch (kind) {
        case K::holiday: break;
        case K::compensatory:
            e.name_vi = "Nghỉ bù " + vi;
            e.name_en = en + " (compensatory day off)";
            break;
        case K::swapped:
            e.name_vi = fmt::format("Nghỉ hoán đổi dịp {} (làm bù ngày {})", vi, paired.dmy());
            e.name_en = fmt::format("{} (swapped day off, worked on {})", en, paired.iso());
            break;
        case K::make_up:
            e.name_vi = fmt::format("Làm bù cho ngày {} (dịp {})", paired.dmy(), vi);
            e.name_en = fmt::format("Make-up working day for {} ({})", paired.iso(), en);
            break;
    }
    return e;
}

bool is_weekend(const Date& d) { return d.weekday() >= 5; }

// Quốc khánh's second day (Điều 112.1.đ: 1/9 or 3/9): the side that joins the break to a
// weekend — 1/9 when 2/9 is a Tuesday, Friday or Saturday, 3/9 otherwise (a Wednesday
// 2/9 joins neither side; 3/9 then).
Date national_day_adjacent(int year) {
    const int wd = Date{year, 9, 2}.weekday();
    return (wd == 1 || wd == 4 || wd == 5) ? Date{year, 9, 1} : Date{year, 9, 3};
}

// The statutory holidays of `year` under the Labour Code in force that year:
// Tết 4 days before 2013 (5 since), Giỗ Tổ since 2007, Quốc khánh 2 days since 2021.
std::vector<std::pair<Date, Occasion>> statutory_holidays(int year) {
    std::vector<std::pair<Date, Occasion>> out;
    out.emplace_back(Date{year, 1, 1}, O::new_year);
    const Date tet = lunar_new_year(year);
    const int tet_last = year >= 2013 ? 3 : 2;  // last day of the old year + mùng 1..4
    for (int i = -1; i <= tet_last; ++i) out.emplace_back(tet.plus_days(i), O::tet);
    if (year >= 2007) out.emplace_back(lunar_to_solar(year, 3, 10).value(), O::hung_kings);
    out.emplace_back(Date{year, 4, 30}, O::reunification);
    out.emplace_back(Date{year, 5, 1}, O::labour_day);
    out.emplace_back(Date{year, 9, 2}, O::national_day);
    if (year >= 2021) out.emplace_back(national_day_adjacent(year), O::national_day);
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace

const char* day_kind_name(DayKind kind) {
    switch (kind) {
        case DayKind::holiday: return "holiday";
        case DayKind::compensatory: return "compensatory";
        case DayKind::swapped: return "swapped";
        case DayKind::make_up: return "make_up";
    }
    return "holiday";
}

const char* day_source_name(DaySource source) {
    switch (source) {
        case DaySource::announced: return "announced";
        case DaySource::statutory: return "statutory";
        case DaySource::settings: return "settings";
    }
    return "statutory";
}

std::vector<DayEntry> statutory_days(int year) {
    const auto holidays = statutory_holidays(year);
    std::set<Date> taken;
    for (const auto& h : holidays) taken.insert(h.first);
    std::vector<DayEntry> out;
    for (const auto& [date, occasion] : holidays) {
        out.push_back(make_entry(date, occasion, year, K::holiday, {}, DaySource::statutory));
        if (!is_weekend(date)) continue;
        // Điều 111.3: a holiday on the weekly rest day is taken on the next working day.
        Date d = date.plus_days(1);
        while (is_weekend(d) || taken.count(d)) d = d.plus_days(1);
        taken.insert(d);
        out.push_back(make_entry(d, occasion, year, K::compensatory, {}, DaySource::statutory));
    }
    std::sort(out.begin(), out.end(),
              [](const DayEntry& a, const DayEntry& b) { return a.date < b.date; });
    return out;
}

std::vector<DayEntry> special_days(int year) {
    if (!has_announcement(year)) return statutory_days(year);
    std::vector<DayEntry> out;
    for (const Row& r : rows) {
        if (r.year != year) continue;
        const Date first = row_date(r.first);
        const Date last = *r.last ? row_date(r.last) : first;
        const Date paired = *r.paired ? row_date(r.paired) : Date{};
        for (Date d = first; d <= last; d = d.plus_days(1))
            out.push_back(make_entry(d, r.occasion, year, r.kind, paired, DaySource::announced));
    }
    std::sort(out.begin(), out.end(),
              [](const DayEntry& a, const DayEntry& b) { return a.date < b.date; });
    return out;
}

bool has_announcement(int year) {
    return std::any_of(std::begin(rows), std::end(rows), [&](const Row& r) { return r.year == year; });
}

std::vector<int> announced_years() {
    std::vector<int> out;
    for (const Row& r : rows)
        if (out.empty() || out.back() != r.year) out.push_back(r.year);
    return out;
}

}  // namespace cchc
