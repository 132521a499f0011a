// `xxgk explain NAME|CODE`: a rule's documentation page, the same text as docs/rules/NAME.md.
#include <iostream>
#include <memory>
#include <string>
#include <string_view>

#include "commands.hpp"
#include "ui_lang.hpp"
#include "xxgk/rules.hpp"

namespace xxgk::cli {
namespace {

int run_explain(const std::string& wanted) {
    const RuleInfo* rule = find_rule(wanted);
    if (rule == nullptr) {
        const std::string_view near = rule_suggestion(wanted);
        std::cerr << "xxgk: "
                  << (near.empty() ? ui(Msg::cli_explain_unknown, {wanted}) : ui(Msg::cli_explain_unknown_near, {wanted, near}))
                  << '\n';
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
    app.add_option("RULE", *name, ui(Msg::help_explain_rule))->required();
    return [name] { return run_explain(*name); };
}

}  // namespace xxgk::cli
