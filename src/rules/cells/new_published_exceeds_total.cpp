// new-published-exceeds-total: 2019 table 二, a row's 本年新公开数量 above its 对外公开总数量.
#include <array>

#include <fmt/format.h>

#include "rules/cells/table_two.hpp"

namespace xxgk::rules {
namespace {

void check(const Report& r, const CheckOptions&, FindingSink& sink) {
    static constexpr std::array<std::string_view, 2> kColumns = {"new_published", "total_published"};
    detail::for_each_active_row(r, kColumns, [&](const std::string& key, const ActiveRow& row, auto cells) {
        const CellValue& fresh = *cells[0];
        const CellValue& total = *cells[1];
        if (*fresh.value <= *total.value) return;
        Finding& f = sink.add(
            fmt::format("表二「{}」本年新公开数量 {} 大于对外公开总数量 {}：本年新公开的文件也在对外公开的总数之中",
                        row.label, fresh.raw, total.raw),
            fmt::format("table 二 \"{}\": 本年新公开数量 (published this year, {}) exceeds 对外公开总数量 (total "
                        "published, {}): what was published this year is part of the total",
                        row.label, fresh.raw, total.raw),
            fresh.pos);
        detail::set_logical_location(f, key + ".new_published");
    });
}

}  // namespace

extern const Rule kNewPublishedExceedsTotal = {
    {.code = "XG221",
     .name = "new-published-exceeds-total",
     .severity = Severity::warning,
     .summary_zh = "2019版表二：本年新公开数量大于对外公开总数量",
     .summary_en = "2019 table 2: published this year exceeds the total published",
     .status = RuleStatus::preview,
     .bad_example = "broken-new-published-exceeds-total.txt",
     .good_example = "clean-2019.txt"},
    check};

}  // namespace xxgk::rules
