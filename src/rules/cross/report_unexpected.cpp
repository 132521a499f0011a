// report-unexpected: a report the --expect list does not expect (its issuer is not on the list,
// or not for its year), or one that cannot be matched with the list (no issuer or year).
#include <fmt/format.h>

#include "rules/cross/cross.hpp"
#include "rules/cross/listed.hpp"

namespace xxgk::rules {
namespace {

// The closest name of the list that has no report for `year` (a report already there is no
// candidate: 城北街道 is not 城南街道 misspelt when 城南街道 reported too).
std::string closest_missing(const ExpectedReports& list, const detail::ListMatch& m, const std::string& key, int year) {
    std::vector<std::string_view> names;
    for (const auto& slot : m.slots) {
        const ExpectedEntry& e = list.entries[slot.entry];
        if (slot.report == detail::kNoReport && slot.year == year && detail::near_names(e.key, key)) names.push_back(e.key);
    }
    const std::string_view near = nearest_name(key, names);
    for (const ExpectedEntry& e : list.entries)
        if (!near.empty() && e.key == near) return e.issuer;
    return "";
}

void check(std::span<const ReportDigest> digests, const ExpectedReports& list, CrossSink& sink) {
    const detail::ListMatch m = detail::match_list(digests, list);
    for (std::size_t i = 0; i < digests.size(); ++i) {
        const ReportDigest& d = digests[i];
        using Fit = detail::ListMatch::Fit;
        switch (m.fits[i]) {
            case Fit::listed: break;
            case Fit::no_issuer:
                sink.add(i, "读不出发布机关，无法与名单对照：请用 --issuer-map 指明",
                         "no issuer could be read: the report cannot be matched with the list; name it with --issuer-map");
                break;
            case Fit::no_year:
                sink.add(i, fmt::format("读不出「{}」这份报告的年度，无法与名单对照：请用 --issuer-map 指明", *d.issuer),
                         fmt::format("no year could be read for this report of {}: it cannot be matched with the "
                                     "list; name it with --issuer-map",
                                     *d.issuer));
                break;
            case Fit::other_year:
                sink.add(i, fmt::format("「{}」在名单上，但名单不要求其 {} 年的报告", *d.issuer, *d.year),
                         fmt::format("{} is on the list, but not for {}", *d.issuer, *d.year));
                break;
            case Fit::unlisted: {
                const std::string near = d.year ? closest_missing(list, m, detail::issuer_key(d), *d.year) : "";
                std::string zh = fmt::format("「{}」不在名单上", *d.issuer);
                std::string en = fmt::format("{} is not on the list", *d.issuer);
                if (!near.empty()) {
                    zh += fmt::format("；名单上最接近的是「{}」（该年无报告），是否改名或写错？", near);
                    en += fmt::format("; the nearest name on it is {} (no report that year): renamed, or mistyped?", near);
                }
                sink.add(i, std::move(zh), std::move(en));
                break;
            }
        }
    }
}

}  // namespace

extern const CrossRule kReportUnexpected = {
    {.code = "XG308",
     .name = "report-unexpected",
     .severity = Severity::note,
     .summary_zh = "报告的发布机关（或年度）不在 --expect 名单上，或读不出发布机关而无法对照",
     .summary_en = "A report whose issuer (or year) is not on the --expect list, or that names no issuer to match",
     .bad_example = "broken-report-unexpected/",
     .good_example = "batch-office/"},
    nullptr, check};

}  // namespace xxgk::rules
