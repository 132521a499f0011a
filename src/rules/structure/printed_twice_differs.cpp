// printed-twice-differs: a row (or table 四) printed twice with different numbers: the report
// contradicts itself. The identities are checked on the first copy; this names the second.
#include <fmt/format.h>

#include "rules/structure/copies.hpp"
#include "rules/support.hpp"

namespace xxgk::rules {
namespace {

void check(const Report& report, const CheckOptions&, FindingSink& sink) {
    for (const detail::Copies& c : detail::find_copies(report)) {
        if (c.differences.empty()) continue;
        Finding& f = sink.add(
            fmt::format("{}印了两次，数字不同（第 {} 行与第 {} 行）：{}；等式按第一处核对", c.name_zh, c.first.line,
                        c.second.line, detail::differences_zh(c)),
            fmt::format("{} is printed twice with different numbers (lines {} and {}): {}; identities are "
                        "checked on the first copy",
                        c.name_en, c.first.line, c.second.line, detail::differences_en(c)),
            c.second);
        f.table = c.table;
        f.row = c.row;
    }
}

}  // namespace

extern const Rule kPrintedTwiceDiffers = {
    {.code = "XG213",
     .name = "printed-twice-differs",
     .severity = Severity::error,
     .summary_zh = "同一行（或整张表四）印了两次，两处数字不同：报告自相矛盾",
     .summary_en = "A row (or the whole of table 四) printed twice with different numbers: the report contradicts itself",
     .status = RuleStatus::preview,
     .bad_example = "broken-printed-twice-differs.txt",
     .good_example = "clean-2021.txt"},
    check};

}  // namespace xxgk::rules
