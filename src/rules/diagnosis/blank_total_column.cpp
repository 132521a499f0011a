// blank-total-column: table 三's 总计 column left blank in every result row, only （七）总计
// filled: one cause behind a failure in every row that has applications.
#include <algorithm>

#include <fmt/format.h>

#include "rules/diagnosis/diagnosis.hpp"

namespace xxgk::rules {
namespace {

using detail::IdentitySystem;

void diagnose(const Report& report, std::span<const Finding> found, const CheckOptions& options, FindingSink& sink) {
    const detail::FoundIdentities identities(found);
    if (identities.empty() || report.layout == Template::unknown) return;
    const IdentitySystem system(report, options.blank);
    int k = 0;
    double v = 0;
    if (!detail::application_value(system, "results_total", "total", &k, &v) || system.cells()[k].cell->blank) return;
    std::vector<IdentitySystem::Change> changes;
    for (const std::string& row : result_row_keys(report.layout)) {
        if (!detail::application_value(system, row, "total", &k, &v) || !system.cells()[k].cell->blank) return;
        double sum = 0;
        for (std::size_t c = 0; c + 1 < kApplicantColumns.size(); ++c) {
            int j = 0;
            double value = 0;
            if (!detail::application_value(system, row, kApplicantColumns[c], &j, &value)) return;
            sum += value;
        }
        if (sum != 0) changes.push_back({k, sum});
    }
    // The notes that each of these cells was blank and read as 0 have the same cause.
    std::vector<std::string> blank_notes;
    const std::vector<std::string>& rows = result_row_keys(report.layout);
    for (const Finding& f : found)
        if (f.rule == "blank-in-identity" && f.table == "applications" && f.column == "total" &&
            std::find(rows.begin(), rows.end(), f.row) != rows.end())
            blank_notes.push_back(f.fingerprint);
    const std::size_t n = changes.size();
    detail::add_cause(sink, system, identities, std::move(changes), [n](std::size_t failing) {
        return detail::Wording{
            fmt::format("表三（一）至（六）各行的「总计」列都是空白，只填了（七）总计：按各行六类申请人之和填上其中 {} 格，"
                        "{}都成立",
                        n, detail::failing_zh(failing)),
            fmt::format("table 三's total column is blank in every result row (一)–(六), only (七) is filled: "
                        "{} of its cells filled with their rows' sums satisfy {}",
                        n, detail::failing_en(failing))};
    }, blank_notes);
}

}  // namespace

extern const Rule kBlankTotalColumn = {
    {.code = "XG108",
     .name = "blank-total-column",
     .severity = Severity::note,
     .summary_zh = "表三办理结果各行的总计列空白、只填了（七）总计：多个等式不成立的同一原因",
     .summary_en = "Table 3's total column left blank in the result rows, only (7) filled: one cause of many failures",
     .status = RuleStatus::preview,
     .bad_example = "broken-blank-total-column.txt",
     .good_example = "clean-2019.txt"},
    nullptr, nullptr, diagnose};

}  // namespace xxgk::rules
