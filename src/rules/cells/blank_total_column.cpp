// blank-total-column: table 三's 总计 column left blank in every result row, only （七）总计
// filled (a convention: Shanghai 2019). Those row totals were never printed, so they are not
// verified (the evaluator leaves them out, see unprinted_totals), not read as 0 and failed:
// one note for the table, counted as cells not verified; every other identity is checked.
#include <fmt/format.h>

#include "rules/support.hpp"
#include "xxgk/identity.hpp"

namespace xxgk::rules {
namespace {

void check(const Report& report, const CheckOptions&, FindingSink& sink) {
    const std::vector<std::string> unprinted = unprinted_totals(report);
    if (unprinted.empty()) return;
    std::vector<NoteCell> cells;
    for (const std::string& key : unprinted) {
        Report::CellRef ref = report.lookup(key);
        cells.push_back({key, ref.label, ref.cell->raw, ref.cell->pos});
    }
    const std::size_t n = cells.size();
    Finding& f = sink.add(
        fmt::format("表三（一）至（六）各行的「总计」列都是空白，只填了（七）总计（有的地方按此填报）："
                    "这 {} 个行总计没有填，未核对；表三其余等式照常核对",
                    n),
        fmt::format("table 三's total column is blank in every result row (一)–(六), only (七) is filled (a "
                    "convention some offices follow): these {} row totals were not printed and not verified; "
                    "every other identity of table 三 was checked",
                    n),
        cells.front().pos);
    f.table = "applications";
    f.cells = std::move(cells);
    f.not_verified = true;
}

}  // namespace

extern const Rule kBlankTotalColumn = {
    {.code = "XG108",
     .name = "blank-total-column",
     .severity = Severity::note,
     .summary_zh = "表三办理结果各行的总计列空白、只填了（七）总计：这些行总计未核对（填报惯例，不是错误）",
     .summary_en = "Table 3's total column left blank in the result rows, only (7) filled: those row totals were "
                   "not verified (a convention, not a defect)",
     .status = RuleStatus::preview,
     .bad_example = "broken-blank-total-column.txt",
     .good_example = "clean-2019.txt"},
    check};

}  // namespace xxgk::rules
