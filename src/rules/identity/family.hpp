#pragma once
// What the identity rules share: checking a rule's identities, and table 四's three groups.
#include <cstddef>
#include <vector>

#include "rules/support.hpp"
#include "xxgk/identity.hpp"

namespace xxgk::detail {

// Every failing identity of `rule` in `report`, a finding with its terms, sums and difference.
void check_identities(const Rule& rule, const Report& report, const CheckOptions& options, FindingSink& sink);

// Table 四 group g (kReviewGroups): 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结.
std::vector<IdentityDef> review_group_identity(std::size_t g);
IdentityWording review_group_wording(const IdentityDef& def);

}  // namespace xxgk::detail
