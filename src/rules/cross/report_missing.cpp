// report-missing: an issuer and year the --expect list expects, with no report in the run.
#include <fmt/format.h>

#include "rules/cross/cross.hpp"
#include "rules/cross/listed.hpp"

namespace xxgk::rules {
namespace {

// A report of that year whose issuer is near the missing one's name, and not on the list: the
// office renamed, or a title mistyped.
const ReportDigest* near_report(std::span<const ReportDigest> digests, const detail::ListMatch& m,
                                const std::string& key, int year) {
    for (std::size_t i = 0; i < digests.size(); ++i)
        if (m.fits[i] == detail::ListMatch::Fit::unlisted && digests[i].year == year &&
            detail::near_names(detail::issuer_key(digests[i]), key))
            return &digests[i];
    return nullptr;
}

void check(std::span<const ReportDigest> digests, const ExpectedReports& list, CrossSink& sink) {
    const detail::ListMatch m = detail::match_list(digests, list);
    const int unnamed = detail::unnamed_reports(digests);
    for (const auto& slot : m.slots) {
        if (slot.report != detail::kNoReport) continue;
        const ExpectedEntry& e = list.entries[slot.entry];
        std::string zh = fmt::format("缺少「{}」{} 年的报告：名单上有，本次检查的文件中没有", e.issuer, slot.year);
        std::string en = fmt::format("missing: the {} report of {} is on the list, not among the files checked",
                                     slot.year, e.issuer);
        if (const ReportDigest* near = near_report(digests, m, e.key, slot.year)) {
            zh += fmt::format("；{} 是「{}」的 {} 年报告，名称相近，是否改名？", near->path, *near->issuer, slot.year);
            en += fmt::format("; {} is the {} report of {}, a near name: renamed?", near->path, slot.year, *near->issuer);
        }
        // Said, not guessed: the missing report may be one whose title names nobody.
        if (unnamed > 0) {
            zh += fmt::format("；另有 {} 份报告读不出发布机关或年度，若其中有它，请用 --issuer-map 指明", unnamed);
            en += fmt::format("; {} report{} name no issuer or year: if it is one of them, name it with --issuer-map",
                              unnamed, unnamed == 1 ? "" : "s");
        }
        sink.add(kOnExpectList, std::move(zh), std::move(en), Position{e.line});
    }
}

}  // namespace

extern const CrossRule kReportMissing = {
    {.code = "XG307",
     .name = "report-missing",
     .severity = Severity::warning,
     .summary_zh = "--expect 名单上应报的机关和年度，本次检查中没有其报告",
     .summary_en = "An issuer and year the --expect list expects has no report in the run",
     .bad_example = "broken-report-missing/",
     .good_example = "batch-office/"},
    nullptr, check};

}  // namespace xxgk::rules
