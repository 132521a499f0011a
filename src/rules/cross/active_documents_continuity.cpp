// active-documents-continuity (2021 template): documents in force = last year's + issued − repealed.
#include <fmt/format.h>

#include <cmath>

#include "rules/cross/cross.hpp"

namespace xxgk::rules {
namespace {

void check(std::span<const ReportDigest> digests, CrossSink& sink) {
    static constexpr std::string_view rows_zh[] = {"规章", "行政规范性文件"};
    static constexpr std::string_view rows_en[] = {"regulations", "normative documents"};
    static constexpr std::string_view keys[] = {"regulations", "normative_documents"};
    const detail::IssuerYears first = detail::first_of_each_issuer_year(digests);
    for (std::size_t index = 0; index < digests.size(); ++index) {
        const ReportDigest* before = detail::last_year(first, digests, index);
        if (!before) continue;
        const ReportDigest &now = digests[index], &last = *before;
        if (now.layout != Template::t2021 || last.layout != Template::t2021) continue;
        for (std::size_t i = 0; i < 2; ++i) {
            const auto& n = now.documents[i];
            const auto& l = last.documents[i];
            if (!n.in_force.value || !n.issued.value || !n.repealed.value || !l.in_force.value) continue;
            const double expected = *l.in_force.value + *n.issued.value - *n.repealed.value;
            if (std::fabs(*n.in_force.value - expected) < 1e-9) continue;
            const std::string a = format_number(*n.in_force.value), e = format_number(expected);
            const std::string diff = format_number(*n.in_force.value - expected);
            Finding& f = sink.add(
                index,
                fmt::format("表二「{}」现行有效件数为 {}，按 {} 年报告 {} 的 {} 件 + 本年制发 {} − 本年废止 {} 应为 {}（差 {}）",
                            rows_zh[i], a, *last.year, detail::where(last, l.in_force.pos), format_number(*l.in_force.value),
                            format_number(*n.issued.value), format_number(*n.repealed.value), e, diff),
                fmt::format("table 二 {} in force: {}, but the {} report {} had {} + {} issued − {} repealed = {} (difference {})",
                            rows_en[i], a, *last.year, detail::where(last, l.in_force.pos), format_number(*l.in_force.value),
                            format_number(*n.issued.value), format_number(*n.repealed.value), e, diff),
                n.in_force.pos);
            f.table = "active_disclosure";
            f.row = "art20_1." + std::string(keys[i]);
            f.column = "in_force";
        }
    }
}

}  // namespace

extern const CrossRule kActiveDocumentsContinuity = {
    {.code = "XG302",
     .name = "active-documents-continuity",
     .severity = Severity::warning,
     .summary_zh = "同一机关（2021版）：现行有效件数 ≈ 上年现行有效件数 + 本年制发 − 本年废止",
     .summary_en = "Same issuer (2021 template): documents in force = last year's + issued − repealed",
     .bad_example = "broken-active-documents-continuity/",
     .good_example = "batch-continuity/"},
    check};

}  // namespace xxgk::rules
