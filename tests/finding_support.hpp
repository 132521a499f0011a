#pragma once
// A finding as a rule makes it, for tests that need one without running the rule.
#include <string>
#include <string_view>

#include "xxgk/rules.hpp"

namespace test {

// Stamped with the registered rule's code and severity; a name no rule has keeps an empty code
// and the severity error (tests of reporters use made-up rules too).
inline xxgk::Finding finding(std::string_view rule, std::string zh, std::string en, xxgk::Position pos = {}) {
    if (const xxgk::RuleInfo* info = xxgk::find_rule(rule)) return xxgk::make_finding(*info, std::move(zh), std::move(en), pos);
    xxgk::Finding f;
    f.rule = std::string(rule);
    f.message_zh = std::move(zh);
    f.message_en = std::move(en);
    f.pos = pos;
    return f;
}

}  // namespace test
