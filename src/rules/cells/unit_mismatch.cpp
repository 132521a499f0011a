// unit-mismatch: a cell printed with a unit its column does not count in: 元 under a 万元
// column (or the reverse), a count printed with 元 or 万元, an amount with 件.
#include <fmt/format.h>

#include "labels/text.hpp"
#include "rules/cells/cells.hpp"
#include "rules/cells/table_two.hpp"

namespace xxgk::rules {
namespace {

bool is_money_unit(std::string_view unit) { return unit == "元" || unit == "万元"; }

// The unit a money column counts in: what its printed header says ((单位:万元)), else the
// template's (2021's 本年收费金额 is in 万元); empty when neither says (2019's 采购总金额).
std::string column_unit(const ActiveColumnSpec& column, const std::string& label) {
    const std::string norm = normalize_label(label);
    if (detail::contains(norm, "万元")) return "万元";
    if (detail::contains(norm, "元")) return "元";
    return detail::contains(column.label, "万元") ? "万元" : "";
}

void check(const Report& r, const CheckOptions&, FindingSink& sink) {
    detail::for_each_cell(
        r, [](const CellValue& cell, bool) { return !cell.unreadable && cell.value && !cell.unit.empty(); },
        [&](const std::string& key, const std::string& label, const CellValue& cell) {
            const ActiveColumnSpec* column = detail::active_column_of(key);
            std::string zh, en;
            if (column && column->money) {
                const std::string want = column_unit(*column, label);
                if (is_money_unit(cell.unit) && (want.empty() || cell.unit == want)) return;
                if (is_money_unit(cell.unit)) {
                    zh = fmt::format("单位是{}，而该列以{}计", cell.unit, want);
                    en = fmt::format("its unit is {}, but the column counts in {}", cell.unit, want);
                } else {
                    zh = fmt::format("单位是{}，而该列是金额", cell.unit);
                    en = fmt::format("its unit is {}, but the column is an amount of money", cell.unit);
                }
            } else {
                if (!is_money_unit(cell.unit)) return;
                zh = fmt::format("单位是{}，而该列是件数", cell.unit);
                en = fmt::format("its unit is {}, but the column is a count", cell.unit);
            }
            Finding& f = sink.add(fmt::format("{}印为“{}”：{}", detail::cell_name_zh(key, label), cell.raw, zh),
                                  fmt::format("{} is printed \"{}\": {}", detail::cell_name_en(key, label), cell.raw, en),
                                  cell.pos);
            detail::set_logical_location(f, key);
        });
}

}  // namespace

extern const Rule kUnitMismatch = {
    {.code = "XG224",
     .name = "unit-mismatch",
     .severity = Severity::warning,
     .summary_zh = "单元格印有与所在列不符的单位（万元列写成元，件数写成万元）",
     .summary_en = "A cell printed with a unit its column does not count in (元 in a 万元 column, 万元 on a count)",
     .status = RuleStatus::preview,
     .bad_example = "broken-unit-mismatch.txt",
     .good_example = "clean-2021.txt"},
    check};

}  // namespace xxgk::rules
