// carry-over-continuity: this year's 二、上年结转 equals the issuer's last report's 四、结转下年度继续办理,
// per applicant column.
#include <fmt/format.h>

#include "rules/cross/cross.hpp"

namespace xxgk::rules {
namespace {

void check(std::span<const ReportDigest> digests, CrossSink& sink) {
    const detail::IssuerYears first = detail::first_of_each_issuer_year(digests);
    for (std::size_t i = 0; i < digests.size(); ++i) {
        const ReportDigest* before = detail::last_year(first, digests, i);
        if (!before) continue;
        const ReportDigest &now = digests[i], &last = *before;
        for (std::size_t c = 0; c < 7; ++c) {
            const DigestCell& a = now.carried_over[c];
            const DigestCell& b = last.carried_forward[c];
            if (!a.value || !b.value || *a.value == *b.value) continue;
            const std::string diff = format_number(*a.value - *b.value);
            Finding& f = sink.add(
                i,
                fmt::format("申请人「{}」列：本年「二、上年结转」为 {}，而 {} 年报告 {} 的「四、结转下年度继续办理」为 {}（差 {}）",
                            applicant_column_label(kApplicantColumns[c]), format_number(*a.value), *last.year,
                            detail::where(last, b.pos), format_number(*b.value), diff),
                fmt::format("column \"{}\": carried over from last year is {}, but the {} report {} carried forward {} (difference {})",
                            applicant_column_label_en(kApplicantColumns[c]), format_number(*a.value), *last.year,
                            detail::where(last, b.pos), format_number(*b.value), diff),
                a.pos);
            f.table = "applications";
            f.row = "carried_over";
            f.column = std::string(kApplicantColumns[c]);
        }
    }
}

}  // namespace

extern const CrossRule kCarryOverContinuity = {
    {.code = "XG301",
     .name = "carry-over-continuity",
     .severity = Severity::warning,
     .summary_zh = "同一机关：本年表三“二、上年结转”应等于上年报告的“四、结转下年度继续办理”（逐列）",
     .summary_en = "Same issuer: this year's carried-over applications equal last year's carried forward, per column",
     .bad_example = "broken-carry-over-continuity/",
     .good_example = "batch-continuity/"},
    check};

}  // namespace xxgk::rules
