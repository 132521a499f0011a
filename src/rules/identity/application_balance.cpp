// application-balance: per applicant column of table 三, 一 + 二 = （七）总计 + 四 (the identity the
// template prints in its corner).
#include <fmt/format.h>

#include "rules/identity/family.hpp"

namespace xxgk::rules {
namespace {

std::vector<IdentityDef> generate(Template) {
    std::vector<IdentityDef> defs;
    for (auto col : kApplicantColumns)
        defs.push_back({"", std::string(col),
                        {application_cell("new_received", col), application_cell("carried_over", col)},
                        {application_cell("results_total", col), application_cell("carried_forward", col)},
                        application_cell("results_total", col)});
    return defs;
}

IdentityWording wording(const IdentityDef& def, const Report&) {
    return {fmt::format("申请人「{}」列：一 + 二 ≠ （七）总计 + 四", applicant_column_label(def.subject)),
            fmt::format("column \"{}\": received + carried over ≠ total handled + carried forward",
                        applicant_column_label_en(def.subject))};
}

constexpr IdentityFamily kFamily{generate, wording};

}  // namespace

extern const Rule kApplicationBalance = {
    {.code = "XG101",
     .name = "application-balance",
     .severity = Severity::error,
     .summary_zh = "表三每一申请人列：一（新收）+ 二（上年结转）= （七）总计 + 四（结转下年度继续办理）",
     .summary_en = "Table 3, per applicant column: new + carried over = results total + carried forward",
     .bad_example = "broken-application-balance.txt",
     .good_example = "clean-2019.txt"},
    nullptr, &kFamily};

}  // namespace xxgk::rules
