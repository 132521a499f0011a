// `xxgk rules`: the registry as an aligned table, one rule per line.
#include <algorithm>
#include <iostream>
#include <memory>
#include <string>

#include <fmt/format.h>

#include "commands.hpp"
#include "ui_lang.hpp"
#include "xxgk/rules.hpp"

namespace xxgk::cli {
namespace {

int run_rules(const std::string& lang) {
    std::size_t code_w = 0, name_w = 0, severity_w = 0;
    for (const RuleInfo& r : rule_registry()) {
        code_w = std::max(code_w, r.code.size());
        name_w = std::max(name_w, r.name.size());
        severity_w = std::max(severity_w, severity_name(r.severity).size());
    }
    for (const RuleInfo& r : rule_registry()) {
        std::cout << fmt::format("{:<{}}  {:<{}}  {:<{}}  {}\n", r.code, code_w, r.name, name_w,
                                 severity_name(r.severity), severity_w,
                                 lang == "en" ? r.summary_en : r.summary_zh);
    }
    return kExitOk;
}

}  // namespace

Action setup_rules(CLI::App& app) {
    auto lang = std::make_shared<std::string>(lang_name(ui_lang()));
    app.add_option("--lang", *lang, ui(Msg::help_rules_lang))
        ->check(CLI::IsMember({"zh", "en"}))
        ->capture_default_str();
    return [lang] { return run_rules(*lang); };
}

}  // namespace xxgk::cli
