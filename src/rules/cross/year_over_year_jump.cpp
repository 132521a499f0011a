// year-over-year-jump: a key total (table 三's new applications, 行政复议, 行政诉讼) more than ten times larger
// or smaller than the issuer's last year: a likely unit or typing slip (件 typed as 万).
#include <algorithm>
#include <optional>

#include <fmt/format.h>

#include "rules/cross/cross.hpp"

namespace xxgk::rules {
namespace {

constexpr double kFactor = 10;

struct Total {
    std::string_view zh, en;  // as messages name it
    std::string_view table, row, column;
    std::optional<double> (*value)(const ReportDigest&);
    Position (*pos)(const ReportDigest&);
};

std::optional<double> litigation(const ReportDigest& d) {
    if (!d.litigation_direct_total.value || !d.litigation_after_review_total.value) return std::nullopt;
    return *d.litigation_direct_total.value + *d.litigation_after_review_total.value;
}

constexpr Total kTotals[] = {
    {"表三新收申请「总计」", "new applications (total)", "applications", "new_received", "total",
     [](const ReportDigest& d) { return d.new_received_total.value; },
     [](const ReportDigest& d) { return d.new_received_total.pos; }},
    {"行政复议「总计」", "administrative reviews (total)", "review_litigation", "review", "total",
     [](const ReportDigest& d) { return d.review_total.value; }, [](const ReportDigest& d) { return d.review_total.pos; }},
    {"行政诉讼「总计」（未经复议直接起诉与复议后起诉之和）", "lawsuits (total, direct and after review)",
     "review_litigation", "", "total", litigation,
     [](const ReportDigest& d) { return d.litigation_direct_total.pos; }},
};

void check(std::span<const ReportDigest> digests, CrossSink& sink) {
    const detail::IssuerYears first = detail::first_of_each_issuer_year(digests);
    for (std::size_t i = 0; i < digests.size(); ++i) {
        const ReportDigest* before = detail::last_year(first, digests, i);
        if (!before) continue;
        const ReportDigest &now = digests[i], &last = *before;
        for (const Total& t : kTotals) {
            const std::optional<double> a = t.value(now), b = t.value(last);
            // Zero has no factor: 0 to 5 applications is an ordinary year.
            if (!a || !b || *a <= 0 || *b <= 0) continue;
            const double factor = std::max(*a, *b) / std::min(*a, *b);
            if (factor <= kFactor) continue;
            const std::string was = format_number(*b), is = format_number(*a), times = fmt::format("{:.0f}", factor);
            Finding& f = sink.add(
                i,
                fmt::format("{}由 {} 年的 {}（{}）变为 {}，相差 {} 倍：可能填错了单位或数字", t.zh, *last.year, was,
                            detail::where(last, t.pos(last)), is, times),
                fmt::format("{} went from {} in {} ({}) to {}, a factor of {}: a unit or typing slip?", t.en, was,
                            *last.year, detail::where(last, t.pos(last)), is, times),
                t.pos(now));
            f.table = std::string(t.table);
            f.row = std::string(t.row);
            f.column = std::string(t.column);
        }
    }
}

}  // namespace

extern const CrossRule kYearOverYearJump = {
    {.code = "XG305",
     .name = "year-over-year-jump",
     .severity = Severity::note,
     .summary_zh = "同一机关：新收申请、行政复议或行政诉讼总数与上年相差十倍以上（可能填错单位或数字）",
     .summary_en = "Same issuer: new applications, reviews or lawsuits more than ten times last year's, or less",
     .bad_example = "broken-year-over-year-jump/",
     .good_example = "batch-continuity/"},
    check};

}  // namespace xxgk::rules
