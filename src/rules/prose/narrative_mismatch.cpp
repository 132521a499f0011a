// narrative-mismatch: a clause of the prose states a number (or claims 均获维持, 均已结案) that the
// cells it names disagree with.
#include <fmt/format.h>

#include "rules/prose/statements.hpp"
#include "rules/support.hpp"

namespace xxgk::rules {
namespace {

void check(const Report& report, const CheckOptions&, FindingSink& sink) {
    for (const detail::ProseStatement& s : detail::statements_once(report)) {
        if (s.verdict != detail::Verdict::differs) continue;
        const Statement& st = s.statement;
        std::string zh, en;
        if (s.claim) {
            std::string list_zh, list_en;
            for (const std::string& key : st.cells) {
                const Report::CellRef ref = report.lookup(key);
                const double v = ref.cell->value.value_or(0);
                if (v == 0) continue;
                list_zh += fmt::format("{}{} 为 {}", list_zh.empty() ? "" : "，", detail::cell_name_zh(key, ref.label),
                                       format_number(v));
                list_en += fmt::format("{}{} holds {}", list_en.empty() ? "" : ", ", detail::cell_name_en(key, ref.label),
                                       format_number(v));
            }
            zh = fmt::format("正文称「{}」，但{}不全为 0：{}", st.text, s.what_zh, list_zh);
            en = fmt::format("the prose claims \"{}\", but {} are not all 0: {}", st.text, s.what_en, list_en);
        } else {
            zh = fmt::format("正文「{}」与表格不符：正文为 {}，{}为 {}{}", st.text, format_number(st.stated), s.what_zh,
                             format_number(st.table_value), s.also_zh);
            en = fmt::format("the prose says {} (\"{}\"), but {} is {}{}", format_number(st.stated), st.text, s.what_en,
                             format_number(st.table_value), s.also_en);
        }
        Finding& f = sink.add(std::move(zh), std::move(en), st.pos);
        detail::set_logical_location(f, st.cells.front());
        f.statement = st;
    }
}

}  // namespace

extern const Rule kNarrativeMismatch = {
    {.code = "XG113",
     .name = "narrative-mismatch",
     .severity = Severity::error,
     .summary_zh = "正文复述表格的数字（受理、办结、予以公开、复议、诉讼……）与表中对应单元格不符",
     .summary_en = "A number the prose restates (received, handled, granted, reviews, lawsuits…) differs from its cells",
     .status = RuleStatus::preview,
     .bad_example = "broken-narrative-mismatch.txt",
     .good_example = "prose/agree-2021.txt"},
    check};

}  // namespace xxgk::rules
