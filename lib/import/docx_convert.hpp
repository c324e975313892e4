#pragma once
// .doc, .odt and .rtf to .docx through LibreOffice (soffice --headless --convert-to docx),
// run as a program without a shell, with a throw-away profile so that a running LibreOffice
// of the user is neither used nor disturbed.
#include <string>

#include "import/import_error.hpp"

namespace cchc {

// Whether the file's extension is one LibreOffice converts for us (.doc, .odt, .rtf).
bool needs_conversion(const std::string& path);

// Converts `path` into a new temporary directory; `docx` gets the result's path and `dir` the
// directory, which the caller removes. Errors: import-no-soffice, import-convert-failed.
ImportError convert_to_docx(const std::string& path, std::string& docx, std::string& dir);

}  // namespace cchc
