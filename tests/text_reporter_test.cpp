// The text reporter's whole output is an interface (editors and people read it): assert it all.
#include <catch2/catch.hpp>

#include <sstream>

#include "reporters/width.hpp"
#include "xxgk/rules.hpp"
#include "xxgk/reporters.hpp"

using namespace xxgk;

namespace {

Term term(std::string cell, std::string label, std::optional<double> value, int line,
          bool blank = false) {
    Term t;
    t.cell = std::move(cell);
    t.label = std::move(label);
    t.value = value;
    t.blank = blank;
    t.pos = {line, 2};
    return t;
}

Finding balance_finding() {
    Finding f;
    f.rule = "application-balance";
    f.code = "XG101";
    f.severity = Severity::error;
    f.message_zh = "申请人「自然人」列：一 + 二 ≠ （七）总计 + 四（61 ≠ 60，差 1）";
    f.message_en = "applicant column natural person: 1 + 2 != (7) total + 4 (61 != 60, off by 1)";
    f.pos = {329, 2};
    IdentityDetail id;
    id.id = "application-balance/natural_person";
    id.lhs.terms = {term("applications.new_received.natural_person", "一、本年新收政府信息公开申请数量", 58, 104),
                    term("applications.carried_over.natural_person", "二、上年结转政府信息公开申请数量", 3, 113)};
    id.lhs.sum = 61;
    id.rhs.terms = {term("applications.results_total.natural_person", "（七）总计", 57, 329),
                    term("applications.carried_forward.natural_person", "四、结转下年度继续办理", 3, 338)};
    id.rhs.sum = 60;
    id.difference = 1;
    f.identity = id;
    return f;
}

FileResult with(std::string path, std::vector<Finding> findings) {
    FileResult r;
    r.path = std::move(path);
    r.status = findings.empty() ? FileResult::Status::ok : FileResult::Status::findings;
    r.findings = std::move(findings);
    return r;
}

FileResult unreadable(std::string path, std::string message, int line) {
    FileResult r;
    r.path = std::move(path);
    r.status = FileResult::Status::error;
    r.error = read_error(Error{std::move(message), line});
    return r;
}

std::string text(const std::vector<FileResult>& results, std::string lang = "zh", bool color = false) {
    std::ostringstream out;
    write_text(out, results, ReportStyle{*lang_from_name(lang), color});
    return out.str();
}

}  // namespace

TEST_CASE("display width counts CJK and fullwidth as 2 columns") {
    CHECK(detail::display_width("abc") == 3);
    CHECK(detail::display_width("（七）总计") == 10);
    CHECK(detail::display_width("「」、，") == 8);
    CHECK(detail::display_width("“三安全一稳定”") == 14);  // curly quotes are Ambiguous: 1
    CHECK(detail::display_width("\xff") == 1);               // invalid byte: one column
    CHECK(detail::display_width("a\u20DD\u0483") == 1);     // combining marks of any block: none
    CHECK(detail::pad_right("总计", 6) == "总计  ");
    CHECK(detail::pad_right("总计", 3) == "总计");
}

TEST_CASE("text: an identity finding prints the arithmetic · aligned") {
    CHECK(text({with("r.txt", {balance_finding()})}) ==
          "r.txt:329:2: error: 申请人「自然人」列：一 + 二 ≠ （七）总计 + 四（61 ≠ 60，差 1） [application-balance]\n"
          "     58  一、本年新收政府信息公开申请数量  r.txt:104\n"
          "  +   3  二、上年结转政府信息公开申请数量  r.txt:113\n"
          "  =  61\n"
          "     57  （七）总计                        r.txt:329\n"
          "  +   3  四、结转下年度继续办理            r.txt:338\n"
          "  =  60\n"
          "规则说明：xxgk explain application-balance\n"
          "共检查 1 个文件：0 个无问题，1 个有问题，0 个无法读取；错误 1，警告 0，提示 0。\n");
}

