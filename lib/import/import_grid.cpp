// Laying a Word table on its grid (import_grid.hpp).
#include "import/import_grid.hpp"

#include <algorithm>

namespace cchc {

std::string TableGrid::text(size_t row, size_t col) const {
    if (row >= rows.size() || col >= rows[row].size() || !rows[row][col].cell) return {};
    return rows[row][col].cell->text();
}

bool TableGrid::short_row(size_t row) const {
    return std::any_of(rows[row].begin(), rows[row].end(), [](const GridCell& g) { return !g.cell; });
}

TableGrid build_grid(const DocxTable& table) {
    TableGrid g;
    for (const DocxRow& r : table.rows) {
        int width = r.grid_before + r.grid_after;
        for (const DocxCell& c : r.cells) width += c.span;
        g.columns = std::max(g.columns, std::min(width, 256));
    }
    g.rows.assign(table.rows.size(), std::vector<GridCell>(static_cast<size_t>(g.columns)));
    for (size_t ri = 0; ri < table.rows.size(); ++ri) {
        const DocxRow& r = table.rows[ri];
        int col = std::min(r.grid_before, g.columns);
        for (const DocxCell& c : r.cells) {
            if (col >= g.columns) break;
            GridCell gc;
            gc.cell = &c;
            gc.first_col = col;
            gc.span = std::min(c.span, g.columns - col);
            if (c.vmerge == DocxCell::VMerge::cont && ri > 0) {
                const GridCell& above = g.rows[ri - 1][static_cast<size_t>(col)];
                if (above.cell) {
                    gc.cell = above.cell;
                    gc.carried = true;
                    gc.from_row = above.carried ? above.from_row : static_cast<int>(ri - 1);
                }
            }
            for (int k = 0; k < gc.span; ++k) {
                GridCell& slot = g.rows[ri][static_cast<size_t>(col + k)];
                slot = gc;
                slot.origin = k == 0;
            }
            col += gc.span;
        }
    }
    return g;
}

}  // namespace cchc
