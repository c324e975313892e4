#pragma once
// A score report as a terminal table (with a small bar per roll-up line), Markdown, JSON
// or CSV. Numbers are Vietnamese-style in vi output (86,4%), plain in JSON and CSV.
#include <string>

#include "yaml/messages.hpp"
#include "track/score.hpp"
#include "base/json.hpp"
#include "render/table.hpp"

namespace cchc {

enum class ScoreBy { plan, section, index, unit };

struct ScoreRenderOptions {
    Lang lang = Lang::vi;
    int width = 0;  // terminal columns; 0 = no cutting
    ScoreBy by = ScoreBy::plan;
    bool bars = false;
    Painter paint = {};  // terminal colours for met, not met, at risk; empty = none
};

std::string score_text(const ScoreReport& r, const ScoreRenderOptions& o);
std::string score_markdown(const ScoreReport& r, const ScoreRenderOptions& o);
std::string score_json(const ScoreReport& r, Lang lang);
// CSV: the target's text, its period, value, requirement, progress in percent and status in
// the output language; Vietnamese headers and decimal commas (what LibreOffice reads as
// numbers in a Vietnamese locale) under Lang::vi, decimal points under en.
std::string score_csv(const ScoreReport& r, Lang lang);

// Shared with the report: labels and cells.
std::string target_status_label(TargetStatus s, Lang lang);
std::string value_cell(const TargetResult& t, Lang lang);
std::string status_cell(const TargetResult& t, Lang lang);
// "năm 2024", "quý II/2024", "30/06/2024": the period a value measures.
std::string value_period(const MetricValue& v, Lang lang);
// What a computed figure counts: "4/12 nhiệm vụ đến hạn của KH 2255/KH-SNV".
std::string computed_scope(const ComputedValue& c, Lang lang);
std::string ratio_cell(const TargetResult& t, Lang lang);
std::string target_name(const TargetResult& t);
// "period", "value_period", "earlier", "scope" of a target, for the JSON of score and report.
void target_period_json(JsonWriter& w, const TargetResult& t);
const std::vector<Rollup>& rollups(const ScoreReport& r, ScoreBy by);

}  // namespace cchc
