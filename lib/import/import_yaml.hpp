#pragma once
// An imported plan written in the repository's plan format (docs/format.md), with a
// "# XEM LẠI" / "# REVIEW" comment at each value the importer could not read as it stands.
#include <string>

#include "import/import_types.hpp"
#include "yaml/messages.hpp"

namespace cchc {

// `schema` is the relative path of plan.schema.json from the file's directory
// ("../../../schemas/plan.schema.json"); `source` the document's name for the header comment.
std::string write_plan_yaml(const ImportedPlan& plan, const std::string& source, const std::string& schema, Lang lang);

// One task or section (with its tasks and subsections) as a block sequence item whose dash is
// at column `indent`, review comments above it; for `import --update`, which adds tasks to a
// file it otherwise leaves as it is.
void write_task_yaml(std::string& out, const ImportedTask& t, int indent, Lang lang);
void write_section_yaml(std::string& out, const ImportedSection& s, int indent, Lang lang);
// "# XEM LẠI (bảng T, dòng R, cột C): …" lines at `indent`.
void write_review_comments(std::string& out, int indent, const std::vector<Review>& reviews, Lang lang);
// Unit codes as a flow sequence: "[VP, TTr]".
std::string yaml_unit_list(const std::vector<std::string>& units);

// A scalar as YAML: plain when that reads back as the same string, a literal block (|-) for
// several lines, else double-quoted. `indent` is the block's indentation.
std::string yaml_scalar(std::string_view text, int indent);

// "bảng 2, dòng 5, cột 4" / "table 2, row 5, column 4".
std::string source_ref_text(const SourceRef& at, Lang lang);

}  // namespace cchc
