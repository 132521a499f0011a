#pragma once
// The totals an office reads first, per report: the columns of `extract --format csv --wide`
// and of the workbook's 汇总 sheet.
#include <array>
#include <optional>
#include <string_view>

#include "xxgk/report.hpp"

namespace xxgk::detail {

struct KeyTotal {
    std::string_view key;  // a column name in English files (CSV)
    std::string_view zh, en;  // a column title
};

inline constexpr std::array<KeyTotal, 8> kKeyTotals = {{
    {"new_received", "新收", "new applications"},
    {"carried_over", "上年结转", "carried over"},
    {"results_total", "办结（七）总计", "results total"},
    {"carried_forward", "结转下年度", "carried forward"},
    {"review_total", "复议总计", "reviews total"},
    {"litigation_total", "诉讼总计", "lawsuits total"},
    {"normative_issued", "规范性文件制发", "normative documents issued"},
    {"normative_in_force", "规范性文件现行有效", "normative documents in force"},
}};

// In kKeyTotals order; nullopt where the report has no readable value (诉讼总计: both groups
// of table 四 needed; 规范性文件: the 2021 template's table 二 only).
std::array<std::optional<double>, kKeyTotals.size()> key_totals(const Report& report);

}  // namespace xxgk::detail