TEST_CASE("text: values wider than 3 · decimals and blanks") {
    Finding f = balance_finding();
    f.identity->lhs.terms[0].value = 12345.5;
    f.identity->lhs.terms[1] = term("applications.carried_over.natural_person", "二、上年结转", std::nullopt, 113, true);
    f.identity->lhs.sum = 12345.5;
    f.identity->rhs.sum = 60.25;
    CHECK(text({with("r.txt", {f})}, "en") ==
          "r.txt:329:2: error: applicant column natural person: 1 + 2 != (7) total + 4 (61 != 60, off by 1) [application-balance]\n"
          "    12345.5  一、本年新收政府信息公开申请数量  r.txt:104\n"
          "  +       0  二、上年结转                      r.txt:113 (blank, read as 0)\n"
          "  = 12345.5\n"
          "         57  （七）总计                        r.txt:329\n"
          "  +       3  四、结转下年度继续办理            r.txt:338\n"
          "  =   60.25\n"
          "For more about a rule, try: xxgk explain application-balance\n"
          "1 file checked: 0 clean, 1 with findings, 0 unreadable; 1 error, 0 warnings, 0 notes.\n");
    f.identity->lhs.terms[1].pos.line = 7;
    CHECK(text({with("r.txt", {f})}).find("r.txt:7 （空白，按 0 计）\n") != std::string::npos);
}

TEST_CASE("text: locations drop unknown parts — read errors — the summary counts") {
    Finding note;
    note.rule = "row-unknown";
    note.severity = Severity::note;
    note.message_zh = "模板没有的行";
    note.message_en = "a row the template does not have";
    note.pos = {12, 0};
    Finding warning = note;
    warning.rule = "section-missing";
    warning.severity = Severity::warning;
    warning.pos = {0, 0};
    std::vector<FileResult> results = {with("a.txt", {note, warning}), with("b.txt", {}),
                                       unreadable("c.txt", "invalid byte sequence", 7),
                                       unreadable("d.txt", "no such file or directory", 0)};
    CHECK(text(results) ==
          "a.txt:12: note: 模板没有的行 [row-unknown]\n"
          "a.txt: warning: 模板没有的行 [section-missing]\n"
          "c.txt:7: error: invalid byte sequence [read-error]\n"
          "d.txt: error: no such file or directory [read-error]\n"
          "规则说明：xxgk explain section-missing\n"
          "共检查 4 个文件：1 个无问题，1 个有问题，2 个无法读取；错误 0，警告 1，提示 1。\n");
    CHECK(text(results, "en").substr(text(results, "en").rfind("4 files")) ==
          "4 files checked: 1 clean, 1 with findings, 2 unreadable; 0 errors, 1 warning, 1 note.\n");
    CHECK(text({}, "en") == "0 files checked: 0 clean, 0 with findings, 0 unreadable; 0 errors, 0 warnings, 0 notes.\n");
}

TEST_CASE("text: colors only when asked") {
    Finding f = balance_finding();
    f.identity.reset();
    std::string out = text({with("r.txt", {f})}, "zh", true);
    CHECK(out.substr(0, out.find('\n')) ==
          "\033[1mr.txt:329:2:\033[0m \033[1;31merror\033[0m: "
          "申请人「自然人」列：一 + 二 ≠ （七）总计 + 四（61 ≠ 60，差 1） \033[1m[application-balance]\033[0m");
    f.severity = Severity::warning;
    CHECK(text({with("r.txt", {f})}, "zh", true).find("\033[1;33mwarning\033[0m") != std::string::npos);
    f.severity = Severity::note;
    CHECK(text({with("r.txt", {f})}, "zh", true).find("\033[1;36mnote\033[0m") != std::string::npos);
    CHECK(text({with("r.txt", {f})}).find('\033') == std::string::npos);
}

