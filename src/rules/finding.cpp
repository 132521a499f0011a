// Findings as the rules make them (stamped with their rule) and numbers as findings print them.
#include "xxgk/finding.hpp"

#include <fmt/format.h>

#include <cmath>

#include "xxgk/rules.hpp"

namespace xxgk {

std::string format_number(double v) {
    if (!std::isfinite(v)) return fmt::format("{}", v);
    if (v == std::trunc(v) && std::fabs(v) < 9.0e15) return fmt::format("{}", static_cast<long long>(v));
    std::string s = fmt::format("{:.4f}", v);
    s.erase(s.find_last_not_of('0') + 1);
    if (s.back() == '.') s.pop_back();
    return s == "-0" ? "0" : s;
}

Finding make_finding(const RuleInfo& rule, std::string zh, std::string en, Position pos) {
    Finding f;
    f.rule = std::string(rule.name);
    f.code = std::string(rule.code);
    f.severity = rule.severity;
    f.message_zh = std::move(zh);
    f.message_en = std::move(en);
    f.pos = pos;
    return f;
}

Finding& FindingSink::add(std::string zh, std::string en, Position pos) {
    out_.push_back(make_finding(rule_, std::move(zh), std::move(en), pos));
    return out_.back();
}

Finding& CrossSink::add(std::size_t index, std::string zh, std::string en, Position pos) {
    out_.emplace_back(index, make_finding(rule_, std::move(zh), std::move(en), pos));
    return out_.back().second;
}

}  // namespace xxgk
