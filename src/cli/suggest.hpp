#pragma once
// "Did you mean": the registered rule name or code nearest to a mistyped one.
#include <string_view>

namespace xxgk::cli {

// Empty when nothing is close enough to be a typo.
std::string_view rule_suggestion(std::string_view wanted);

}  // namespace xxgk::cli
