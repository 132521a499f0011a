// litigation-direct-total: table 四, lawsuits filed without prior review: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结.
#include "rules/identity/family.hpp"

namespace xxgk::rules {
namespace {

std::vector<IdentityDef> generate(Template) { return detail::review_group_identity(1); }

IdentityWording wording(const IdentityDef& def, const Report&) { return detail::review_group_wording(def); }

constexpr IdentityFamily kFamily{generate, wording};

}  // namespace

extern const Rule kLitigationDirectTotal = {
    {.code = "XG105",
     .name = "litigation-direct-total",
     .severity = Severity::error,
     .summary_zh = "表四行政诉讼·未经复议直接起诉：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结",
     .summary_en = "Table 4, lawsuits filed without prior review: total = the four results",
     .bad_example = "broken-litigation-direct-total.txt",
     .good_example = "clean-2019.txt"},
    nullptr, &kFamily};

}  // namespace xxgk::rules
