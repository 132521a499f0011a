// not-a-report: a file found in a folder (a README, a notice, a log) that holds none of the
// tables and none of the section headings: said once, not counted as a file checked. Named on
// the command line, the same file is a read-error.
#include "xxgk/rules.hpp"
#include "xxgk/messages.hpp"

namespace xxgk {
namespace rules {

extern const RuleInfo kNotAReport = {
    .code = "XG002",
    .name = "not-a-report",
    .severity = Severity::note,
    .summary_zh = "文件夹中找到的文件不是年报（没有任何表格和部分标题），已跳过",
    .summary_en = "A file found in a folder is not a report (none of the tables or headings): skipped",
    .bad_example = "broken-not-a-report/",
    .good_example = "clean-2019.txt"};

}  // namespace rules

Finding not_a_report(const Error& why) {
    return make_finding(rules::kNotAReport, "不是年报，已跳过：" + error_text(why, Lang::zh), "skipped, not a report: " + why.message,
                        Position{why.line});
}

}  // namespace xxgk
