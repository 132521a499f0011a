#pragma once
// What the table 二 rules within one year share: the rows that print a value in each of the
// columns a condition compares.
#include <functional>
#include <span>
#include <string>
#include <string_view>

#include "rules/support.hpp"

namespace xxgk::detail {

// Visits every row of table 二 (first copies only) whose cells in `columns` all hold a value,
// with those cells in the order of `columns` and the key of the row (active_disclosure.item.row).
// A blank or unreadable cell cannot be compared: its row is not visited.
void for_each_active_row(const Report& r, std::span<const std::string_view> columns,
                         const std::function<void(const std::string& row_key, const ActiveRow&,
                                                  std::span<const CellValue* const> cells)>& visit);

// The column of table 二 a cell key names (active_disclosure.art20_8.administrative_fees.fee_amount:
// 本年收费金额), or null for a key of another table or an unknown column.
const ActiveColumnSpec* active_column_of(std::string_view cell_key);

}  // namespace xxgk::detail
