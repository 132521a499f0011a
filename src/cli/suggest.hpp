#pragma once
// "Did you mean": the name nearest to a mistyped one (a rule, a config key).
#include <string>
#include <string_view>
#include <vector>

namespace xxgk::cli {

// The candidate nearest to `wanted` (at most 3 edits away); empty when none is that close.
std::string_view nearest_name(std::string_view wanted, const std::vector<std::string_view>& candidates);

// Empty when nothing is close enough to be a typo.
std::string_view rule_suggestion(std::string_view wanted);

}  // namespace xxgk::cli
