#pragma once
// What the cross-report rules share: naming another report, and each issuer's report of a year.
#include <cstddef>
#include <map>
#include <span>
#include <string>
#include <utility>

#include "xxgk/cross.hpp"
#include "xxgk/rules.hpp"

namespace xxgk::detail {

// "path:line" of a place in another report, or its path when the place has no line.
std::string where(const ReportDigest& d, const Position& p);
// "issuer，2021 年" / "issuer, 2021", with "unknown" where the digest has neither.
std::string who_zh(const ReportDigest& d);
std::string who_en(const ReportDigest& d);

// The first report (index in input order) of each (issuer, year) the digests name.
using IssuerYears = std::map<std::pair<std::string, int>, std::size_t>;
IssuerYears first_of_each_issuer_year(std::span<const ReportDigest> digests);
// The issuer's report of the year before digests[i]'s (its first, wherever it stands in the
// input), or null.
const ReportDigest* last_year(const IssuerYears& first, std::span<const ReportDigest> digests, std::size_t i);

}  // namespace xxgk::detail
