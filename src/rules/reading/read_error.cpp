// read-error: a file that cannot be read as a report (missing, not a regular file, too large,
// binary, bytes of no known encoding, a damaged .docx, table cells that cannot be recovered).
// The loader says why; this is the one place the finding is made.
#include "xxgk/rules.hpp"

namespace xxgk {
namespace rules {

extern const RuleInfo kReadError = {
    .code = "XG001",
    .name = "read-error",
    .severity = Severity::error,
    .summary_zh = "文件无法作为年报读取（不存在、过大、二进制、编码无法识别、表格单元格无法恢复等），退出码 2",
    .summary_en = "The file cannot be read as a report (missing, too large, binary, unknown encoding, cells lost); exit 2",
    .bad_example = "broken-read-error.txt",
    .good_example = "clean-2019.txt"};

}  // namespace rules

Finding read_error(const Error& error) {
    // A reason the loader gives in English only stands in Chinese too.
    return make_finding(rules::kReadError, error.message_zh.empty() ? error.message : error.message_zh, error.message,
                        Position{error.line});
}

}  // namespace xxgk
