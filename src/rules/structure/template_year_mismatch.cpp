// template-year-mismatch: the 2021 template on a report for 2020 or before, or the 2019 one on a
// report for 2021 or after.
#include <fmt/format.h>

#include "rules/support.hpp"

namespace xxgk::rules {
namespace {

void check(const Report& r, const CheckOptions&, FindingSink& sink) {
    if (r.year && r.layout == Template::t2021 && *r.year <= 2020)
        sink.add(fmt::format("报告年度为 {} 年，却使用了 2021 年起施行的新版格式（国办公开办函〔2021〕30号）", *r.year),
                 fmt::format("the report is for {} but uses the 2021 template, which applies from the 2021 reports on", *r.year),
                 r.applications.pos);
    if (r.year && r.layout == Template::t2019 && *r.year >= 2021)
        sink.add(fmt::format("报告年度为 {} 年，却使用了 2019 年旧版格式；2021 年度起应使用新版格式", *r.year),
                 fmt::format("the report is for {} but uses the 2019 template, replaced from the 2021 reports on", *r.year),
                 r.applications.present ? r.applications.pos : r.active.pos);
}

}  // namespace

extern const Rule kTemplateYearMismatch = {
    {.code = "XG207",
     .name = "template-year-mismatch",
     .severity = Severity::warning,
     .summary_zh = "2020年及以前的报告用了2021版格式，或2021年及以后的报告用了2019版格式",
     .summary_en = "2021 layout on a report for 2020 or earlier, or 2019 layout on one for 2021+",
     .bad_example = "broken-template-year-mismatch.txt",
     .good_example = "clean-2021.txt"},
    check};

}  // namespace xxgk::rules
