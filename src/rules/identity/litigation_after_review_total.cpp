// litigation-after-review-total: table 四, lawsuits filed after review: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结.
#include "rules/identity/family.hpp"

namespace xxgk::rules {
namespace {

std::vector<IdentityDef> generate(Template) { return detail::review_group_identity(2); }

IdentityWording wording(const IdentityDef& def, const Report&) { return detail::review_group_wording(def); }

constexpr IdentityFamily kFamily{generate, wording};

}  // namespace

extern const Rule kLitigationAfterReviewTotal = {
    {.code = "XG106",
     .name = "litigation-after-review-total",
     .severity = Severity::error,
     .summary_zh = "表四行政诉讼·复议后起诉：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结",
     .summary_en = "Table 4, lawsuits filed after review: total = the four results",
     .bad_example = "broken-litigation-after-review-total.txt",
     .good_example = "clean-2021.txt"},
    nullptr, &kFamily};

}  // namespace xxgk::rules
