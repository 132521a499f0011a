// `--format gcc`: exactly one line per finding (and per unreadable or skipped file), nothing else.
#include <catch2/catch.hpp>

#include "reporter_fixture.hpp"

using namespace xxgk;

TEST_CASE("gcc: one line per finding · .docx places in the header · nothing else") {
    std::vector<FileResult> results = fixture::results();
    results[0].findings.pop_back();  // the odd note has a line break: see the next case
    CHECK(fixture::render(write_gcc, results) ==
          "a.txt:329:2: error: 申请人「自然人」列：一 + 二 ≠ （七）总计 + 四（61 ≠ 60，差 1） [application-balance]\n"
          "a.txt: warning: 未找到第五部分的标题「五、存在的主要问题及改进情况」 [section-missing]\n"
          "dir/报告 2023.docx（第 2 个表格，第 11 行，第 2 格）: error: 申请人「自然人」列：一 + 二 ≠ （七）总计 + 四（61 ≠ 60，差 1） [application-balance]\n"
          "dir/报告 2023.docx（第 12 段）: warning: 报告年度为 2020 年，却使用了 2021 年起施行的新版格式 [template-year-mismatch]\n"
          "missing.txt: error: no such file or directory [read-error]\n"
          "bad.txt:7: error: invalid byte sequence [read-error]\n"
          "notes/README.md: note: 不是年报，已跳过：no report found [not-a-report]\n");
    CHECK(fixture::render(write_gcc, {results[1]}, "en") ==
          "dir/报告 2023.docx (table 2, row 11, cell 2): error: column \"natural persons\": received + carried over ≠ total handled + carried forward (61 ≠ 60, difference 1) [application-balance]\n"
          "dir/报告 2023.docx (paragraph 12): warning: the report is for 2020 but uses the 2021 template [template-year-mismatch]\n");
    CHECK(fixture::render(write_gcc, std::vector<FileResult>{}).empty());
}
