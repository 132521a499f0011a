#pragma once
// Identities are data: `lhs terms = rhs terms` over cell keys, evaluated by one evaluator.
#include <optional>
#include <string>
#include <vector>

#include "xxgk/finding.hpp"
#include "xxgk/report.hpp"

namespace xxgk {

// In flattened text a row (or a table-四 group) may have been split out of one run of digits
// on the assumption that its total is the sum of the others: its total identity then holds by
// construction.
enum class SplitAssumption { none, applications_row, review_group };

struct IdentityDef {
    std::string rule;     // its rule's name: application-balance, results-total, …
    std::string subject;  // column key (table 三 families), row key (applicant-total) or group
    std::vector<std::string> lhs;  // cell keys
    std::vector<std::string> rhs;
    std::string anchor;  // the cell a finding points at (the total)
    // Terms of one row differ by column: label them by column, not by their (shared) row.
    bool label_by_column = false;
    // Which split makes it assumed; the row or group is the subject.
    SplitAssumption assumed_by = SplitAssumption::none;
};

// What an identity rule gives the evaluator: its identities for a template (the rule's name
// is filled in by the registry), and how its failure reads: "subject: claim", e.g.
// 申请人「自然人」列：一 + 二 ≠ （七）总计 + 四.
struct IdentityWording {
    std::string zh, en;
};
struct IdentityFamily {
    std::vector<IdentityDef> (*generate)(Template t);
    IdentityWording (*wording)(const IdentityDef& def, const Report& report);
};

// Every identity the template implies, of every identity rule in registry order, generated
// from the template's structure (once per template).
const std::vector<IdentityDef>& identities_for(Template t);
// The cell key "applications.<row>.<column>".
std::string application_cell(std::string_view row, std::string_view column);

// assumed: the identity's total belongs to cells that were split out of a run of digits
// on the assumption that it holds (flattened text), so it holds by construction.
enum class IdentityStatus { holds, fails, not_checkable, assumed };

struct IdentityResult {
    IdentityStatus status = IdentityStatus::holds;
    IdentityDetail detail;          // terms, sums and difference (kept even when it holds)
    std::vector<std::string> missing;     // cell keys the report does not have
    std::vector<std::string> unreadable;  // cell keys that could not be read
    std::vector<std::string> blank;       // cell keys that were blank
    std::vector<std::string> unprinted;   // blank totals of a total column left blank (below)
};

// Table 三's 总计 column left blank in every result row, only （七）总计 filled (a convention:
// Shanghai 2019): those totals were never printed, so the identities over them are not
// checkable, whatever --blank says. The blank totals' keys; empty when the table is not so.
std::vector<std::string> unprinted_totals(const Report& report);

// Blank cells count as 0 unless `blank_is_unknown`, which makes the identity not checkable.
IdentityResult evaluate_identity(const IdentityDef& def, const Report& report,
                                 bool blank_is_unknown);
// False when evaluate_identity could only say "holds": every cell there, readable, not blank
// (so no blank-in-identity either), and the sums equal. Most identities of most reports are
// like that; this tells so without building their terms and labels.
bool worth_evaluating(const IdentityDef& def, const Report& report);

}  // namespace xxgk
