// unreadable-cell: a cell whose text is not a number for its column (约5, 3件？, a decimal count).
#include <fmt/format.h>

#include "rules/cells/cells.hpp"

namespace xxgk::rules {
namespace {

std::string problem_zh(const std::string& en) {
    if (en == "not a number") return "不是数字";
    if (en == "a count must be a whole number") return "件数应为整数";
    if (en == "number too large") return "数字过大";
    if (en == "a count has no sign") return "件数不带正负号";
    if (en == "the row has more value cells than the template's 7") return "该行的数值单元格多于模板的 7 个";
    return "缺少该单元格";
}

void check(const Report& r, const CheckOptions&, FindingSink& sink) {
    detail::for_each_cell(
        // A cell whose boundaries the page lost is a limit of the input: cells-run-together.
        r, [](const CellValue& cell, bool) { return cell.unreadable && !cell.run_together; },
        [&](const std::string& key, const std::string& label, const CellValue& cell) {
            std::string raw = cell.raw.empty() ? "" : "“" + cell.raw + "”";
            Finding& f = sink.add(
                fmt::format("{}无法读取{}：{}；涉及它的等式未校验", detail::cell_name_zh(key, label), raw,
                            problem_zh(cell.problem)),
                fmt::format("{} cannot be read{}: {}; identities over it not checked", detail::cell_name_en(key, label),
                            cell.raw.empty() ? "" : " (\"" + cell.raw + "\")", cell.problem),
                cell.pos);
            detail::set_logical_location(f, key);
        });
}

}  // namespace

extern const Rule kUnreadableCell = {
    {.code = "XG205",
     .name = "unreadable-cell",
     .severity = Severity::error,
     .summary_zh = "单元格内容不是该列应有的数字（如“约5”“3件？”、带小数的件数）",
     .summary_en = "A cell whose text is not a number for its column (e.g. 约5, 3件？, a decimal count)",
     .bad_example = "broken-unreadable-cell.txt",
     .good_example = "clean-2021.txt"},
    check};

}  // namespace xxgk::rules
