// narrative-narrower-scope: a clause of the prose gives the share of one office (代表区政府受理)
// and differs from the report's table: not an error, but a reader takes it for the whole.
#include <fmt/format.h>

#include "rules/prose/statements.hpp"
#include "rules/support.hpp"

namespace xxgk::rules {
namespace {

void check(const Report& report, const CheckOptions&, FindingSink& sink) {
    for (const detail::ProseStatement& s : detail::statements_once(report)) {
        if (s.verdict != detail::Verdict::narrower_scope) continue;
        const Statement& st = s.statement;
        Finding& f = sink.add(
            fmt::format("正文「{}」只说某一机构代办的部分（{}），与{}的 {} 不同：读者容易当作全机关的数，请注明范围",
                        st.text, format_number(st.stated), s.what_zh, format_number(st.table_value)),
            fmt::format("the prose gives one office's share (\"{}\": {}), which differs from {} ({}): readers take it "
                        "for the whole; say what it covers",
                        st.text, format_number(st.stated), s.what_en, format_number(st.table_value)),
            st.pos);
        detail::set_logical_location(f, st.cells.front());
        f.statement = st;
    }
}

}  // namespace

extern const Rule kNarrativeNarrowerScope = {
    {.code = "XG114",
     .name = "narrative-narrower-scope",
     .severity = Severity::warning,
     .summary_zh = "正文给出的是某一机构代办的部分数（如“代表区政府受理”），与表中全机关的数不同",
     .summary_en = "The prose gives one office's share (e.g. 代表区政府受理), which differs from the table's whole",
     .status = RuleStatus::preview,
     .bad_example = "broken-narrative-narrower-scope.txt",
     .good_example = "prose/agree-2021.txt"},
    check};

}  // namespace xxgk::rules
