// outside-template: a report of a year before 2019 without any of the template's tables,
// written under the 2008 regulation before there was a national template. It is said once;
// the rules about the template's tables and sections stand aside (detail::outside_templates).
#include <fmt/format.h>

#include "rules/support.hpp"

namespace xxgk::rules {
namespace {

void check(const Report& r, const CheckOptions&, FindingSink& sink) {
    if (!detail::outside_templates(r)) return;
    sink.add(fmt::format("这是 {} 年的报告：2019 年的统一格式（国办公开办函〔2019〕60号）之前，年报按 2008 年施行的条例编写，"
                         "没有全国统一的表格，因此未按模板核对（表格、部分标题、等式都未检查）",
                         *r.year),
             fmt::format("a report of {}: before the national format of 2019 (国办公开办函〔2019〕60号), reports followed "
                         "the 2008 regulation and had no national tables, so it was not checked against the template "
                         "(tables, section headings and identities were not checked)",
                         *r.year));
}

}  // namespace

extern const Rule kOutsideTemplate = {
    {.code = "XG218",
     .name = "outside-template",
     .severity = Severity::note,
     .summary_zh = "2019 年之前的报告（按 2008 年条例编写，没有全国统一表格）：未按模板核对",
     .summary_en = "A report of a year before 2019 (2008 regulation, no national tables): not checked against the template",
     .status = RuleStatus::preview,
     .bad_example = "broken-outside-template.txt",
     .good_example = "clean-2019.txt"},
    check};

}  // namespace xxgk::rules
