// in-force-below-net-issued: 2021 table 二, 现行有效件数 below 本年制发件数 − 本年废止件数.
#include <array>

#include <fmt/format.h>

#include "rules/cells/table_two.hpp"

namespace xxgk::rules {
namespace {

void check(const Report& r, const CheckOptions&, FindingSink& sink) {
    static constexpr std::array<std::string_view, 3> kColumns = {"issued", "repealed", "in_force"};
    detail::for_each_active_row(r, kColumns, [&](const std::string& key, const ActiveRow& row, auto cells) {
        const CellValue& issued = *cells[0];
        const CellValue& repealed = *cells[1];
        const CellValue& in_force = *cells[2];
        const double net = *issued.value - *repealed.value;
        if (*in_force.value >= net) return;
        Finding& f = sink.add(
            fmt::format("表二「{}」现行有效件数 {} 小于本年制发件数 {} 减本年废止件数 {}（{}）：本年制发而未废止的文件"
                        "应当仍然有效",
                        row.label, in_force.raw, issued.raw, repealed.raw, format_number(net)),
            fmt::format("table 二 \"{}\": 现行有效件数 (in force, {}) is below 本年制发件数 (issued, {}) minus "
                        "本年废止件数 (repealed, {}), {}: what was issued this year and not repealed is in force",
                        row.label, in_force.raw, issued.raw, repealed.raw, format_number(net)),
            in_force.pos);
        detail::set_logical_location(f, key + ".in_force");
    });
}

}  // namespace

extern const Rule kInForceBelowNetIssued = {
    {.code = "XG223",
     .name = "in-force-below-net-issued",
     .severity = Severity::warning,
     .summary_zh = "2021版表二：现行有效件数小于本年制发件数减本年废止件数",
     .summary_en = "2021 table 2: documents in force fewer than issued minus repealed this year",
     .status = RuleStatus::preview,
     .bad_example = "broken-in-force-below-net-issued.txt",
     .good_example = "clean-2021.txt"},
    check};

}  // namespace xxgk::rules
