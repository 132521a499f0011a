#pragma once
// The --expect list matched with the reports of a run: what report-missing, report-unexpected
// and aggregate-sum share, and the coverage the summary counts.
#include <cstddef>
#include <span>
#include <string>
#include <vector>

#include "xxgk/cross.hpp"
#include "xxgk/expected.hpp"

namespace xxgk::detail {

inline constexpr std::size_t kNoReport = static_cast<std::size_t>(-1);

// What matching compares: the issuer folded as labels are (width, spaces, traditional script);
// empty when the report names none.
std::string issuer_key(const ReportDigest& d);

struct ListMatch {
    std::vector<int> years;  // the years `*` stands for: those of the run's reports
    // Each issuer and year the list expects, in the list's order, and its report (the first of
    // the run), or kNoReport.
    struct Slot {
        std::size_t entry = 0;
        int year = 0;
        std::size_t report = kNoReport;
    };
    std::vector<Slot> slots;
    // Each report: matched, or why not.
    enum class Fit { listed, other_year, unlisted, no_issuer, no_year };
    std::vector<Fit> fits;
};
ListMatch match_list(std::span<const ReportDigest> digests, const ExpectedReports& list);

// Two issuers whose names are near enough to be one office renamed or mistyped: a few
// characters apart, and those few a small part of the name (霁川市教育局 and 霁川市财政局,
// two apart in six, are not).
bool near_names(const std::string& a, const std::string& b);

// How many reports of the run name no issuer or no year (they cannot be matched).
int unnamed_reports(std::span<const ReportDigest> digests);

}  // namespace xxgk::detail
