// row-split-plausible: in flattened text, a table-二 row of 第二十条第（一）项 whose run of
// glued digits the format alone could cut in several ways, of which only one keeps the
// template's bounds within one year (`规范性文件3342` → 3|3|42, since 本年新公开数量 ≤
// 对外公开总数量). That reading was used, and it was assumed, not read: the note says so and why.
#include <fmt/format.h>

#include "rules/support.hpp"

namespace xxgk::rules {
namespace {

bool has(const ActiveItem& item, std::string_view key) {
    for (const ActiveColumn& c : item.columns)
        if (c.key == key) return true;
    return false;
}

void check(const Report& report, const CheckOptions&, FindingSink& sink) {
    for (const ActiveItem& item : report.active.items)
        for (const ActiveRow& row : item.rows) {
            if (!row.assumed || row.cells.empty()) continue;
            std::string reading;
            for (const CellValue& c : row.cells) reading += (reading.empty() ? "" : "|") + c.raw;
            const bool y2019 = has(item, "new_published");
            const std::string_view bound_zh = y2019 ? "本年新公开数量 ≤ 对外公开总数量" : "现行有效件数 ≥ 本年制发件数 − 本年废止件数";
            const std::string_view bound_en =
                y2019 ? "newly published ≤ total published" : "in force ≥ issued this year − repealed this year";
            Finding& f = sink.add(
                fmt::format("表二「{}」「{}」行的连写数字只有一种拆法符合“{}”，读作 {}：这一读法是假定的，不是从页面读出的",
                            item.label, row.label, bound_zh, reading),
                fmt::format("table 二 \"{}\" row \"{}\": its run of digits has only one reading that keeps {}, {}: "
                            "that reading was assumed, not read from the page",
                            item.label, row.label, bound_en, reading),
                row.cells.front().pos);
            f.table = "active_disclosure";
            f.row = item.key + "." + (row.key.empty() ? "unknown" : row.key);
        }
}

}  // namespace

extern const Rule kRowSplitPlausible = {
    {.code = "XG231",
     .name = "row-split-plausible",
     .severity = Severity::note,
     .summary_zh = "抓取的页面丢失了表二某行的单元格边界，连写数字只有一种拆法符合模板的年内约束：按它读取，这一读法是假定的",
     .summary_en = "The page lost a table 2 row's cell boundaries and only one reading of its digits keeps the "
                   "template's bounds within one year: that reading was used, and assumed",
     .status = RuleStatus::preview,
     .bad_example = "broken-row-split-plausible.txt",
     .good_example = "clean-2019.txt"},
    check};

}  // namespace xxgk::rules
