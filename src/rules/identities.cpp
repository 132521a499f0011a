// The template's identities as data, and the one evaluator that checks any of them.
#include <cmath>

#include "xxgk/identity.hpp"

namespace xxgk {
namespace {

std::string app(std::string_view row, std::string_view col) {
    return "applications." + std::string(row) + "." + std::string(col);
}

// Rows both templates have; the （六） rows depend on the template.
std::vector<std::string> common_rows() {
    std::vector<std::string> rows;
    for (const auto& k : application_row_keys(Template::t2019))
        if (k != "other") rows.push_back(k);
    return rows;
}

// A total whose row (or table-四 group) was split out of a run of digits on the assumption
// that it is the sum of the others.
bool assumed_total(const IdentityDef& def, const Report& report) {
    if (def.rule == "applicant-total") {
        const ApplicationRow* row = report.applications.row(def.subject);
        return row && row->recovered;
    }
    for (std::size_t g = 0; g < kReviewGroups.size(); ++g)
        if (def.anchor == "review_litigation." + std::string(kReviewGroups[g]) + ".total")
            return report.review.recovered[g];
    return false;
}

std::vector<IdentityDef> generate_identities(Template t) {
    std::vector<IdentityDef> defs;
    for (auto col : kApplicantColumns) {
        defs.push_back({"application-balance", std::string(col),
                        {app("new_received", col), app("carried_over", col)},
                        {app("results_total", col), app("carried_forward", col)},
                        app("results_total", col)});
    }
    // With the template unknown, which rows make up （六） is unknown: no results-total.
    if (t != Template::unknown) {
        for (auto col : kApplicantColumns) {
            IdentityDef d{"results-total", std::string(col), {app("results_total", col)}, {},
                          app("results_total", col)};
            for (const auto& row : result_row_keys(t)) d.rhs.push_back(app(row, col));
            defs.push_back(std::move(d));
        }
    }
    const auto rows = t == Template::unknown ? common_rows() : application_row_keys(t);
    for (const auto& row : rows) {
        IdentityDef d{"applicant-total", row, {app(row, "total")}, {}, app(row, "total"), true};
        for (std::size_t c = 0; c + 1 < kApplicantColumns.size(); ++c)
            d.rhs.push_back(app(row, kApplicantColumns[c]));
        defs.push_back(std::move(d));
    }
    static constexpr std::string_view families[] = {"review-total", "litigation-direct-total",
                                                    "litigation-after-review-total"};
    for (std::size_t g = 0; g < kReviewGroups.size(); ++g) {
        std::string base = "review_litigation." + std::string(kReviewGroups[g]) + ".";
        IdentityDef d{std::string(families[g]), std::string(kReviewGroups[g]), {base + "total"},
                      {}, base + "total"};
        for (std::size_t c = 0; c + 1 < kReviewCells.size(); ++c)
            d.rhs.push_back(base + std::string(kReviewCells[c]));
        defs.push_back(std::move(d));
    }
    return defs;
}

}  // namespace

const std::vector<IdentityDef>& identities_for(Template t) {
    static const std::vector<IdentityDef> unknown = generate_identities(Template::unknown);
    static const std::vector<IdentityDef> t2019 = generate_identities(Template::t2019);
    static const std::vector<IdentityDef> t2021 = generate_identities(Template::t2021);
    return t == Template::unknown ? unknown : t == Template::t2021 ? t2021 : t2019;
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
    result.detail.difference = result.detail.lhs.sum - result.detail.rhs.sum;
    if (!result.missing.empty() || !result.unreadable.empty() ||
        (blank_is_unknown && !result.blank.empty())) {
        result.status = IdentityStatus::not_checkable;
    } else if (std::fabs(result.detail.difference) > 1e-9) {
        result.status = IdentityStatus::fails;
    } else if (assumed_total(def, report)) {
        result.status = IdentityStatus::assumed;
    }
    return result;
}

}  // namespace xxgk
