#pragma once
// Tables without ruling lines: the columns of table 三 are placed under the words of its
// header (自然人 … 总计), those of table 四 under its result words, and the rows are the lines
// that hold numbers. Only used where no ruled table was found.
#include <vector>

#include "readers/pdf/geometry.hpp"
#include "readers/pdf/grid.hpp"

namespace xxgk::pdf {

// `prose`: the boxes outside every ruled table, on the global axis.
std::vector<GridTable> tables_by_position(const std::vector<const TextBox*>& prose, const Pages& pages);

}  // namespace xxgk::pdf
