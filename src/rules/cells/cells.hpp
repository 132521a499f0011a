#pragma once
// What the cell rules share: every numeric cell of the report with its key and printed label.
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "rules/support.hpp"

namespace xxgk::detail {

// Visits every numeric cell for which `wanted(cell, signed_ok)` holds, with its canonical key
// and printed label (built for those only); `signed_ok` for a signed column (本年增/减). Table
// 四's cells only when it is complete: an incomplete one is reported once, by row-missing.
void for_each_cell(const Report& r, const std::function<bool(const CellValue&, bool signed_ok)>& wanted,
                   const std::function<void(const std::string& key, const std::string& label, const CellValue&)>& visit);

// The tables found in the report with no value at all, every cell blank ("active_disclosure",
// "applications", "review_litigation"): nothing of theirs can be checked (table-blank says so
// once; blank-in-identity does not repeat it per cell).
std::vector<std::string_view> blank_tables(const Report& r);

}  // namespace xxgk::detail
