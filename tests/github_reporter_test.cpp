// GitHub Actions: workflow commands with their escaping, and the step summary's table.
#include <catch2/catch.hpp>

#include "reporter_fixture.hpp"

using namespace xxgk;

namespace {

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    for (std::size_t start = 0, end; start < text.size(); start = end + 1) {
        end = text.find('\n', start);
        out.push_back(text.substr(start, end - start));
    }
    return out;
}

std::string summary(const Outcome& o, std::string lang = "zh", std::string docs_url = "") {
    std::ostringstream out;
    ReportStyle style;
    style.lang = *lang_from_name(lang);
    style.rule_docs_url = std::move(docs_url);
    write_github_summary(out, o, style);
    return out.str();
}

}  // namespace

TEST_CASE("github: one workflow command per finding · escaped · one line each") {
    const std::vector<FileResult> results = fixture::results();
    std::vector<std::string> out = lines(fixture::render(write_github, results));
    REQUIRE(out.size() == 8);  // 5 findings, 2 unreadable files, 1 skipped
    CHECK(out[0].starts_with("::error file=a.txt,line=329,col=2,title=application-balance (XG101)::"
                             "申请人「自然人」列：一 + 二 ≠ （七）总计 + 四（61 ≠ 60，差 1）%0A"
                             "     58  一、本年新收政府信息公开申请数量  a.txt:104%0A"));
    CHECK(out[0].ends_with("%0A  =  60"));
    CHECK(out[1] == "::warning file=a.txt,title=section-missing (XG202)::未找到第五部分的标题「五、存在的主要问题及改进情况」");
    // Data: %, CR and LF escaped; the control character from the file shown as an escape
    // (GitHub's log would render an escape sequence).
    CHECK(out[2] == "::notice file=a.txt,line=29,col=2,title=row-unknown (XG204)::"
                    "表二有模板之外的行「<其他> & \"文件\" 'x' 100%25, a:b%0Ac\\x01d」，未参与校验");
    CHECK(out[3].starts_with("::error file=dir/报告 2023.docx,title=application-balance (XG101)::"
                             "申请人「自然人」列：一 + 二 ≠ （七）总计 + 四（61 ≠ 60，差 1）（第 2 个表格，第 11 行，第 2 格）%0A"));
    CHECK(out[4] == "::warning file=dir/报告 2023.docx,title=template-year-mismatch (XG207)::"
                    "报告年度为 2020 年，却使用了 2021 年起施行的新版格式（第 12 段）");
    CHECK(out[5] == "::error file=missing.txt,title=read-error (XG001)::no such file or directory");
    CHECK(out[6] == "::error file=bad.txt,line=7,title=read-error (XG001)::invalid byte sequence");
    CHECK(out[7] == "::notice file=notes/README.md,title=not-a-report (XG002)::不是年报，已跳过：no report found");
}

TEST_CASE("github: properties escape the colon and the comma as well as % · CR and LF") {
    Finding f = fixture::section_missing();
    std::vector<FileResult> results = {fixture::file("a,b:c%d\ne.txt", {f})};
    CHECK(fixture::render(write_github, results) ==
          "::warning file=a%2Cb%3Ac%25d%0Ae.txt,title=section-missing (XG202)::"
          "未找到第五部分的标题「五、存在的主要问题及改进情况」\n");
}

