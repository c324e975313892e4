#pragma once
// Word's automatic numbering (numbering.xml): the label a numbered paragraph shows ("1.",
// "1.2", "a)", "II."), computed as Word does — one counter set per abstract list, shared by
// the list instances (w:num) that use it without overrides, so a list the author did not
// restart continues; a w:num with a startOverride (Word's "Restart at 1") counts on its own.
#include <array>
#include <map>
#include <set>
#include <string>
#include <string_view>

namespace cchc {

struct NumberingLevel {
    int start = 1;
    std::string format = "decimal";  // decimal, decimalZero, upperRoman, lowerRoman, upperLetter, lowerLetter, bullet, none
    std::string text;                // lvlText: "%1.%2."
    int restart_after = -1;          // lvlRestart: restart after this level (1-based); -1 = after any higher level
};

struct NumberingLevels {
    std::array<NumberingLevel, 9> levels;
};

struct NumberingInstance {
    std::string abstract_id;
    std::map<int, int> start_override;  // level → start
};

// A style that carries numbering (styles.xml: w:style/w:pPr/w:numPr), and its base style.
struct NumberedStyle {
    std::string num_id, based_on;
    int level = -1;
};

class Numbering {
public:
    // Parses numbering.xml and styles.xml text (either may be empty). Malformed content gives
    // no numbering rather than an error: the labels are then missing, and the importer says so
    // through the rows it cannot read.
    void load(std::string_view numbering_xml, std::string_view styles_xml);
    // The label of the next paragraph of list `num_id` at `level` (0-based), advancing the
    // counters; "" when the list is unknown or its level has no text. `bullet` is set for
    // bullet levels.
    std::string next_label(const std::string& num_id, int level, bool& bullet);
    // The numbering of a paragraph style, following w:basedOn; false when none.
    bool style_numbering(const std::string& style, std::string& num_id, int& level) const;

    void add_abstract(const std::string& id, NumberingLevels levels) { abstracts_[id] = std::move(levels); }
    void add_instance(const std::string& id, NumberingInstance inst) { instances_[id] = std::move(inst); }

private:
    std::map<std::string, NumberingLevels> abstracts_;
    std::map<std::string, NumberingInstance> instances_;
    std::map<std::string, NumberedStyle> styles_;
    // Counters per abstract list; 0 = not started at that level.
    std::map<std::string, std::array<int, 9>> counters_;
    std::set<std::string> used_instances_;
};

// 1 → "I", 4 → "IV"; 1 → "a", 27 → "aa" (Word's letter sequence).
std::string format_number(int n, std::string_view format);

}  // namespace cchc
