#pragma once
// `cchc import --update`: an amended document against the plan file made from the earlier
// one. Tasks are matched by id (section path + STT, with the duplicate suffix, as import makes
// them). The file is edited as text, never rewritten from a tree: a changed field's lines are
// replaced, a new task is inserted after its predecessor, a task the document no longer has
// gets a review comment and stays. So everything written by hand (due, targets, informed,
// milestones, comments, blank lines, key order) is left exactly as it was.
#include <string>
#include <vector>

#include "import/import_error.hpp"
#include "import/import_types.hpp"
#include "yaml/messages.hpp"
#include "yaml/source.hpp"
#include "yaml/yaml_tree.hpp"

namespace cchc {

struct PlanChange {
    enum class Kind { added, removed, changed, unplaced };
    Kind kind = Kind::changed;
    std::string id;     // task id; empty for the plan's own fields (number, issued, title)
    std::string field;  // changed: "task", "timing", "lead" …; unplaced: the missing section's id
    std::string before, after;  // changed: old and new value ("" = none); added/removed: the task text
};

struct PlanUpdate {
    std::string text;                 // the edited file
    std::vector<PlanChange> changes;  // in file order: plan fields, then tasks as the document has them
};

// The edits that bring `file` (parsed as `root`) in line with `plan`. `source` is the
// document's name, for the comment at a task it no longer has. Error: the file is not a plan
// (no sections), or the edited text would not parse (never written then).
ImportError update_plan_text(const SourceFile& file, const YNode& root, const ImportedPlan& plan, const std::string& source,
                             Lang lang, PlanUpdate& out);

// One line of the diff: "~ I.2 thời hạn (timing): "Quý I/2024" → "Quý II/2024"".
std::string change_text(const PlanChange& c, Lang lang);

}  // namespace cchc