TEST_CASE("github: the step summary lists every finding in a Markdown table · rule names, no link without a home") {
    const std::vector<FileResult> results = fixture::results();
    CHECK(summary(Outcome{.results = results}) ==
          "### xxgk\n\n"
          "共检查 5 个文件：1 个无问题，2 个有问题，2 个无法读取；错误 2，警告 2，提示 1；跳过 1 个非年报文件。\n\n"
          "| 文件 | 位置 | 级别 | 规则 | 说明 |\n"
          "| --- | --- | --- | --- | --- |\n"
          "| a.txt | 329:2 | error | `application-balance` | 申请人「自然人」列：一 + 二 ≠ （七）总计 + 四（61 ≠ 60，差 1） |\n"
          "| a.txt |  | warning | `section-missing` | 未找到第五部分的标题「五、存在的主要问题及改进情况」 |\n"
          "| a.txt | 29:2 | note | `row-unknown` | 表二有模板之外的行「&lt;其他&gt; &amp; \"文件\" 'x' 100%, a:b<br>c\x01" "d」，未参与校验 |\n"
          "| dir/报告 2023.docx | 第 2 个表格，第 11 行，第 2 格 | error | `application-balance` | 申请人「自然人」列：一 + 二 ≠ （七）总计 + 四（61 ≠ 60，差 1） |\n"
          "| dir/报告 2023.docx | 第 12 段 | warning | `template-year-mismatch` | 报告年度为 2020 年，却使用了 2021 年起施行的新版格式 |\n"
          "| missing.txt |  | error | `read-error` | no such file or directory |\n"
          "| bad.txt | 7 | error | `read-error` | invalid byte sequence |\n\n");
    std::vector<FileResult> pipes = {fixture::file("a|b_*.txt", {fixture::section_missing()})};
    CHECK(summary(Outcome{.results = pipes}, "en").find("| a\\|b\\_\\*.txt |  | warning |") != std::string::npos);
    CHECK(summary(Outcome{.results = pipes}, "en").find("| File | Line | Severity | Rule | Message |") != std::string::npos);
}

TEST_CASE("github: the step summary links each rule to its page where the pages are published") {
    const std::vector<FileResult> results = {fixture::file("a.txt", {fixture::section_missing()})};
    const std::string row =
        "| a.txt |  | warning | [section-missing](https://example.org/xxgk/blob/0123abc/docs/rules/section-missing.md) |";
    // With or without the closing slash.
    CHECK(summary(Outcome{.results = results}, "zh", "https://example.org/xxgk/blob/0123abc/docs/rules/").find(row) !=
          std::string::npos);
    CHECK(summary(Outcome{.results = results}, "zh", "https://example.org/xxgk/blob/0123abc/docs/rules").find(row) !=
          std::string::npos);
    CHECK(summary(Outcome{.results = results}).find("| `section-missing` |") != std::string::npos);
}

TEST_CASE("github: past 10 annotations of a type the summary says GitHub shows only 10") {
    std::vector<Finding> many(11, fixture::section_missing());
    std::vector<FileResult> results = {fixture::file("a.txt", many)};
    CHECK(summary(Outcome{.results = results}).find("只显示前 10 个") != std::string::npos);
    CHECK(summary(Outcome{.results = results}, "en").find("only the first 10 annotations") != std::string::npos);
    results[0].findings.pop_back();
    CHECK(summary(Outcome{.results = results}).find("只显示前 10 个") == std::string::npos);
    CHECK(lines(fixture::render(write_github, results)).size() == 10);  // all printed anyway
}

TEST_CASE("github: the summary lists a baseline's stale entries") {
    std::vector<FileResult> results = {fixture::file("a.txt", {})};
    Outcome o{.results = results, .baseline = true, .suppressed = 1,
              .stale = {{"00000000000000ff", "review-total", "a.txt", "gone"}}};
    CHECK(summary(o, "en").ends_with("Baseline entries that no longer occur (they can be removed):\n\n"
                                     "- a.txt: gone (review-total)\n\n"));
}

TEST_CASE("github: a clause of a .docx paragraph · its character in the annotation and the summary") {
    Position at;
    at.paragraph = 9;
    at.column = 53;
    std::vector<FileResult> results = {
        fixture::file("a.docx", {test::finding("narrative-mismatch", "正文「不予处理11件」与表格不符", "the prose says 11", at)})};
    CHECK(lines(fixture::render(write_github, results))[0] ==
          "::error file=a.docx,title=narrative-mismatch (XG113)::正文「不予处理11件」与表格不符（第 9 段，第 53 字）");
    CHECK(summary(Outcome{.results = results}).find("| a.docx | 第 9 段，第 53 字 | error |") != std::string::npos);
    CHECK(summary(Outcome{.results = results}, "en").find("| a.docx | paragraph 9, character 53 | error |") !=
          std::string::npos);
}
