// legal-person-subtotal-in-other: table 三's 其他 column holds, row after row, the subtotal of
// all five kinds of organisation (法人或其他组织) instead of its own count.
#include <fmt/format.h>

#include "rules/diagnosis/diagnosis.hpp"

namespace xxgk::rules {
namespace {

using detail::IdentitySystem;

void diagnose(const Report& report, std::span<const Finding> found, const CheckOptions& options, FindingSink& sink) {
    const detail::FoundIdentities identities(found);
    if (identities.empty()) return;
    const IdentitySystem& system = detail::system_once(report, options.blank);
    std::vector<IdentitySystem::Change> changes;
    for (const std::string& row : application_row_keys(report.layout)) {
        int other = 0, k = 0;
        double p = 0, v = 0, four = 0;  // 其他 as printed; the four other kinds of organisation
        if (!detail::application_value(system, row, "other_org", &other, &p)) continue;
        bool all = true;
        for (std::size_t c = 1; c + 2 < kApplicantColumns.size(); ++c) {
            all = detail::application_value(system, row, kApplicantColumns[c], &k, &v) && all;
            four += v;
        }
        if (!all || four <= 0 || p < four) continue;
        // The row's own identity fails by exactly the four columns counted twice.
        const int e = [&] {
            for (const IdentitySystem::Use& u : system.cells()[other].uses)
                if (system.equations()[u.equation].def->rule == "applicant-total") return u.equation;
            return -1;
        }();
        if (e >= 0 && detail::same_number(system.equations()[e].residual, -four)) changes.push_back({other, p - four});
    }
    if (changes.size() < 2) return;  // one row is likely-wrong-cell's to say
    const std::size_t n = changes.size();
    detail::add_cause(sink, system, identities, std::move(changes), [n](std::size_t failing) {
        return detail::Wording{
            fmt::format("表三「其他」列有 {} 行填的是法人或其他组织五类的小计：减去商业企业、科研机构、社会公益组织、"
                        "法律服务机构四列后，{}都成立",
                        n, detail::failing_zh(failing)),
            fmt::format("table 三's column \"other organisation\" holds the subtotal of all five kinds of organisation in "
                        "{} rows: less the other four kinds, it satisfies {}",
                        n, detail::failing_en(failing))};
    });
}

}  // namespace

extern const Rule kLegalPersonSubtotalInOther = {
    {.code = "XG112",
     .name = "legal-person-subtotal-in-other",
     .severity = Severity::note,
     .summary_zh = "表三「其他」列填成了法人或其他组织五类的小计：多行总计不符的同一原因",
     .summary_en = "Table 3's column \"other\" holds the subtotal of the five kinds of organisation: one cause of many failures",
     .status = RuleStatus::preview,
     .bad_example = "broken-legal-person-subtotal-in-other.txt",
     .good_example = "clean-2021.txt"},
    nullptr, nullptr, diagnose};

}  // namespace xxgk::rules
