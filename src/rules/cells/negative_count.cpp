// negative-count: a count or an amount below zero (only 2019's 本年增/减 column may be signed).
#include <fmt/format.h>

#include "rules/cells/cells.hpp"
#include "rules/cells/table_two.hpp"

namespace xxgk::rules {
namespace {

void check(const Report& r, const CheckOptions&, FindingSink& sink) {
    detail::for_each_cell(
        r, [](const CellValue& cell, bool signed_ok) { return !cell.unreadable && cell.value && *cell.value < 0 && !signed_ok; },
        [&](const std::string& key, const std::string& label, const CellValue& cell) {
            const ActiveColumnSpec* column = detail::active_column_of(key);
            const bool money = column && column->money;
            Finding& f = sink.add(
                fmt::format("{}为负数 {}：{}不能小于 0", detail::cell_name_zh(key, label), cell.raw,
                            money ? "金额" : "件数"),
                fmt::format("{} is negative ({}): {} cannot be below 0", detail::cell_name_en(key, label), cell.raw,
                            money ? "an amount" : "a count"),
                cell.pos);
            detail::set_logical_location(f, key);
        });
}

}  // namespace

extern const Rule kNegativeCount = {
    {.code = "XG206",
     .name = "negative-count",
     .severity = Severity::error,
     .summary_zh = "件数或金额小于零（只有2019版表二的“本年增/减”列可以带符号）",
     .summary_en = "A count or an amount below zero (only the 2019 column 本年增/减 may be signed)",
     .bad_example = "broken-negative-count.txt",
     .good_example = "clean-2019.txt"},
    check};

}  // namespace xxgk::rules
