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

Finding make_finding(std::string_view rule, std::string zh, std::string en, Position pos) {
    Finding f;
    f.rule = std::string(rule);
    if (const RuleInfo* info = find_rule(rule)) {
        f.code = std::string(info->code);
        f.severity = info->severity;
    }
    f.message_zh = std::move(zh);
    f.message_en = std::move(en);
    f.pos = pos;
    return f;
}

}  // namespace xxgk
