#pragma once
// Tables from ruling lines: the columns and rows are the lines' positions, a cell is merged
// with its neighbour where the line between them is missing, and every text box inside goes to
// the cell under its centre. Rows cut by a page break are joined back, a header repeated on the
// next page is dropped.
#include <vector>

#include "readers/pdf/geometry.hpp"

namespace xxgk::pdf {

struct GridCell {
    std::vector<const TextBox*> boxes;
    int row = 0, col = 0, rowspan = 1, colspan = 1;
    double x0 = 0, x1 = 0, y0 = 0, y1 = 0;  // x on the page, y on the global axis
};

struct GridTable {
    std::vector<std::vector<GridCell>> rows;  // cells anchored in each row, left to right
    double x0 = 0, x1 = 0, y0 = 0, y1 = 0;
    std::vector<const TextBox*> inside;  // every box within the table (none is prose)
};

// `rulings` on the global axis; `breaks` the global y of each page break.
std::vector<GridTable> find_tables(const Rulings& rulings, const std::vector<TextBox>& boxes,
                                   const std::vector<double>& breaks);

}  // namespace xxgk::pdf
