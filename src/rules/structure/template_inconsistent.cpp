// template-inconsistent: table 二's labels follow one template and table 三's the other.
#include <fmt/format.h>

#include "rules/support.hpp"

namespace xxgk::rules {
namespace {

void check(const Report& r, const CheckOptions&, FindingSink& sink) {
    const Template a = r.active.layout, b = r.applications.layout;
    if (a == Template::unknown || b == Template::unknown || a == b) return;
    Finding& f = sink.add(
        fmt::format("表二按 {} 年版格式填写，表三却按 {} 年版格式填写；以表三为准", template_name(a), template_name(b)),
        fmt::format("table 二 follows the {} template but table 三 the {} one; table 三 decides", template_name(a), template_name(b)),
        r.active.pos);
    f.table = "active_disclosure";
}

}  // namespace

extern const Rule kTemplateInconsistent = {
    {.code = "XG208",
     .name = "template-inconsistent",
     .severity = Severity::warning,
     .summary_zh = "表二与表三的标签分属不同版本的模板（以表三为准）",
     .summary_en = "Table 2's labels follow one template and table 3's the other (table 3 decides)",
     .bad_example = "broken-template-inconsistent.txt",
     .good_example = "clean-2021.txt"},
    check};

}  // namespace xxgk::rules
