// All single-report rules in one pass; findings in file order with stable fingerprints.
#include <algorithm>
#include <cstdint>

#include <fmt/format.h>

#include "rules/checks.hpp"

namespace xxgk {

// What identifies a finding across runs: its rule, its logical place and what it says —
// never its line, so an edit elsewhere in the file keeps it.
std::string fingerprint_of(const Finding& f) {
    std::uint64_t h = 1469598103934665603ull;
    auto mix = [&](std::string_view s) {
        for (unsigned char c : s) {
            h ^= c;
            h *= 1099511628211ull;
        }
        h ^= 0xff;
        h *= 1099511628211ull;
    };
    mix(f.rule);
    mix(f.table);
    mix(f.row);
    mix(f.column);
    mix(f.message_en);
    return fmt::format("{:016x}", h);
}

std::vector<Finding> run_rules(const Report& report, const CheckOptions& options) {
    std::vector<Finding> out;
    detail::check_structure(report, out);
    detail::check_cells(report, out);
    detail::check_identities(report, options, out);
    for (auto& f : out) f.fingerprint = fingerprint_of(f);
    std::stable_sort(out.begin(), out.end(), [](const Finding& a, const Finding& b) {
        if (a.pos.line != b.pos.line) return a.pos.line < b.pos.line;
        if (a.pos.column != b.pos.column) return a.pos.column < b.pos.column;
        return a.code < b.code;
    });
    return out;
}

}  // namespace xxgk
