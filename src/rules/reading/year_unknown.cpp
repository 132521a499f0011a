// year-unknown: neither the title, the first lines, the overview nor the signature says which
// year the report is for; the rules across years cannot place it.
#include "rules/support.hpp"

namespace xxgk::rules {
namespace {

void check(const Report& r, const CheckOptions&, FindingSink& sink) {
    if (r.year) return;
    sink.add("未能确定报告年度（标题、开头、总体情况和落款都没有写明）：跨年度的检查不使用这份报告",
             "the report's year could not be determined (neither the title, the first lines, the overview nor the "
             "signature gives it): the rules across years skip this report",
             Position{});
}

}  // namespace

extern const Rule kYearUnknown = {
    {.code = "XG220",
     .name = "year-unknown",
     .severity = Severity::note,
     .summary_zh = "无法确定报告年度，跨年度的检查不使用这份报告",
     .summary_en = "The report's year could not be determined; rules across years skip the report",
     .status = RuleStatus::preview,
     .bad_example = "broken-year-unknown.txt",
     .good_example = "clean-2021.txt"},
    check};

}  // namespace xxgk::rules
