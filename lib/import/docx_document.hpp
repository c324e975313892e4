#pragma once
// The body of a Word document as the importer sees it: its paragraphs and tables in order,
// each table's rows and cells with their merges (gridSpan, vMerge, gridBefore/After), and
// each paragraph's text with the number Word displays for it. Read with libxml2.
#include <string>
#include <vector>

#include "import/docx_package.hpp"
#include "import/import_error.hpp"

namespace cchc {

inline constexpr int kMaxTableNesting = 4;      // a table in a cell in a cell …: past this, refused
inline constexpr size_t kMaxTableRows = 2000;   // rows of the whole document (real plans: under 200)
inline constexpr int kMaxXmlDepth = 256;        // libxml2's own limit without XML_PARSE_HUGE

struct DocxParagraph {
    std::string label;  // automatic number as displayed ("1.", "a)"), or a bullet ("-"); may be empty
    std::string text;   // runs, with w:br as "\n" and w:tab as "\t"
    bool bullet = false;
    // "label text" (or just the text): what a reader sees.
    std::string shown() const { return label.empty() ? text : text.empty() ? label : label + " " + text; }
};

struct DocxCell {
    std::vector<DocxParagraph> paragraphs;
    std::vector<std::string> footnotes;  // texts of the footnotes referenced in the cell
    int span = 1;                        // w:gridSpan
    enum class VMerge { none, restart, cont } vmerge = VMerge::none;
    bool has_nested_table = false;
    // Paragraphs joined by "\n", each as shown (number included), ends trimmed.
    std::string text() const;
    // The same without automatic numbers (what pandoc puts in a cell's text).
    std::string plain_text() const;
};

struct DocxRow {
    int grid_before = 0, grid_after = 0;
    bool header = false;  // w:tblHeader: repeated at the top of each page
    std::vector<DocxCell> cells;
};

struct DocxTable {
    int number = 0;  // 1-based, in document order, nested tables not counted
    std::vector<DocxRow> rows;
    std::vector<std::string> paragraphs_before;  // body paragraphs between the previous table and this one
};

struct DocxDocument {
    std::vector<std::string> paragraphs;  // every body paragraph outside tables, as shown
    std::vector<DocxTable> tables;        // top-level tables
};

// Parses the parts (document.xml, numbering, styles, footnotes). Errors: invalid XML
// (with its line), a DTD (never in a Word document), tables nested past kMaxTableNesting,
// more than kMaxTableRows rows. No network access, no entity expansion.
ImportError parse_docx(const DocxParts& parts, DocxDocument& out);

}  // namespace cchc
