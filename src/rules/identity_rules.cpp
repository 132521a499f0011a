// The six identity families: every identity of the template evaluated, each failure a finding
// with its terms, sums and difference; blanks an identity had to read are noted.
#include <fmt/format.h>

#include <cmath>
#include <map>

#include "rules/checks.hpp"
#include "xxgk/identity.hpp"

namespace xxgk::detail {
namespace {

struct Wording {
    std::string zh, en;
};

Wording subject_and_claim(const IdentityDef& def, const Report& report) {
    const std::string col_zh(applicant_column_label(def.subject));
    const std::string col_en(applicant_column_label_en(def.subject));
    if (def.rule == "application-balance")
        return {fmt::format("申请人「{}」列：一 + 二 ≠ （七）总计 + 四", col_zh),
                fmt::format("column \"{}\": received + carried over ≠ total handled + carried "
                            "forward", col_en)};
    if (def.rule == "results-total")
        return {fmt::format("申请人「{}」列：（七）总计 ≠ （一）至（六）各项之和", col_zh),
                fmt::format("column \"{}\": total handled ≠ sum of the results (一)–(六)", col_en)};
    if (def.rule == "applicant-total") {
        const ApplicationRow* row = report.applications.row(def.subject);
        std::string label = row ? row->label : def.subject;
        return {fmt::format("「{}」行：总计 ≠ 六类申请人之和", label),
                fmt::format("row \"{}\": total ≠ sum of the six applicant columns", label)};
    }
    for (const ReviewGroupSpec& g : review_group_specs())
        if (g.key == def.subject)
            return {fmt::format("{}：总计 ≠ 结果维持 + 结果纠正 + 其他结果 + 尚未审结", g.name_zh),
                    fmt::format("{}: total ≠ upheld + corrected + other + pending", g.name_en)};
    return {def.subject, def.subject};
}

Finding failure(const IdentityDef& def, const IdentityResult& r, const Report& report) {
    Wording w = subject_and_claim(def, report);
    std::string lhs = format_number(r.detail.lhs.sum), rhs = format_number(r.detail.rhs.sum);
    std::string diff = format_number(r.detail.difference);
    std::string zh = fmt::format("{}（{} ≠ {}，差 {}", w.zh, lhs, rhs, diff);
    std::string en = fmt::format("{} ({} ≠ {}, difference {}", w.en, lhs, rhs, diff);
    if (r.detail.blanks > 0) {
        zh += fmt::format("；其中 {} 个空白单元格按 0 计", r.detail.blanks);
        en += fmt::format("; {} blank cell{} read as 0", r.detail.blanks, r.detail.blanks == 1 ? "" : "s");
    }
    Report::CellRef anchor = report.lookup(def.anchor);
    Finding f = make_finding(def.rule, zh + "）", en + ")", anchor.cell ? anchor.cell->pos : Position{});
    set_logical_location(f, def.anchor);
    f.identity = r.detail;
    return f;
}

// False when evaluate_identity could only say "holds": every cell there, readable, not blank
// (so no blank-in-identity either), and the sums equal. Most identities of most reports are
// like that; this tells so without building their terms and labels.
bool worth_evaluating(const IdentityDef& def, const Report& report) {
    double lhs = 0, rhs = 0;
    auto add = [&](const std::vector<std::string>& keys, double& sum) {
        for (const auto& key : keys) {
            const CellValue* cell = report.cell_at(key);
            if (!cell || cell->unreadable || cell->blank) return false;
            sum += cell->value.value_or(0.0);
        }
        return true;
    };
    if (!add(def.lhs, lhs) || !add(def.rhs, rhs)) return true;
    return std::fabs(lhs - rhs) > 1e-9;  // as evaluate_identity decides
}

}  // namespace

void check_identities(const Report& report, const CheckOptions& options,
                      std::vector<Finding>& out) {
    const bool unknown = options.blank == BlankPolicy::unknown;
    std::map<std::string, int> blank_uses;  // blank cell key → identities it took part in
    for (const IdentityDef& def : identities_for(report.layout)) {
        if (!worth_evaluating(def, report)) continue;
        IdentityResult r = evaluate_identity(def, report, unknown);
        // Identities over missing or unreadable cells are reported by row-missing and
        // unreadable-cell, which name the cells; here they are simply not checkable.
        if (r.missing.empty() && r.unreadable.empty())
            for (const auto& key : r.blank) ++blank_uses[key];
        if (r.status == IdentityStatus::fails) out.push_back(failure(def, r, report));
    }
    for (const auto& [key, uses] : blank_uses) {
        Report::CellRef ref = report.lookup(key);
        std::string where_zh = cell_name_zh(key, ref.label), where_en = cell_name_en(key, ref.label);
        std::string raw = ref.cell->raw.empty() ? "" : "“" + ref.cell->raw + "”";
        Finding f = unknown
            ? make_finding("blank-in-identity",
                  fmt::format("{}为空白{}，依赖它的 {} 个等式未校验（--blank unknown）", where_zh, raw, uses),
                  fmt::format("{} is blank{}: {} identit{} not checked (--blank unknown)", where_en,
                              raw.empty() ? "" : " (" + ref.cell->raw + ")", uses, uses == 1 ? "y" : "ies"),
                  ref.cell->pos)
            : make_finding("blank-in-identity",
                  fmt::format("{}为空白{}，在 {} 个等式中按 0 计", where_zh, raw, uses),
                  fmt::format("{} is blank{}: read as 0 in {} identit{}", where_en,
                              raw.empty() ? "" : " (" + ref.cell->raw + ")", uses, uses == 1 ? "y" : "ies"),
                  ref.cell->pos);
        set_logical_location(f, key);
        out.push_back(std::move(f));
    }
}

}  // namespace xxgk::detail
