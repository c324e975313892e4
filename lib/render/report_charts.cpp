// The report's two charts, task status (pie) and target attainment (bars): Mermaid in the
// Markdown, a picture in Word (SVG drawn here, PNG by rsvg-convert). Colours carry meaning and
// are the same in both: overdue and not met red, due soon and at risk amber, done and met
// green, no data grey; the bar axis starts at 0 and every bar and slice shows its value.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <vector>

#include "render/due_render.hpp"
#include "render/score_render.hpp"
#include "render/svg_png.hpp"
#include "render/report_parts.hpp"

namespace cchc::report_md {

namespace {

struct Slice {
    std::string label;
    int value;
    const char* colour;
};

constexpr const char* kRed = "#c62828";
constexpr const char* kAmber = "#f9a825";
constexpr const char* kGreen = "#2e7d32";
constexpr const char* kGrey = "#9e9e9e";

std::vector<Slice> status_slices(const ReportData& d, Lang lang) {
    const auto& c = d.overall;
    std::vector<Slice> out = {{tr("report-done", lang), c.done, kGreen},
                              {group_title(DueGroup::overdue, d.window, lang), c.count(DueGroup::overdue), kRed},
                              {group_title(DueGroup::due_soon, d.window, lang), c.count(DueGroup::due_soon), kAmber},
                              {group_title(DueGroup::later, d.window, lang), c.count(DueGroup::later), "#1565c0"},
                              {group_title(DueGroup::ongoing, d.window, lang), c.count(DueGroup::ongoing), "#64b5f6"},
                              {group_title(DueGroup::waiting, d.window, lang), c.count(DueGroup::waiting), "#7e57c2"},
                              {group_title(DueGroup::no_date, d.window, lang), c.count(DueGroup::no_date), kGrey},
                              {tr("report-cancelled", lang), c.cancelled, "#d7ccc8"}};
    std::erase_if(out, [](const Slice& s) { return s.value <= 0; });
    // Largest first, as Mermaid draws them: the colours are given in drawing order.
    std::stable_sort(out.begin(), out.end(), [](const Slice& a, const Slice& b) { return a.value > b.value; });
    return out;
}

std::vector<Slice> target_bars(const ReportData& d, Lang lang) {
    const Rollup& t = d.score.total;
    return {{target_status_label(TargetStatus::met, lang), t.met, kGreen},
            {target_status_label(TargetStatus::not_met, lang), t.not_met, kRed},
            {target_status_label(TargetStatus::at_risk, lang), t.at_risk, kAmber},
            {target_status_label(TargetStatus::waiting, lang), t.waiting, "#7e57c2"},
            {target_status_label(TargetStatus::no_data, lang), t.no_data, kGrey}};
}

// Mermaid labels are double-quoted: no quotes or line breaks inside.
std::string mermaid_label(const std::string& s) {
    std::string out;
    for (char c : s) out += c == '"' ? '\'' : (c == '\n' ? ' ' : c);
    return '"' + out + '"';
}

std::string xml_text(std::string_view s) {
    std::string out;
    for (char c : s) {
        if (c == '&') out += "&amp;";
        else if (c == '<') out += "&lt;";
        else if (c == '>') out += "&gt;";
        else out += c;
    }
    return out;
}

constexpr const char* kFont = R"(font-family="Times New Roman, Liberation Serif, serif")";

std::string svg_begin(int w, int h, const std::string& title) {
    return fmt::format(R"(<svg xmlns="http://www.w3.org/2000/svg" width="{0}" height="{1}" viewBox="0 0 {0} {1}">)"
                       R"(<rect width="{0}" height="{1}" fill="#ffffff"/>)"
                       R"(<text x="{2}" y="26" {3} font-size="19" font-weight="bold" text-anchor="middle">{4}</text>)",
                       w, h, w / 2, kFont, xml_text(title));
}

std::string pie_svg(const std::vector<Slice>& slices, const std::string& title, Lang lang) {
    int total = 0;
    for (const auto& s : slices) total += s.value;
    const int h = std::max(300, 70 + 30 * static_cast<int>(slices.size()));
    std::string out = svg_begin(860, h, title);
    const double cx = 160, cy = 50 + (h - 50) / 2.0, r = 115;
    double angle = -std::numbers::pi / 2;
    for (const auto& s : slices) {
        const double sweep = 2 * std::numbers::pi * s.value / total;
        if (s.value == total) {
            out += fmt::format(R"(<circle cx="{}" cy="{}" r="{}" fill="{}" stroke="#ffffff" stroke-width="2"/>)", cx, cy,
                               r, s.colour);
        } else {
            const double x1 = cx + r * std::cos(angle), y1 = cy + r * std::sin(angle);
            const double x2 = cx + r * std::cos(angle + sweep), y2 = cy + r * std::sin(angle + sweep);
            out += fmt::format(
                R"(<path d="M{:.1f},{:.1f} L{:.1f},{:.1f} A{},{} 0 {} 1 {:.1f},{:.1f} Z" fill="{}" stroke="#ffffff" stroke-width="2"/>)",
                cx, cy, x1, y1, r, r, sweep > std::numbers::pi ? 1 : 0, x2, y2, s.colour);
        }
        angle += sweep;
    }
    // The legend carries the numbers: label, count, share.
    double y = cy - 15.0 * static_cast<double>(slices.size()) + 15;
    for (const auto& s : slices) {
        out += fmt::format(R"(<rect x="310" y="{:.0f}" width="18" height="18" fill="{}"/>)", y - 14, s.colour);
        out += fmt::format(R"(<text x="338" y="{:.0f}" {} font-size="17">{}: {} ({})</text>)", y, kFont,
                           xml_text(s.label), s.value, percent(s.value, total, lang));
        y += 30;
    }
    return out + "</svg>\n";
}

// A round step for the axis: 1, 2, 5, 10, 20 … giving at most about six ticks.
int axis_step(int max) {
    for (int step = 1;; step *= 10)
        for (int k : {1, 2, 5})
            if (max <= 6 * k * step) return k * step;
}

std::string bars_svg(const std::vector<Slice>& bars, const std::string& title, const std::string& axis) {
    int max = 1;
    for (const auto& b : bars) max = std::max(max, b.value);
    const int step = axis_step(max);
    const int top = (max + step - 1) / step * step;
    const double x0 = 70, y0 = 300, height = 240, width = 620;
    std::string out = svg_begin(720, 360, title);
    out += fmt::format(R"svg(<text x="18" y="{}" {} font-size="15" transform="rotate(-90 18 {})" text-anchor="middle">{}</text>)svg",
                       y0 - height / 2, kFont, y0 - height / 2, xml_text(axis));
    for (int v = 0; v <= top; v += step) {
        const double y = y0 - height * v / top;
        out += fmt::format(R"(<line x1="{}" y1="{:.1f}" x2="{}" y2="{:.1f}" stroke="{}" stroke-width="1"/>)", x0, y,
                           x0 + width, y, v == 0 ? "#000000" : "#dddddd");
        out += fmt::format(R"(<text x="{}" y="{:.1f}" {} font-size="15" text-anchor="end">{}</text>)", x0 - 8, y + 5,
                           kFont, v);
    }
    const double slot = width / static_cast<double>(bars.size());
    for (size_t i = 0; i < bars.size(); ++i) {
        const auto& b = bars[i];
        const double x = x0 + slot * static_cast<double>(i) + slot * 0.2, w = slot * 0.6;
        const double h = height * b.value / top;
        out += fmt::format(R"(<rect x="{:.1f}" y="{:.1f}" width="{:.1f}" height="{:.1f}" fill="{}"/>)", x, y0 - h, w, h,
                           b.colour);
        out += fmt::format(R"(<text x="{:.1f}" y="{:.1f}" {} font-size="17" font-weight="bold" text-anchor="middle">{}</text>)",
                           x + w / 2, y0 - h - 6, kFont, b.value);
        out += fmt::format(R"(<text x="{:.1f}" y="{}" {} font-size="16" text-anchor="middle">{}</text>)", x + w / 2,
                           y0 + 24, kFont, xml_text(b.label));
    }
    return out + "</svg>\n";
}

// Word: the drawing as a picture `width_cm` wide, PNG when rsvg-convert is there (SVG else),
// in a paragraph of the reference document's "Chart" style.
std::string docx_picture(const std::string& svg, double width_cm) {
    const auto png = svg_to_png(svg);
    const std::string uri = png ? "data:image/png;base64," + base64(*png) : "data:image/svg+xml;base64," + base64(svg);
    // The reference document's "Chart" style keeps it with what follows (no lone note on a page).
    return fmt::format("::: {{custom-style=\"Chart\"}}\n![]({}){{width={}cm}}\n:::\n\n", uri, width_cm);
}

std::string theme(const std::string& variables) {
    return "%%{init: {\"theme\": \"base\", \"themeVariables\": {" + variables + "}}}%%\n";
}

}  // namespace

std::string status_pie(const ReportData& d, const ReportRenderOptions& o) {
    const Lang lang = o.lang;
    const auto slices = status_slices(d, lang);
    const std::string title = tr("report-chart-task-status", lang);
    if (o.docx) return docx_picture(pie_svg(slices, title, lang), 16);
    std::string colours;
    for (size_t i = 0; i < slices.size(); ++i)
        colours += fmt::format("{}\"pie{}\": \"{}\"", i ? ", " : "", i + 1, slices[i].colour);
    // Full colour (Mermaid's default slice opacity, 0.7, pales red and green).
    std::string out =
        "```mermaid\n" + theme(colours + ", \"pieStrokeColor\": \"#ffffff\", \"pieOpacity\": \"1\"") + "pie showData\n";
    out += fmt::format("    title {}\n", title);
    for (const auto& s : slices) out += fmt::format("    {} : {}\n", mermaid_label(s.label), s.value);
    return out + "```\n\n";
}

std::string targets_chart(const ReportData& d, const ReportRenderOptions& o) {
    const Lang lang = o.lang;
    const auto bars = target_bars(d, lang);
    const std::string title = tr("report-targets-title", lang);
    const std::string axis = tr("report-col-targets", lang);
    if (o.docx) return docx_picture(bars_svg(bars, title, axis), 15);
    // One series a status (its value at its own place, 0 elsewhere): each bar takes its
    // series' colour. The values are in the labels, the axis runs from 0.
    int max = 1;
    std::string labels, colours, series;
    for (size_t i = 0; i < bars.size(); ++i) {
        max = std::max(max, bars[i].value);
        labels += (i ? ", " : "") + mermaid_label(fmt::format("{}: {}", bars[i].label, bars[i].value));
        colours += (i ? ", " : "") + std::string(bars[i].colour);
        std::string values;
        for (size_t j = 0; j < bars.size(); ++j) values += (j ? ", " : "") + std::to_string(i == j ? bars[i].value : 0);
        series += fmt::format("    bar [{}]\n", values);
    }
    // Mermaid draws every bar from the plot's bottom edge, a few pixels below the axis's 0:
    // a 0 would show as a stub in its series' colour, and the last series' stub would sit
    // under every bar. A last series of zeros in white covers those stubs, so each bar starts
    // at 0 and a 0 shows as nothing (checked in Chromium: tests/e2e/test_report_mermaid.sh).
    std::string zeros;
    for (size_t j = 0; j < bars.size(); ++j) zeros += j ? ", 0" : "0";
    series += fmt::format("    bar [{}]\n", zeros);
    std::string out = "```mermaid\n%%{init: {\"xyChart\": {\"showDataLabel\": false}, \"themeVariables\": {\"xyChart\": "
                      "{\"plotColorPalette\": \"" + colours + ", #ffffff\"}}}}%%\nxychart-beta\n";
    out += fmt::format("    title {}\n", mermaid_label(title));
    out += fmt::format("    x-axis [{}]\n", labels);
    out += fmt::format("    y-axis {} 0 --> {}\n", mermaid_label(axis), (max + axis_step(max) - 1) / axis_step(max) * axis_step(max));
    return out + series + "```\n\n";
}

}  // namespace cchc::report_md
