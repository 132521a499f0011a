#pragma once
// Cross-report rules: what only a folder of reports reveals. Each report is reduced to a small
// digest while it is checked, so a batch of any size holds digests, never reports.
#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "xxgk/error.hpp"
#include "xxgk/expected.hpp"
#include "xxgk/finding.hpp"
#include "xxgk/report.hpp"

namespace xxgk {

struct DigestCell {
    std::optional<double> value;  // null: absent, blank or unreadable
    Position pos;
};

struct ReportDigest {
    std::string path;
    std::optional<std::string> issuer;
    std::optional<int> year;
    Template layout = Template::unknown;
    std::array<DigestCell, 7> carried_over{};     // 二、上年结转, per applicant column
    std::array<DigestCell, 7> carried_forward{};  // 四、结转下年度继续办理
    struct Documents {
        DigestCell issued, repealed, in_force;  // 2021 table 二, 第二十条第（一）项
    };
    std::array<Documents, 2> documents{};  // regulations, normative_documents
    Position tables_pos;                   // where table 三 (else 二) starts
    std::uint64_t tables_hash = 0;         // every value of tables 二, 三 and 四
    int nonzero_cells = 0;
    // The totals year-over-year-jump compares: 一、本年新收 总计, table 四's three 总计.
    DigestCell new_received_total, review_total, litigation_direct_total, litigation_after_review_total;
    // Tables 三 and 四 cell by cell (kDigestCells: every row of application_row_specs() × 7
    // columns, then table 四's 15), for aggregate-sum; NaN where a cell has no value, a blank
    // read as 0. A batch keeps them only for the reports of an aggregate and its children, and
    // the places only for the aggregate (trim_digest): 10,000 reports hold no tables.
    std::vector<double> cells;
    std::vector<Position> cell_places;
};
// Index of table 三's row `row` (in application_row_specs()), column `column`; of table 四's
// cell `i` (0..14, group-major).
std::size_t digest_application_cell(std::size_t row, std::size_t column);
std::size_t digest_review_cell(std::size_t i);
std::size_t digest_cell_count();

ReportDigest digest_report(const Report& report, const std::string& path);

// `--issuer-map FILE`: CSV lines `path,issuer[,year]` naming files whose title says nothing.
// A path matches a file named exactly so, or any file whose path ends in "/" + it.
struct IssuerMap {
    struct Entry {
        std::string issuer;
        std::optional<int> year;
    };
    std::map<std::string, Entry> by_path;
    const Entry* find(const std::string& path) const;
};
Result<IssuerMap> read_issuer_map(const std::string& path);
void apply_issuer_map(ReportDigest& digest, const IssuerMap& map);

// The digest as a batch keeps it: tables 三 and 四 only for an aggregate of `list` and its
// children, their places only for the aggregate; none without a list.
void trim_digest(ReportDigest& digest, const ExpectedReports* list);
// The list against the reports of a run (xxgk/expected.hpp).
Coverage list_coverage(std::span<const ReportDigest> digests, const ExpectedReports& list);

}  // namespace xxgk
