#pragma once
// An imported plan written in the repository's plan format (docs/format.md), with a
// "# XEM LẠI" / "# REVIEW" comment at each value the importer could not read as it stands.
#include <string>

#include "cchc/import_plan.hpp"
#include "cchc/messages.hpp"

namespace cchc {

// `schema` is the relative path of plan.schema.json from the file's directory
// ("../../../schemas/plan.schema.json"); `source` the document's name for the header comment.
std::string write_plan_yaml(const ImportedPlan& plan, const std::string& source, const std::string& schema, Lang lang);

// A scalar as YAML: plain when that reads back as the same string, a literal block (|-) for
// several lines, else double-quoted. `indent` is the block's indentation.
std::string yaml_scalar(std::string_view text, int indent);

// "bảng 2, dòng 5, cột 4" / "table 2, row 5, column 4".
std::string source_ref_text(const SourceRef& at, Lang lang);

}  // namespace cchc
