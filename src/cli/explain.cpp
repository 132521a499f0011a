// `xxgk explain NAME|CODE`: a rule's documentation page, the same text as docs/rules/NAME.md.
#include <iostream>
#include <memory>
#include <string>
#include <string_view>

#include "commands.hpp"
#include "xxgk/rules.hpp"

namespace xxgk::cli {
namespace {

int run_explain(const std::string& wanted) {
    const RuleInfo* rule = find_rule(wanted);
    if (rule == nullptr) {
        std::cerr << "xxgk: unknown rule '" << wanted << "'";
        if (std::string_view near = rule_suggestion(wanted); !near.empty()) {
            std::cerr << "; did you mean '" << near << "'?";
        }
        std::cerr << '\n';
        return kExitUsage;
    }
    // Every rule has its page (a test checks it).
    std::string_view doc = rule_doc(rule->name);
    std::cout << doc;
    if (doc.back() != '\n') std::cout << '\n';
    return kExitOk;
}

}  // namespace

Action setup_explain(CLI::App& app) {
    auto name = std::make_shared<std::string>();
    app.add_option("RULE", *name, "Rule name (e.g. application-balance) or code")->required();
    return [name] { return run_explain(*name); };
}

}  // namespace xxgk::cli
