// Cell rules: text that is not a number for its column, and counts below zero.
#include <fmt/format.h>

#include <functional>

#include "rules/checks.hpp"

namespace xxgk::detail {
namespace {

std::string problem_zh(const std::string& en) {
    if (en == "not a number") return "不是数字";
    if (en == "a count must be a whole number") return "件数应为整数";
    if (en == "number too large") return "数字过大";
    if (en == "a count has no sign") return "件数不带正负号";
    if (en == "the row has more value cells than the template's 7") return "该行的数值单元格多于模板的 7 个";
    return "缺少该单元格";
}

// What check_cells reports: text that is not a number, a count below zero.
bool flagged(const CellValue& cell, bool signed_ok) {
    return cell.unreadable || (cell.value && *cell.value < 0 && !signed_ok);
}

// Visits every flagged numeric cell with its key and printed label (built for those only);
// `signed_ok` for 本年增/减.
void for_each_flagged_cell(const Report& r,
                           const std::function<void(const std::string&, const std::string&, const CellValue&, bool)>& visit) {
    for (const auto& item : r.active.items)
        for (const auto& row : item.rows)
            for (std::size_t c = 0; c < row.cells.size() && c < item.columns.size(); ++c) {
                const ActiveColumnSpec* spec = active_column_spec(item.columns[c].key);
                const bool signed_ok = spec && spec->is_signed;
                if (!flagged(row.cells[c], signed_ok)) continue;
                visit("active_disclosure." + item.key + "." + (row.key.empty() ? "unknown" : row.key) + "." +
                          item.columns[c].key,
                      row.label + " " + item.columns[c].label, row.cells[c], signed_ok);
            }
    for (const auto& row : r.applications.rows)
        for (std::size_t c = 0; c < kApplicantColumns.size(); ++c)
            if (flagged(row.cells[c], false))
                visit("applications." + (row.key.empty() ? "unknown" : row.key) + "." + std::string(kApplicantColumns[c]),
                      row.label, row.cells[c], false);
    // An incomplete table 四 is reported once by row-missing, not cell by cell.
    if (r.review.complete)
        for (std::size_t i = 0; i < 15; ++i)
            if (flagged(r.review.cells[i], false))
                visit("review_litigation." + std::string(kReviewGroups[i / 5]) + "." + std::string(kReviewCells[i % 5]),
                      r.review.labels[i], r.review.cells[i], false);
}

}  // namespace

void check_cells(const Report& report, std::vector<Finding>& out) {
    for_each_flagged_cell(report, [&](const std::string& key, const std::string& label, const CellValue& cell, bool signed_ok) {
        if (cell.unreadable) {
            std::string raw = cell.raw.empty() ? "" : "“" + cell.raw + "”";
            Finding f = make_finding("unreadable-cell",
                fmt::format("{}无法读取{}：{}；涉及它的等式未校验", cell_name_zh(key, label), raw, problem_zh(cell.problem)),
                fmt::format("{} cannot be read{}: {}; identities over it not checked", cell_name_en(key, label),
                            cell.raw.empty() ? "" : " (\"" + cell.raw + "\")", cell.problem),
                cell.pos);
            set_logical_location(f, key);
            out.push_back(std::move(f));
        } else if (cell.value && *cell.value < 0 && !signed_ok) {
            Finding f = make_finding("negative-count",
                fmt::format("{}为负数 {}：件数不能小于 0", cell_name_zh(key, label), cell.raw),
                fmt::format("{} is negative ({}): a count cannot be below 0", cell_name_en(key, label), cell.raw),
                cell.pos);
            set_logical_location(f, key);
            out.push_back(std::move(f));
        }
    });
}

}  // namespace xxgk::detail
