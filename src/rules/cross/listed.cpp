// Matching the --expect list with the reports of a run, by normalised issuer and year.
#include "rules/cross/listed.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <utility>

#include "util/utf8.hpp"
#include "xxgk/labels.hpp"
#include "xxgk/rules.hpp"

namespace xxgk {
namespace detail {
namespace {

std::size_t length(const std::string& s) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < s.size(); ++n) util::next_code_point(s, i);
    return n;
}

}  // namespace

std::string issuer_key(const ReportDigest& d) { return d.issuer ? normalize_label(*d.issuer) : std::string(); }

bool near_names(const std::string& a, const std::string& b) {
    const std::size_t d = edit_distance(a, b);
    return d > 0 && d <= 3 && d * 4 <= std::max(length(a), length(b));
}

int unnamed_reports(std::span<const ReportDigest> digests) {
    return static_cast<int>(std::ranges::count_if(digests, [](const ReportDigest& d) { return !d.issuer || !d.year; }));
}

ListMatch match_list(std::span<const ReportDigest> digests, const ExpectedReports& list) {
    ListMatch m;
    std::map<std::string, std::vector<std::size_t>> entries_of;  // issuer key -> entries
    for (std::size_t e = 0; e < list.entries.size(); ++e) entries_of[list.entries[e].key].push_back(e);
    std::vector<std::string> keys;
    keys.reserve(digests.size());
    std::set<int> years;
    for (const ReportDigest& d : digests) {
        keys.push_back(issuer_key(d));
        // Every year of the run: a folder where only an office not on the list has reported
        // still has every listed one missing for that year.
        if (d.year) years.insert(*d.year);
    }
    m.years.assign(years.begin(), years.end());

    std::map<std::pair<std::string, int>, std::size_t> slot_of;
    for (std::size_t e = 0; e < list.entries.size(); ++e) {
        const ExpectedEntry& entry = list.entries[e];
        const std::vector<int> its_years = entry.year ? std::vector<int>{*entry.year} : m.years;
        for (int year : its_years) {
            slot_of.emplace(std::make_pair(entry.key, year), m.slots.size());
            m.slots.push_back({e, year, kNoReport});
        }
    }
    m.fits.reserve(digests.size());
    for (std::size_t i = 0; i < digests.size(); ++i) {
        const ReportDigest& d = digests[i];
        using Fit = ListMatch::Fit;
        if (keys[i].empty()) {
            m.fits.push_back(Fit::no_issuer);
        } else if (!entries_of.contains(keys[i])) {
            m.fits.push_back(Fit::unlisted);
        } else if (!d.year) {
            m.fits.push_back(Fit::no_year);
        } else if (auto slot = slot_of.find({keys[i], *d.year}); slot == slot_of.end()) {
            m.fits.push_back(Fit::other_year);
        } else {
            m.fits.push_back(Fit::listed);
            std::size_t& report = m.slots[slot->second].report;
            if (report == kNoReport) report = i;
        }
    }
    // Slots in the list's order, each issuer's years ascending.
    std::stable_sort(m.slots.begin(), m.slots.end(),
                     [](const auto& a, const auto& b) { return a.entry != b.entry ? a.entry < b.entry : a.year < b.year; });
    return m;
}

}  // namespace detail

Coverage list_coverage(std::span<const ReportDigest> digests, const ExpectedReports& list) {
    const detail::ListMatch m = detail::match_list(digests, list);
    Coverage c;
    c.years = m.years;
    c.expected = static_cast<int>(m.slots.size());
    for (const auto& slot : m.slots) {
        if (slot.report != detail::kNoReport) {
            ++c.present;
            continue;
        }
        const ExpectedEntry& e = list.entries[slot.entry];
        std::string parent;
        for (const ExpectedEntry& p : list.entries)
            if (!e.parent_key.empty() && p.key == e.parent_key) {
                parent = p.issuer;
                break;
            }
        c.missing.push_back({e.issuer, slot.year, parent, e.line});
    }
    c.unexpected = static_cast<int>(std::ranges::count_if(m.fits, [](auto f) { return f != detail::ListMatch::Fit::listed; }));
    return c;
}

void trim_digest(ReportDigest& d, const ExpectedReports* list) {
    const std::string key = list ? detail::issuer_key(d) : std::string();
    const bool aggregate = !key.empty() && std::ranges::any_of(list->entries, [&](const ExpectedEntry& e) {
        return e.aggregate && e.key == key;
    });
    const bool child = !key.empty() && !aggregate && list->has_aggregate_parent(key);
    if (!aggregate) std::vector<Position>().swap(d.cell_places);
    if (!aggregate && !child) std::vector<double>().swap(d.cells);
}

}  // namespace xxgk
