#pragma once
// Identities are data: `lhs terms = rhs terms` over cell keys, evaluated by one evaluator.
#include <optional>
#include <string>
#include <vector>

#include "xxgk/finding.hpp"
#include "xxgk/report.hpp"

namespace xxgk {

struct IdentityDef {
    std::string rule;     // family: application-balance, results-total, …
    std::string subject;  // column key (table 三 families), row key (applicant-total) or group
    std::vector<std::string> lhs;  // cell keys
    std::vector<std::string> rhs;
    std::string anchor;  // the cell a finding points at (the total)
    // Terms of one row differ by column: label them by column, not by their (shared) row.
    bool label_by_column = false;
};

// Every identity the template implies, generated from its structure (once per template).
const std::vector<IdentityDef>& identities_for(Template t);

// assumed: the identity's total belongs to cells that were split out of a run of digits
// on the assumption that it holds (flattened text), so it holds by construction.
enum class IdentityStatus { holds, fails, not_checkable, assumed };

struct IdentityResult {
    IdentityStatus status = IdentityStatus::holds;
    IdentityDetail detail;          // terms, sums and difference (kept even when it holds)
    std::vector<std::string> missing;     // cell keys the report does not have
    std::vector<std::string> unreadable;  // cell keys that could not be read
    std::vector<std::string> blank;       // cell keys that were blank
};

// Blank cells count as 0 unless `blank_is_unknown`, which makes the identity not checkable.
IdentityResult evaluate_identity(const IdentityDef& def, const Report& report,
                                 bool blank_is_unknown);

}  // namespace xxgk
