#pragma once
// The rule registry and the checks.
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "xxgk/finding.hpp"
#include "xxgk/report.hpp"

namespace xxgk {

struct RuleInfo {
    std::string_view code;  // XG101…; never reused
    std::string_view name;  // kebab-case, a contract
    Severity severity;
    std::string_view summary_zh;
    std::string_view summary_en;
    std::string_view bad_example;   // sample file (under samples/) that fires exactly this rule
    std::string_view good_example;  // sample file that does not fire it
};

std::span<const RuleInfo> rule_registry();
const RuleInfo* find_rule(std::string_view name_or_code);
// The rule's documentation page (docs/rules/NAME.md), compiled in; empty if none.
std::string_view rule_doc(std::string_view name);
// Why the rule exists: the paragraph of its page's "为什么 / Why" section in `lang` ("zh",
// "en"), its wrapped lines joined. The rationale lives on the page alone.
std::string rule_rationale(std::string_view name, std::string_view lang);

enum class BlankPolicy { zero, unknown };

struct CheckOptions {
    BlankPolicy blank = BlankPolicy::zero;
};

// All single-report rules, findings sorted by position then rule.
std::vector<Finding> run_rules(const Report& report, const CheckOptions& options);

}  // namespace xxgk
