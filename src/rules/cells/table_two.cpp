// The rows of table 二 with a value in each of the columns a rule compares.
#include "rules/cells/table_two.hpp"

#include <vector>

namespace xxgk::detail {

void for_each_active_row(const Report& r, std::span<const std::string_view> columns,
                         const std::function<void(const std::string&, const ActiveRow&,
                                                  std::span<const CellValue* const>)>& visit) {
    std::vector<const CellValue*> cells(columns.size());
    for (const ActiveItem& item : r.active.items) {
        if (item.repeated) continue;  // compared with the first copy by printed-twice
        for (const ActiveRow& row : item.rows) {
            if (!row.repeats.empty()) continue;
            bool all = true;
            for (std::size_t k = 0; k < columns.size() && all; ++k) {
                cells[k] = nullptr;
                for (std::size_t c = 0; c < item.columns.size() && c < row.cells.size(); ++c)
                    if (item.columns[c].key == columns[k] && !cells[k]) cells[k] = &row.cells[c];
                all = cells[k] && cells[k]->value && !cells[k]->unreadable;
            }
            if (all)
                visit("active_disclosure." + item.key + "." + (row.key.empty() ? "unknown" : row.key), row, cells);
        }
    }
}

const ActiveColumnSpec* active_column_of(std::string_view cell_key) {
    if (!cell_key.starts_with("active_disclosure.")) return nullptr;
    return active_column_spec(cell_key.substr(cell_key.rfind('.') + 1));
}

}  // namespace xxgk::detail
