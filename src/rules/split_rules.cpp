// row-split-assumed: in a flattened report, the cells of a table-三 row or a table-四 group
// were split out of one run of glued digits on the assumption that its total is the sum of
// the others. That identity then holds by construction (the evaluator calls it assumed), and
// the user must know it was not checked.
#include <fmt/format.h>

#include <array>
#include <span>

#include "rules/checks.hpp"
#include "util/utf8.hpp"

namespace xxgk::detail {
namespace {

// The run as it stood in the file: the cells' texts, a space where whitespace was between.
std::string digit_run(std::span<const CellValue> cells) {
    std::string out;
    Position end;  // just past the previous cell
    for (const CellValue& c : cells) {
        if (!out.empty() && (c.pos.line != end.line || c.pos.column != end.column)) out += ' ';
        out += c.raw;
        int width = 0;
        for (std::size_t i = 0; i < c.raw.size(); ++width) util::next_code_point(c.raw, i);
        end = {c.pos.line, c.pos.column + width};
    }
    return out;
}

}  // namespace

void check_split_rows(const Report& report, std::vector<Finding>& out) {
    for (const ApplicationRow& row : report.applications.rows) {
        if (!row.recovered) continue;
        const std::string run = digit_run(row.cells);
        Finding f = make_finding(
            "row-split-assumed",
            fmt::format("表三「{}」行的单元格是从连写数字“{}”中按“总计 = 六类申请人之和”拆分出来的，"
                        "该行的总计关系是假定的，未经核对",
                        row.label, run),
            fmt::format("the cells of table 三 row \"{}\" were split out of the digit run \"{}\" assuming "
                        "total = sum of the six applicant columns; that identity was assumed, not checked",
                        row.label, run),
            row.cells[0].pos);
        f.table = "applications";
        f.row = row.key.empty() ? "unknown" : row.key;
        out.push_back(std::move(f));
    }
    const std::span<const ReviewGroupSpec> groups = review_group_specs();
    for (std::size_t g = 0; g < groups.size(); ++g) {
        if (!report.review.recovered[g]) continue;
        const std::string run = digit_run(std::span(report.review.cells).subspan(g * 5, 5));
        Finding f = make_finding(
            "row-split-assumed",
            fmt::format("表四「{}」的五个数字是从连写数字“{}”中按“总计 = 四项结果之和”拆分出来的，"
                        "该组的总计关系是假定的，未经核对",
                        groups[g].name_zh, run),
            fmt::format("the five numbers of table 四 group \"{}\" were split out of the digit run \"{}\" "
                        "assuming total = sum of the four results; that identity was assumed, not checked",
                        groups[g].name_en, run),
            report.review.cells[g * 5].pos);
        f.table = "review_litigation";
        f.row = std::string(kReviewGroups[g]);
        out.push_back(std::move(f));
    }
}

}  // namespace xxgk::detail
