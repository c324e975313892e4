#pragma once
// The parts of a Word .docx package that the importer reads, taken out of the zip with
// libzip. Every size is capped before and while reading: a document is untrusted input.
#include <string>

#include "import/import_error.hpp"

namespace cchc {

// Caps. A 100-page plan's document.xml is a few MiB; anything far past that is a zip bomb.
// The parsed tree takes several times the XML's size, so these also bound the memory used.
inline constexpr size_t kMaxDocxFileBytes = 64u * 1024 * 1024;  // the .docx itself
inline constexpr size_t kMaxDocxPartBytes = 16u * 1024 * 1024;  // one part, uncompressed
inline constexpr size_t kMaxDocxTotalBytes = 24u * 1024 * 1024; // the parts read, together
inline constexpr long kMaxDocxEntries = 10000;

struct DocxParts {
    std::string document;   // word/document.xml (required)
    std::string numbering;  // word/numbering.xml (may be empty)
    std::string styles;     // word/styles.xml (may be empty)
    std::string footnotes;  // word/footnotes.xml (may be empty)
};

// What the first bytes of a file say it is.
enum class FileKind { zip, ole, pdf, rtf, other };
FileKind sniff_file_kind(const std::string& path);

// Reads the parts of the .docx at `path`. Errors: unreadable, not a zip, a password-protected
// (encrypted OLE) or legacy .doc file, a part or the whole past the caps, no document part.
ImportError read_docx_parts(const std::string& path, DocxParts& out);

}  // namespace cchc
