// received-copied-into-total: table 三's （七）总计 row is a copy of row 一 (new applications), where the sums
// of the results belong: one cause behind failures in several columns.
#include <fmt/format.h>

#include "rules/diagnosis/diagnosis.hpp"

namespace xxgk::rules {
namespace {

using detail::IdentitySystem;

void diagnose(const Report& report, std::span<const Finding> found, const CheckOptions& options, FindingSink& sink) {
    const detail::FoundIdentities identities(found);
    if (identities.empty() || report.layout == Template::unknown) return;
    const IdentitySystem& system = detail::system_once(report, options.blank);
    std::vector<IdentitySystem::Change> changes;
    bool any = false;
    for (std::string_view column : kApplicantColumns) {
        int total = 0, received = 0, k = 0;
        double t = 0, r = 0, v = 0, sum = 0;
        if (!detail::application_value(system, "results_total", column, &total, &t) ||
            !detail::application_value(system, "new_received", column, &received, &r))
            return;
        if (t != r) return;  // not a copy
        any = any || r != 0;
        for (const std::string& row : result_row_keys(report.layout)) {
            if (!detail::application_value(system, row, column, &k, &v)) return;
            sum += v;
        }
        if (sum != t) changes.push_back({total, sum});
    }
    if (!any || changes.size() < 2) return;  // one cell off is likely-wrong-cell's to say
    const std::size_t n = changes.size();
    detail::add_cause(sink, system, identities, std::move(changes), [n](std::size_t failing) {
        return detail::Wording{
            fmt::format("表三「（七）总计」行与「一、{}」行完全相同，像是复制了新收数：按（一）至（六）"
                        "各项之和改正其中 {} 格，{}都成立",
                        new_received_label(), n, detail::failing_zh(failing)),
            fmt::format("table 三's row (七) total is a copy of row 一 (new applications): {} of its cells set to the "
                        "sums of the results (一)–(六) satisfy {}",
                        n, detail::failing_en(failing))};
    });
}

}  // namespace

extern const Rule kReceivedCopiedIntoTotal = {
    {.code = "XG111",
     .name = "received-copied-into-total",
     .severity = Severity::note,
     .summary_zh = "表三（七）总计一行照抄了第一行（新收申请）：多个等式不成立的同一原因",
     .summary_en = "Table 3's row (7) total copied from row 1 (new applications): one cause of many failures",
     .status = RuleStatus::preview,
     .bad_example = "broken-received-copied-into-total.txt",
     .good_example = "clean-2021.txt"},
    nullptr, nullptr, diagnose};

}  // namespace xxgk::rules
