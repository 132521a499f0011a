// duplicate-issuer-year: two reports claim one issuer and year, with different tables.
#include <fmt/format.h>

#include "rules/cross/cross.hpp"

namespace xxgk::rules {
namespace {

void check(std::span<const ReportDigest> digests, CrossSink& sink) {
    const detail::IssuerYears first = detail::first_of_each_issuer_year(digests);
    for (std::size_t i = 0; i < digests.size(); ++i) {
        const ReportDigest& d = digests[i];
        if (!d.issuer || !d.year) continue;
        const ReportDigest& other = digests[first.at({*d.issuer, *d.year})];
        // Identical tables: one report published twice (a page and its attachment).
        if (&other == &d || other.tables_hash == d.tables_hash) continue;
        sink.add(i,
                 fmt::format("{} 也是「{}」{} 年的报告：同一机关同一年度有两份报告", other.path, *d.issuer, *d.year),
                 fmt::format("{} is also the {} report of \"{}\": two reports for one issuer and year", other.path,
                             *d.year, *d.issuer));
    }
}

}  // namespace

extern const CrossRule kDuplicateIssuerYear = {
    {.code = "XG304",
     .name = "duplicate-issuer-year",
     .severity = Severity::warning,
     .summary_zh = "两份报告属于同一机关同一年度，而表格数字不同",
     .summary_en = "Two reports claim the same issuer and year, with different tables",
     .bad_example = "broken-duplicate-issuer-year/",
     .good_example = "batch-continuity/"},
    check};

}  // namespace xxgk::rules
