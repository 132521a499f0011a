// received-counts-carried-over: the prose's count of applications received equals 新收 plus
// 上年结转: the office counts the carried-over ones as received. Not an error.
#include <fmt/format.h>

#include "rules/prose/statements.hpp"
#include "rules/support.hpp"
#include "xxgk/identity.hpp"

namespace xxgk::rules {
namespace {

void check(const Report& report, const CheckOptions&, FindingSink& sink) {
    for (const detail::ProseStatement& s : detail::statements_once(report)) {
        if (s.verdict != detail::Verdict::counts_carried_over) continue;
        const Statement& st = s.statement;
        const double carried = report.cell_at(application_cell("carried_over", "total"))->value.value_or(0);
        Finding& f = sink.add(
            fmt::format("正文「{}」的 {} 等于表三新收申请 {} 加上年结转 {}：正文把上年结转的申请也算作收到的申请",
                        st.text, format_number(st.stated), format_number(st.table_value), format_number(carried)),
            fmt::format("the prose's {} (\"{}\") is table 三's new applications {} plus the {} carried over: it counts "
                        "the carried-over applications as received",
                        format_number(st.stated), st.text, format_number(st.table_value), format_number(carried)),
            st.pos);
        detail::set_logical_location(f, st.cells.front());
        f.statement = st;
    }
}

}  // namespace

extern const Rule kReceivedCountsCarriedOver = {
    {.code = "XG115",
     .name = "received-counts-carried-over",
     .severity = Severity::note,
     .summary_zh = "正文所说的受理申请数等于表三新收加上年结转：把结转的申请也算作收到的申请",
     .summary_en = "The prose's count of applications received is new plus carried over: it counts carried-over ones",
     .status = RuleStatus::preview,
     .bad_example = "broken-received-counts-carried-over.txt",
     .good_example = "prose/agree-2021.txt"},
    check};

}  // namespace xxgk::rules
