#pragma once
// A score report as a terminal table (with a small bar per roll-up line), Markdown, JSON
// or CSV. Numbers are Vietnamese-style in vi output (86,4%), plain in JSON and CSV.
#include <string>

#include "cchc/messages.hpp"
#include "cchc/score.hpp"
#include "cchc/table.hpp"

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
std::string score_json(const ScoreReport& r);
// CSV: Vietnamese headers, status words and decimal commas (what LibreOffice reads as
// numbers in a Vietnamese locale) under Lang::vi; JSON codes and decimal points under en.
std::string score_csv(const ScoreReport& r, Lang lang);

// Shared with the report: labels and cells.
std::string target_status_label(TargetStatus s, Lang lang);
std::string value_cell(const TargetResult& t, Lang lang);
std::string ratio_cell(const TargetResult& t, Lang lang);
std::string target_name(const TargetResult& t);
const std::vector<Rollup>& rollups(const ScoreReport& r, ScoreBy by);

}  // namespace cchc
