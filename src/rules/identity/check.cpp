// An identity rule's failures, each with its terms, sums and difference; and table 四's
// groups, whose three rules differ only in the group they check.
#include <fmt/format.h>

#include "rules/identity/family.hpp"

namespace xxgk::detail {
namespace {

Finding& failure(const IdentityWording& w, const IdentityDef& def, const IdentityResult& r,
                 const Report& report, FindingSink& sink) {
    std::string lhs = format_number(r.detail.lhs.sum), rhs = format_number(r.detail.rhs.sum);
    std::string diff = format_number(r.detail.difference);
    std::string zh = fmt::format("{}（{} ≠ {}，差 {}", w.zh, lhs, rhs, diff);
    std::string en = fmt::format("{} ({} ≠ {}, difference {}", w.en, lhs, rhs, diff);
    if (r.detail.blanks > 0) {
        zh += fmt::format("；其中 {} 个空白单元格按 0 计", r.detail.blanks);
        en += fmt::format("; {} blank cell{} read as 0", r.detail.blanks, r.detail.blanks == 1 ? "" : "s");
    }
    Report::CellRef anchor = report.lookup(def.anchor);
    Finding& f = sink.add(zh + "）", en + ")", anchor.cell ? anchor.cell->pos : Position{});
    set_logical_location(f, def.anchor);
    f.identity = r.detail;
    return f;
}

}  // namespace

void check_identities(const Rule& rule, const Report& report, const CheckOptions& options, FindingSink& sink) {
    const bool unknown = options.blank == BlankPolicy::unknown;
    for (const IdentityDef& def : identities_for(report.layout)) {
        if (def.rule != rule.info.name || !worth_evaluating(def, report)) continue;
        IdentityResult r = evaluate_identity(def, report, unknown);
        // Identities over missing or unreadable cells are reported by row-missing and
        // unreadable-cell, which name the cells; here they are simply not checkable.
        if (r.status == IdentityStatus::fails) failure(rule.identities->wording(def, report), def, r, report, sink);
    }
}

std::vector<IdentityDef> review_group_identity(std::size_t g) {
    const std::string base = "review_litigation." + std::string(kReviewGroups[g]) + ".";
    IdentityDef d{"", std::string(kReviewGroups[g]), {base + "total"}, {}, base + "total"};
    for (std::size_t c = 0; c + 1 < kReviewCells.size(); ++c) d.rhs.push_back(base + std::string(kReviewCells[c]));
    d.assumed_by = SplitAssumption::review_group;
    return {std::move(d)};
}

IdentityWording review_group_wording(const IdentityDef& def) {
    for (const ReviewGroupSpec& g : review_group_specs())
        if (g.key == def.subject)
            return {fmt::format("{}：总计 ≠ 结果维持 + 结果纠正 + 其他结果 + 尚未审结", g.name_zh),
                    fmt::format("{}: total ≠ upheld + corrected + other + pending", g.name_en)};
    return {def.subject, def.subject};
}

}  // namespace xxgk::detail
