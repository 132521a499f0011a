// Naming other reports in cross-report findings, and finding an issuer's report of a year.
#include "rules/cross/cross.hpp"

#include <fmt/format.h>

namespace xxgk::detail {

std::string where(const ReportDigest& d, const Position& p) {
    return p.line > 0 ? fmt::format("{}:{}", d.path, p.line) : d.path;
}

std::string who_zh(const ReportDigest& d) {
    return fmt::format("{}，{}", d.issuer.value_or("发布机关不详"), d.year ? std::to_string(*d.year) + " 年" : "年度不详");
}

std::string who_en(const ReportDigest& d) {
    return fmt::format("{}, {}", d.issuer.value_or("issuer unknown"), d.year ? std::to_string(*d.year) : "year unknown");
}

IssuerYears first_of_each_issuer_year(std::span<const ReportDigest> digests) {
    IssuerYears first;
    for (std::size_t i = 0; i < digests.size(); ++i)
        if (digests[i].issuer && digests[i].year) first.emplace(std::make_pair(*digests[i].issuer, *digests[i].year), i);
    return first;
}

const ReportDigest* last_year(const IssuerYears& first, std::span<const ReportDigest> digests, std::size_t i) {
    const ReportDigest& now = digests[i];
    if (!now.issuer || !now.year) return nullptr;
    const auto found = first.find({*now.issuer, *now.year - 1});
    return found == first.end() ? nullptr : &digests[found->second];
}

}  // namespace xxgk::detail
