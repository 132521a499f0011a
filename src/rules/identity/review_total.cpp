// review-total: table 四, administrative review: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结.
#include "rules/identity/family.hpp"

namespace xxgk::rules {
namespace {

std::vector<IdentityDef> generate(Template) { return detail::review_group_identity(0); }

IdentityWording wording(const IdentityDef& def, const Report&) { return detail::review_group_wording(def); }

constexpr IdentityFamily kFamily{generate, wording};

}  // namespace

extern const Rule kReviewTotal = {
    {.code = "XG104",
     .name = "review-total",
     .severity = Severity::error,
     .summary_zh = "表四行政复议：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结",
     .summary_en = "Table 4, administrative review: total = upheld + corrected + other + pending",
     .bad_example = "broken-review-total.txt",
     .good_example = "clean-2021.txt"},
    nullptr, &kFamily};

}  // namespace xxgk::rules
