// table-blank: a table found with every cell blank: nothing in it can be checked. Said once per
// table, the same for tables 二, 三 and 四 (its cells are not repeated by blank-in-identity).
#include <fmt/format.h>

#include "rules/cells/cells.hpp"

namespace xxgk::rules {
namespace {

Position where(const Report& r, std::string_view table) {
    if (table == "active_disclosure") return r.active.pos;
    if (table == "applications") return r.applications.pos;
    return r.review.pos;
}

void check(const Report& report, const CheckOptions&, FindingSink& sink) {
    for (std::string_view table : detail::blank_tables(report)) {
        Finding& f = sink.add(
            fmt::format("{}的单元格全部空白，没有任何数值：其等式无法核对", detail::table_name_zh(table)),
            fmt::format("{} has no value at all (every cell is blank): its identities cannot be checked",
                        detail::table_name_en(table)),
            where(report, table));
        f.table = std::string(table);
    }
}

}  // namespace

extern const Rule kTableBlank = {
    {.code = "XG215",
     .name = "table-blank",
     .severity = Severity::warning,
     .summary_zh = "表二、表三或表四的单元格全部空白：其等式无法核对",
     .summary_en = "Table 二, 三 or 四 with every cell blank: its identities cannot be checked",
     .status = RuleStatus::preview,
     .bad_example = "broken-table-blank.txt",
     .good_example = "clean-2021.txt"},
    check};

}  // namespace xxgk::rules
