// --select / --ignore: the rules a run keeps, named by name or code.
#include <algorithm>
#include <cctype>

#include "xxgk/messages.hpp"
#include "xxgk/rules.hpp"

namespace xxgk {
namespace {

// Adds the rule `given` names to `into`; an Error when there is no such rule.
std::optional<Error> add(std::set<std::string, std::less<>>& into, const std::string& given, std::string_view option) {
    std::string wanted = given;
    // Names are lower-case kebab, codes are compared ignoring case anyway.
    std::transform(wanted.begin(), wanted.end(), wanted.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    wanted.erase(0, wanted.find_first_not_of(' '));
    wanted.erase(wanted.find_last_not_of(' ') + 1);
    if (wanted.empty()) return std::nullopt;  // "a,,b" or a trailing comma
    if (const RuleInfo* rule = find_rule(wanted)) {
        into.insert(std::string(rule->name));
        return std::nullopt;
    }
    if (std::string_view near = rule_suggestion(wanted); !near.empty())
        return error_of(Msg::unknown_rule_near, {option, given, near});
    return error_of(Msg::unknown_rule, {option, given});
}

}  // namespace

Result<RuleFilter> make_rule_filter(const std::vector<std::string>& select,
                                    const std::vector<std::string>& ignore) {
    RuleFilter filter;
    for (const std::string& s : select)
        if (auto e = add(filter.select, s, "--select")) return *e;
    for (const std::string& s : ignore)
        if (auto e = add(filter.ignore, s, "--ignore")) return *e;
    return filter;
}

}  // namespace xxgk
