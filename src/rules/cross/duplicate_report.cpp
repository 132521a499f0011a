// duplicate-report: tables 二, 三 and 四 identical to another issuer's or another year's report.
#include <fmt/format.h>

#include <unordered_map>

#include "rules/cross/cross.hpp"

namespace xxgk::rules {
namespace {

// Copies are told apart from the many small bodies whose tables are all zeros.
constexpr int kMinNonzeroForCopy = 10;

void check(std::span<const ReportDigest> digests, CrossSink& sink) {
    std::unordered_map<std::uint64_t, std::size_t> first;  // tables → first report with them
    for (std::size_t i = 0; i < digests.size(); ++i) {
        const ReportDigest& d = digests[i];
        if (d.nonzero_cells < kMinNonzeroForCopy) continue;
        const auto [it, fresh] = first.emplace(d.tables_hash, i);
        const ReportDigest& other = digests[it->second];
        // The same issuer and year twice is one report published twice (duplicate-issuer-year).
        if (fresh || (other.issuer == d.issuer && other.year == d.year)) continue;
        sink.add(i,
                 fmt::format("表二、表三、表四的数字与 {}（{}）完全相同：疑似照抄的报告", other.path, detail::who_zh(other)),
                 fmt::format("tables 二, 三 and 四 are identical to those of {} ({}): a copied report?", other.path,
                             detail::who_en(other)),
                 d.tables_pos);
    }
}

}  // namespace

extern const CrossRule kDuplicateReport = {
    {.code = "XG303",
     .name = "duplicate-report",
     .severity = Severity::warning,
     .summary_zh = "表二、表三、表四的数字与另一机关或另一年度的报告完全相同：疑似照抄",
     .summary_en = "Tables 二, 三 and 四 identical to another issuer's or another year's report: copied?",
     .bad_example = "broken-duplicate-report/",
     .good_example = "batch-continuity/"},
    check};

}  // namespace xxgk::rules
