#pragma once
// The first plan of a new agency: no agency.yaml yet, so the units the document names become
// one, marked for review. Codes come from the abbreviations the document declares ("Văn
// phòng Sở (sau đây gọi tắt là VP)"), else from the initials of the name ("Phòng Kế hoạch Tài
// chính" → PKHTC). The plan's lead and support are rewritten to those codes.
#include <string>

#include "import/docx_document.hpp"
#include "import/import_types.hpp"
#include "yaml/messages.hpp"

namespace cchc {

// The agency.yaml text (empty when the plan names no unit); `plan`'s units become codes and
// its unknown-unit reviews say which code each got.
std::string new_agency_yaml(const DocxDocument& doc, ImportedPlan& plan, const std::string& source, Lang lang);

}  // namespace cchc
