// prose-not-verified: a clause of the prose states a number (or claims 均获维持) for cells that
// are missing or could not be read: the statement was not compared, and the user is told so.
#include <fmt/format.h>

#include "rules/prose/statements.hpp"
#include "rules/support.hpp"

namespace xxgk::rules {
namespace {

void check(const Report& report, const CheckOptions&, FindingSink& sink) {
    for (const detail::ProseStatement& s : detail::statements_once(report)) {
        if (s.verdict != detail::Verdict::not_verified) continue;
        const Statement& st = s.statement;
        std::string missing_zh, missing_en;
        for (const std::string& key : st.cells) {
            const Report::CellRef ref = report.lookup(key);
            if (ref.cell && !ref.cell->unreadable) continue;
            const bool absent = ref.cell == nullptr;
            missing_zh += fmt::format("{}{}{}", missing_zh.empty() ? "" : "、", detail::cell_name_zh(key, ref.label),
                                      absent ? "缺失" : "无法读取");
            missing_en += fmt::format("{}{} is {}", missing_en.empty() ? "" : "; ", detail::cell_name_en(key, ref.label),
                                      absent ? "missing" : "unreadable");
        }
        const std::string what_zh = s.claim ? fmt::format("「{}」，", st.text)
                                            : fmt::format("「{}」中的 {}，", st.text, format_number(st.stated));
        const std::string what_en = s.claim ? fmt::format("\"{}\"", st.text)
                                            : fmt::format("{} (\"{}\")", format_number(st.stated), st.text);
        Finding& f = sink.add(fmt::format("正文{}未能与表格核对：{}", what_zh, missing_zh),
                              fmt::format("the prose's {} was not compared with the tables: {}", what_en, missing_en),
                              st.pos);
        detail::set_logical_location(f, st.cells.front());
    }
}

}  // namespace

extern const Rule kProseNotVerified = {
    {.code = "XG116",
     .name = "prose-not-verified",
     .severity = Severity::note,
     .summary_zh = "正文所述数字对应的表格单元格缺失或无法读取，未能核对",
     .summary_en = "A number the prose states could not be compared: its cells are missing or unreadable",
     .status = RuleStatus::preview,
     .bad_example = "broken-prose-not-verified.txt",
     .good_example = "prose/agree-2021.txt"},
    check};

}  // namespace xxgk::rules
