// `xxgk explain NAME|CODE`: a rule's documentation page, the same text as docs/rules/NAME.md.
#include <algorithm>
#include <iostream>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "commands.hpp"
#include "xxgk/rules.hpp"

namespace xxgk::cli {
namespace {

std::size_t edit_distance(std::string_view a, std::string_view b) {
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

// The registered name or code nearest to `wanted`, if it is close enough to be a typo.
std::string_view suggestion(std::string_view wanted) {
    constexpr std::size_t kMaxDistance = 3;
    std::string_view best;
    std::size_t best_distance = kMaxDistance + 1;
    for (const RuleInfo& r : rule_registry()) {
        for (std::string_view candidate : {r.name, r.code}) {
            std::size_t d = edit_distance(wanted, candidate);
            if (d < best_distance) {
                best = candidate;
                best_distance = d;
            }
        }
    }
    return best;
}

int run_explain(const std::string& wanted) {
    const RuleInfo* rule = find_rule(wanted);
    if (rule == nullptr) {
        std::cerr << "xxgk: unknown rule '" << wanted << "'";
        if (std::string_view near = suggestion(wanted); !near.empty()) {
            std::cerr << "; did you mean '" << near << "'?";
        }
        std::cerr << '\n';
        return kExitUsage;
    }
    std::string_view doc = rule_doc(rule->name);
    if (doc.empty()) {
        // Every rule should have a page (a test checks it); until then, the registry's words.
        std::cout << rule->name << " (" << rule->code << ", " << severity_name(rule->severity)
                  << ")\n\n" << rule->summary_zh << '\n' << rule->summary_en << "\n\n"
                  << rule->rationale_zh << '\n' << rule->rationale_en << '\n';
        return kExitOk;
    }
    std::cout << doc;
    if (doc.back() != '\n') std::cout << '\n';
    return kExitOk;
}

}  // namespace

Run setup_explain(CLI::App& app) {
    auto name = std::make_shared<std::string>();
    app.add_option("RULE", *name, "Rule name (e.g. application-balance) or code")->required();
    return [name] { return run_explain(*name); };
}

}  // namespace xxgk::cli
