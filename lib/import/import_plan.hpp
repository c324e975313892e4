#pragma once
// A Word document's plan table to plan data: finding the table, mapping its columns by their
// header words, telling section rows from task rows, and noting for review every value that
// was not read as it stands (carried from a merged cell, an unknown unit, an unread timing …).
#include <string>
#include <vector>

#include "import/docx_document.hpp"
#include "import/import_error.hpp"
#include "import/import_types.hpp"
#include "model/model.hpp"

namespace cchc {

struct ImportRules;

struct ImportOptions {
    const Agency* agency = nullptr;  // units resolve through it; nullptr = none known
    const ImportRules* rules = nullptr;  // import.yaml: header words and unit names first
    int year = 0;                    // when the document gives none
};

// Errors: no plan table (no table whose header names at least STT or the task and two more
// fields), a table with no task row.
ImportError import_plan(const DocxDocument& doc, const ImportOptions& opts, ImportedPlan& out);

// The header fields from the text outside the plan table: "Số: 123/KH-STTTT", "ngày 28 tháng 02
// năm 2024" (day or month may be blank), the title under "KẾ HOẠCH", the year.
void read_plan_header(const DocxDocument& doc, ImportedPlan& out);

}  // namespace cchc
