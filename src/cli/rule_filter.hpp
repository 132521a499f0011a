#pragma once
// --select / --ignore: which rules' findings are reported (and count for the exit code).
#include <set>
#include <string>
#include <vector>

#include "xxgk/check.hpp"
#include "xxgk/error.hpp"

namespace xxgk::cli {

struct RuleFilter {
    std::set<std::string> select;  // rule names; empty: every rule
    std::set<std::string> ignore;  // rule names
    bool keeps(const std::string& rule) const {
        return (select.empty() || select.contains(rule)) && !ignore.contains(rule);
    }
};

// Names or codes, any case ("XG101", "xg101", "Application-Balance"); an unknown one is an
// Error naming the option and the nearest rule.
Result<RuleFilter> make_rule_filter(const std::vector<std::string>& select,
                                    const std::vector<std::string>& ignore);

// Drops the findings the filter does not keep; a file left without findings is clean.
void apply_rule_filter(FileResult& result, const RuleFilter& filter);

}  // namespace xxgk::cli
