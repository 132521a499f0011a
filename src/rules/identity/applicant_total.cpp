// applicant-total: per row of table 三, 总计 = the six applicant columns.
#include <fmt/format.h>

#include "rules/identity/family.hpp"

namespace xxgk::rules {
namespace {

std::vector<IdentityDef> generate(Template t) {
    // With the template unknown, the rows both templates have (the （六） rows differ).
    std::vector<std::string> rows;
    for (const auto& key : application_row_keys(t == Template::unknown ? Template::t2019 : t))
        if (t != Template::unknown || key != "other") rows.push_back(key);
    std::vector<IdentityDef> defs;
    for (const auto& row : rows) {
        IdentityDef d{"", row, {application_cell(row, "total")}, {}, application_cell(row, "total"), true};
        for (std::size_t c = 0; c + 1 < kApplicantColumns.size(); ++c)
            d.rhs.push_back(application_cell(row, kApplicantColumns[c]));
        d.assumed_by = SplitAssumption::applications_row;
        defs.push_back(std::move(d));
    }
    return defs;
}

IdentityWording wording(const IdentityDef& def, const Report& report) {
    const ApplicationRow* row = report.applications.row(def.subject);
    const std::string label = row ? row->label : def.subject;
    return {fmt::format("「{}」行：总计 ≠ 六类申请人之和", label),
            fmt::format("row \"{}\": total ≠ sum of the six applicant columns", label)};
}

constexpr IdentityFamily kFamily{generate, wording};

}  // namespace

extern const Rule kApplicantTotal = {
    {.code = "XG103",
     .name = "applicant-total",
     .severity = Severity::error,
     .summary_zh = "表三每一行：总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他",
     .summary_en = "Table 3, per row: total = natural persons + the five kinds of organisation",
     .bad_example = "broken-applicant-total.txt",
     .good_example = "clean-2019.txt"},
    nullptr, &kFamily};

}  // namespace xxgk::rules
