// The one evaluator that checks any identity, and the identities of every identity rule.
#include <algorithm>
#include <cmath>

#include "xxgk/identity.hpp"
#include "xxgk/rules.hpp"

namespace xxgk {
namespace {

// A total whose row (or table-四 group) was split out of a run of digits on the assumption
// that it is the sum of the others.
bool assumed_total(const IdentityDef& def, const Report& report) {
    switch (def.assumed_by) {
        case SplitAssumption::none: return false;
        case SplitAssumption::applications_row: {
            const ApplicationRow* row = report.applications.row(def.subject);
            return row && row->recovered;
        }
        case SplitAssumption::review_group:
            for (std::size_t g = 0; g < kReviewGroups.size(); ++g)
                if (def.subject == kReviewGroups[g]) return report.review.recovered[g];
            return false;
    }
    return false;
}

// A result row's 总计 cell: applications.<result row>.total.
bool result_total(std::string_view key, Template t) {
    constexpr std::string_view head = "applications.", tail = ".total";
    if (!key.starts_with(head) || !key.ends_with(tail)) return false;
    const std::string_view row = key.substr(head.size(), key.size() - head.size() - tail.size());
    const std::vector<std::string>& rows = result_row_keys(t);
    return std::find(rows.begin(), rows.end(), row) != rows.end();
}

std::vector<IdentityDef> gather(Template t) {
    std::vector<IdentityDef> all;
    for (const Rule* rule : report_rules()) {
        if (!rule->identities) continue;
        for (IdentityDef& def : rule->identities->generate(t)) {
            def.rule = std::string(rule->info.name);
            all.push_back(std::move(def));
        }
    }
    return all;
}

}  // namespace

std::string application_cell(std::string_view row, std::string_view column) {
    return "applications." + std::string(row) + "." + std::string(column);
}

const std::vector<IdentityDef>& identities_for(Template t) {
    static const std::vector<IdentityDef> unknown = gather(Template::unknown);
    static const std::vector<IdentityDef> t2019 = gather(Template::t2019);
    static const std::vector<IdentityDef> t2021 = gather(Template::t2021);
    return t == Template::unknown ? unknown : t == Template::t2021 ? t2021 : t2019;
}

std::vector<std::string> unprinted_totals(const Report& report) {
    if (report.layout == Template::unknown) return {};
    const CellValue* total = report.cell_at(application_cell("results_total", "total"));
    if (!total || !total->value) return {};
    std::vector<std::string> out;
    bool applications = false;  // a result row with an application: not merely an empty table
    for (const std::string& row : result_row_keys(report.layout)) {
        std::string key = application_cell(row, "total");
        const CellValue* cell = report.cell_at(key);
        if (!cell || !cell->blank) return {};
        for (std::size_t c = 0; c + 1 < kApplicantColumns.size() && !applications; ++c) {
            const CellValue* v = report.cell_at(application_cell(row, kApplicantColumns[c]));
            applications = v && v->value.value_or(0.0) != 0;
        }
        out.push_back(std::move(key));
    }
    if (!applications) return {};
    return out;
}

IdentityResult evaluate_identity(const IdentityDef& def, const Report& report,
                                 bool blank_is_unknown) {
    IdentityResult result;
    result.detail.id = def.rule + "/" + def.subject;
    auto side = [&](const std::vector<std::string>& keys, Side& out) {
        for (const auto& key : keys) {
            Report::CellRef ref = report.lookup(key);
            if (!ref.cell) {
                result.missing.push_back(key);
                continue;
            }
            const CellValue& cell = *ref.cell;
            std::string label = ref.label;
            if (def.label_by_column)
                label = std::string(applicant_column_label(key.substr(key.rfind('.') + 1)));
            Term term{key, std::move(label), cell.value, cell.blank, cell.pos};
            if (cell.unreadable) result.unreadable.push_back(key);
            if (cell.blank) {
                result.blank.push_back(key);
                ++result.detail.blanks;
            }
            out.sum += cell.value.value_or(0.0);
            out.terms.push_back(std::move(term));
        }
    };
    side(def.lhs, result.detail.lhs);
    side(def.rhs, result.detail.rhs);
    // Blank result-row totals are not printed, not zeros, where the table leaves that column
    // blank by convention: looked for only when such a blank is a term.
    if (std::ranges::any_of(result.blank, [&](const std::string& k) { return result_total(k, report.layout); })) {
        const std::vector<std::string> unprinted = unprinted_totals(report);
        std::erase_if(result.blank, [&](const std::string& k) {
            if (std::find(unprinted.begin(), unprinted.end(), k) == unprinted.end()) return false;
            result.unprinted.push_back(k);
            --result.detail.blanks;
            return true;
        });
    }
    result.detail.difference = result.detail.lhs.sum - result.detail.rhs.sum;
    if (!result.missing.empty() || !result.unreadable.empty() || !result.unprinted.empty() ||
        (blank_is_unknown && !result.blank.empty())) {
        result.status = IdentityStatus::not_checkable;
    } else if (std::fabs(result.detail.difference) > 1e-9) {
        result.status = IdentityStatus::fails;
    } else if (assumed_total(def, report)) {
        result.status = IdentityStatus::assumed;
    }
    return result;
}

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

}  // namespace xxgk
