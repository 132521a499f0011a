// change-exceeds-previous-count: 2019 table 二, 上一年项目数量 + 本年增/减 below zero (more
// items dropped than there were).
#include <array>

#include <fmt/format.h>

#include "rules/cells/table_two.hpp"

namespace xxgk::rules {
namespace {

void check(const Report& r, const CheckOptions&, FindingSink& sink) {
    static constexpr std::array<std::string_view, 2> kColumns = {"previous_count", "change"};
    detail::for_each_active_row(r, kColumns, [&](const std::string& key, const ActiveRow& row, auto cells) {
        const CellValue& previous = *cells[0];
        const CellValue& change = *cells[1];
        const double now = *previous.value + *change.value;
        if (now >= 0) return;
        Finding& f = sink.add(
            fmt::format("表二「{}」上一年项目数量 {} 加本年增/减 {} 为 {}：本年减少的项目不会多于上一年的项目",
                        row.label, previous.raw, change.raw, format_number(now)),
            fmt::format("table 二 \"{}\": 上一年项目数量 (items last year, {}) plus 本年增/减 (change, {}) is {}: "
                        "no more items can go than there were",
                        row.label, previous.raw, change.raw, format_number(now)),
            change.pos);
        detail::set_logical_location(f, key + ".change");
    });
}

}  // namespace

extern const Rule kChangeExceedsPreviousCount = {
    {.code = "XG222",
     .name = "change-exceeds-previous-count",
     .severity = Severity::warning,
     .summary_zh = "2019版表二：上一年项目数量加本年增/减小于零",
     .summary_en = "2019 table 2: items last year plus this year's change is below zero",
     .status = RuleStatus::preview,
     .bad_example = "broken-change-exceeds-previous-count.txt",
     .good_example = "clean-2019.txt"},
    check};

}  // namespace xxgk::rules
