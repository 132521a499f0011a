#pragma once
// Cross-report rules: what only a folder of reports reveals. Each report is reduced to a small
// digest while it is checked, so a batch of any size holds digests, never reports.
#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "xxgk/error.hpp"
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
};

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

}  // namespace xxgk
