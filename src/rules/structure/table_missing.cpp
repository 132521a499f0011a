// table-missing: table 二, 三 or 四 not found by its anchors.
#include <fmt/format.h>

#include "rules/support.hpp"

namespace xxgk::rules {
namespace {

Position section_pos(const Report& r, std::string_view key) {
    for (const auto& s : r.sections)
        if (s.key == key) return s.pos;
    return {};
}

void check(const Report& r, const CheckOptions&, FindingSink& sink) {
    if (detail::outside_templates(r)) return;  // no template to miss a table of
    // pos: where the table's rows start, known when they were found (blank or not).
    struct T { bool present; Position pos; std::string_view key; };
    const T list[] = {
        {r.active.present, r.active.pos, "active_disclosure"},
        {r.applications.present, r.applications.pos, "applications"},
        {r.review.present, r.review.pos, "review_litigation"},
    };
    for (const auto& t : list) {
        // Found with every cell blank (its rows seen): table-blank says so, not "not found".
        if (t.present || t.pos.known()) continue;
        Finding& f = sink.add(fmt::format("未找到{}", detail::table_name_zh(t.key)),
                              fmt::format("{} not found", detail::table_name_en(t.key)), section_pos(r, t.key));
        f.table = std::string(t.key);
    }
}

}  // namespace

extern const Rule kTableMissing = {
    {.code = "XG201",
     .name = "table-missing",
     .severity = Severity::error,
     .summary_zh = "未找到表二、表三或表四（按表内锚点查找）",
     .summary_en = "Table 2, 3 or 4 not found (tables are located by their internal anchors)",
     .bad_example = "broken-table-missing.txt",
     .good_example = "clean-2019.txt"},
    check};

}  // namespace xxgk::rules
