#pragma once
// A Word table laid on its grid: every row as wide as the table, each grid cell pointing at
// the Word cell covering it. Horizontal merges (gridSpan) cover several columns; a vertical
// merge's continuation cells point at the cell where the merge starts, marked `carried`.
#include <vector>

#include "import/docx_document.hpp"

namespace cchc {

struct GridCell {
    const DocxCell* cell = nullptr;  // nullptr: no cell there (gridBefore/gridAfter, short row)
    bool origin = false;             // the cell's first column (text is read once per cell)
    bool carried = false;            // a vMerge continuation: the text is the merge's first cell's
    int from_row = -1;               // for carried: the row (0-based) where the merge starts
    int first_col = 0;               // the cell's first grid column
    int span = 1;
};

struct TableGrid {
    int columns = 0;
    std::vector<std::vector<GridCell>> rows;
    // The text at (row, col) ("" without a cell).
    std::string text(size_t row, size_t col) const;
    // Whether a row has grid columns no cell covers.
    bool short_row(size_t row) const;
};

TableGrid build_grid(const DocxTable& table);

}  // namespace cchc