TEST_CASE("text: a .docx has tables · rows and cells · or paragraphs · instead of lines") {
    Finding f = balance_finding();
    f.pos = {0, 0, 3, 5, 2};
    f.identity->lhs.terms[0].pos = {0, 0, 3, 2, 2};
    f.identity->lhs.terms[1].pos = {0, 0, 3, 3, 2};
    f.identity->rhs.terms[0].pos = {0, 0, 3, 5, 2};
    f.identity->rhs.terms[1].pos = {0, 0, 3, 6, 2};
    Finding paragraph = f;
    paragraph.identity.reset();
    paragraph.pos = {0, 0, 0, 0, 0, 12};
    Finding table_only = paragraph;
    table_only.pos = {0, 0, 4};
    CHECK(text({with("report.docx", {f, paragraph, table_only})}) ==
          "report.docx（第 3 个表格，第 5 行，第 2 格）: error: 申请人「自然人」列：一 + 二 ≠ （七）总计 + 四（61 ≠ 60，差 1） [application-balance]\n"
          "     58  一、本年新收政府信息公开申请数量  report.docx（第 3 个表格，第 2 行，第 2 格）\n"
          "  +   3  二、上年结转政府信息公开申请数量  report.docx（第 3 个表格，第 3 行，第 2 格）\n"
          "  =  61\n"
          "     57  （七）总计                        report.docx（第 3 个表格，第 5 行，第 2 格）\n"
          "  +   3  四、结转下年度继续办理            report.docx（第 3 个表格，第 6 行，第 2 格）\n"
          "  =  60\n"
          "report.docx（第 12 段）: error: 申请人「自然人」列：一 + 二 ≠ （七）总计 + 四（61 ≠ 60，差 1） [application-balance]\n"
          "report.docx（第 4 个表格）: error: 申请人「自然人」列：一 + 二 ≠ （七）总计 + 四（61 ≠ 60，差 1） [application-balance]\n"
          "规则说明：xxgk explain application-balance\n"
          "共检查 1 个文件：0 个无问题，1 个有问题，0 个无法读取；错误 3，警告 0，提示 0。\n");
    std::string en = text({with("report.docx", {f, paragraph})}, "en");
    CHECK(en.starts_with("report.docx (table 3, row 5, cell 2): error: "));
    CHECK(en.find("  +   3  二、上年结转政府信息公开申请数量  report.docx (table 3, row 3, cell 2)\n") != std::string::npos);
    CHECK(en.find("\nreport.docx (paragraph 12): error: ") != std::string::npos);
}

TEST_CASE("text: the explain hint names the rule of the first finding of the highest severity") {
    Finding note = balance_finding();
    note.identity.reset();
    note.rule = "row-unknown";
    note.severity = Severity::note;
    Finding error = note;
    error.rule = "results-total";
    error.severity = Severity::error;
    Finding second_error = error;
    second_error.rule = "review-total";
    std::string out = text({with("a.txt", {note}), with("b.txt", {error, second_error})});
    CHECK(out.find("规则说明：xxgk explain results-total\n") != std::string::npos);
    CHECK(out.find("xxgk explain", out.find("xxgk explain") + 1) == std::string::npos);  // once
    CHECK(text({with("a.txt", {})}).find("explain") == std::string::npos);
}

TEST_CASE("text: a baseline's stale entries are notes — the summary says how many it hid") {
    std::vector<FileResult> results = {with("a.txt", {})};
    Outcome o{.results = results, .baseline = true, .suppressed = 3,
              .stale = {{"00000000000000ff", "review-total", "a.txt", "行政复议：总计 ≠ 四项之和（5 ≠ 4，差 1）"}}};
    std::ostringstream zh, en;
    write_text(zh, o, ReportStyle{Lang::zh, false});
    write_text(en, o, ReportStyle{Lang::en, false});
    CHECK(zh.str() ==
          "a.txt: note: 基线中的这一项已不再出现，可以从基线中删除：行政复议：总计 ≠ 四项之和（5 ≠ 4，差 1） [review-total]\n"
          "共检查 1 个文件：1 个无问题，0 个有问题，0 个无法读取；错误 0，警告 0，提示 0；基线中已有 3 个，未显示。\n");
    CHECK(en.str() ==
          "a.txt: note: no longer occurs, can be removed from the baseline: 行政复议：总计 ≠ 四项之和（5 ≠ 4，差 1） [review-total]\n"
          "1 file checked: 1 clean, 0 with findings, 0 unreadable; 0 errors, 0 warnings, 0 notes; 3 in the baseline, not shown.\n");
}
