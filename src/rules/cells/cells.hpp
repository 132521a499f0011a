#pragma once
// What the cell rules share: every numeric cell of the report with its key and printed label.
#include <functional>
#include <string>

#include "rules/support.hpp"

namespace xxgk::detail {

// Visits every numeric cell for which `wanted(cell, signed_ok)` holds, with its canonical key
// and printed label (built for those only); `signed_ok` for a signed column (本年增/减). Table
// 四's cells only when it is complete: an incomplete one is reported once, by row-missing.
void for_each_cell(const Report& r, const std::function<bool(const CellValue&, bool signed_ok)>& wanted,
                   const std::function<void(const std::string& key, const std::string& label, const CellValue&)>& visit);

}  // namespace xxgk::detail
