// "Did you mean": the name nearest to a mistyped one (a rule, a config key, an issuer).

#include <algorithm>
#include <vector>

#include "util/utf8.hpp"
#include "xxgk/rules.hpp"

namespace xxgk {
namespace {

std::u32string code_points(std::string_view s) {
    std::u32string out;
    for (std::size_t i = 0; i < s.size();) out += util::next_code_point(s, i);
    return out;
}

}  // namespace

// Counted in characters, not bytes: 监督管理局 and 监管局 are 2 edits apart, not 6.
std::size_t edit_distance(std::string_view a_text, std::string_view b_text) {
    const std::u32string a = code_points(a_text), b = code_points(b_text);
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
            diagonal = above;
        }
    }
    return row[b.size()];
}

std::string_view nearest_name(std::string_view wanted, const std::vector<std::string_view>& candidates) {
    constexpr std::size_t kMaxDistance = 3;
    std::string_view best;
    std::size_t best_distance = kMaxDistance + 1;
    for (std::string_view candidate : candidates) {
        std::size_t d = edit_distance(wanted, candidate);
        if (d < best_distance) {
            best = candidate;
            best_distance = d;
        }
    }
    return best;
}

std::string_view rule_suggestion(std::string_view wanted) {
    std::vector<std::string_view> candidates;
    for (const RuleInfo& r : rule_registry()) {
        candidates.push_back(r.name);
        candidates.push_back(r.code);
    }
    return nearest_name(wanted, candidates);
}

}  // namespace xxgk
