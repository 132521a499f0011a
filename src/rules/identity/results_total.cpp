// results-total: per column of table 三, （七）总计 = the sum of every result row （一）…（六）.
#include <fmt/format.h>

#include "rules/identity/family.hpp"

namespace xxgk::rules {
namespace {

std::vector<IdentityDef> generate(Template t) {
    // With the template unknown, which rows make up （六） is unknown: no results-total.
    if (t == Template::unknown) return {};
    std::vector<IdentityDef> defs;
    for (auto col : kApplicantColumns) {
        IdentityDef d{"", std::string(col), {application_cell("results_total", col)}, {},
                      application_cell("results_total", col)};
        for (const auto& row : result_row_keys(t)) d.rhs.push_back(application_cell(row, col));
        defs.push_back(std::move(d));
    }
    return defs;
}

IdentityWording wording(const IdentityDef& def, const Report&) {
    return {fmt::format("申请人「{}」列：（七）总计 ≠ （一）至（六）各项之和", applicant_column_label(def.subject)),
            fmt::format("column \"{}\": total handled ≠ sum of the results (一)–(六)",
                        applicant_column_label_en(def.subject))};
}

constexpr IdentityFamily kFamily{generate, wording};

}  // namespace

extern const Rule kResultsTotal = {
    {.code = "XG102",
     .name = "results-total",
     .severity = Severity::error,
     .summary_zh = "表三每一列：（七）总计 = （一）至（六）各办理结果之和",
     .summary_en = "Table 3, per column: (7) total = sum of every result row (1) to (6)",
     .bad_example = "broken-results-total.txt",
     .good_example = "clean-2021.txt"},
    nullptr, &kFamily};

}  // namespace xxgk::rules
