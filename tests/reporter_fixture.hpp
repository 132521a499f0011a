#pragma once
// The one set of results every reporter test renders: an identity with its terms, a warning
// without a place, a note whose label needs escaping in every format, a .docx table cell and
// paragraph, a clean file, an unreadable one and a skipped one.
#include <sstream>
#include <string>
#include <vector>

#include "finding_support.hpp"
#include "xxgk/reporters.hpp"

namespace fixture {

using namespace xxgk;

inline Term term(std::string cell, std::string label, double value, Position pos) {
    Term t;
    t.cell = std::move(cell);
    t.label = std::move(label);
    t.value = value;
    t.pos = pos;
    return t;
}

inline Finding balance(Position at = {329, 2}, Position first = {104, 2}, Position second = {113, 2}) {
    Finding f = test::finding("application-balance", "申请人「自然人」列：一 + 二 ≠ （七）总计 + 四（61 ≠ 60，差 1）",
                             "column \"natural persons\": received + carried over ≠ total handled + carried forward (61 ≠ 60, difference 1)",
                             at);
    f.table = "applications";
    f.row = "results_total";
    f.column = "natural_person";
    f.fingerprint = "00000000000000a1";
    IdentityDetail id;
    id.id = "application-balance/natural_person";
    id.lhs.terms = {term("applications.new_received.natural_person", "一、本年新收政府信息公开申请数量", 58, first),
                    term("applications.carried_over.natural_person", "二、上年结转政府信息公开申请数量", 3, second)};
    id.lhs.sum = 61;
    id.rhs.terms = {term("applications.results_total.natural_person", "（七）总计", 57, at),
                    term("applications.carried_forward.natural_person", "四、结转下年度继续办理", 3, {338, 2})};
    id.rhs.sum = 60;
    id.difference = 1;
    f.identity = id;
    return f;
}

inline Finding section_missing() {
    Finding f = test::finding("section-missing", "未找到第五部分的标题「五、存在的主要问题及改进情况」",
                             "section heading \"五、存在的主要问题及改进情况\" (problems and improvements) not found", {});
    f.fingerprint = "00000000000000b2";
    return f;
}

// A label as a careless tool may print it: markup characters, %, a comma and a colon, a
// line break and a control character.
inline Finding odd_note() {
    std::string label = "<其他> & \"文件\" 'x' 100%, a:b\nc\x01" "d";
    Finding f = test::finding("row-unknown", "表二有模板之外的行「" + label + "」，未参与校验",
                             "table 二 has a row the template does not have: \"" + label + "\"; not checked", {29, 2});
    f.table = "active_disclosure";
    f.row = "art20_1";
    f.fingerprint = "00000000000000c3";
    return f;
}

inline FileResult file(std::string path, std::vector<Finding> findings) {
    FileResult r;
    r.path = std::move(path);
    r.layout = Template::t2019;
    r.status = findings.empty() ? FileResult::Status::ok : FileResult::Status::findings;
    r.findings = std::move(findings);
    return r;
}

inline FileResult failed(std::string path, FileResult::Status status, std::string message, int line = 0) {
    FileResult r;
    r.path = std::move(path);
    r.status = status;
    const Error why{std::move(message), line};
    r.error = status == FileResult::Status::skipped ? not_a_report(why) : read_error(why);
    return r;
}

inline Finding docx_cell() {
    Finding f = balance({0, 0, 2, 11, 2}, {0, 0, 2, 4, 2}, {0, 0, 2, 5, 2});
    for (Term& t : f.identity->rhs.terms) t.pos = {0, 0, 2, t.cell.find("carried") != std::string::npos ? 12 : 11, 2};
    f.fingerprint = "00000000000000d4";
    return f;
}

inline Finding docx_paragraph() {
    Finding f = test::finding("template-year-mismatch", "报告年度为 2020 年，却使用了 2021 年起施行的新版格式",
                             "the report is for 2020 but uses the 2021 template", {0, 0, 0, 0, 0, 12});
    f.fingerprint = "00000000000000e5";
    return f;
}

inline std::vector<FileResult> results() {
    return {file("a.txt", {balance(), section_missing(), odd_note()}),
            file("dir/报告 2023.docx", {docx_cell(), docx_paragraph()}),
            file("clean.txt", {}),
            failed("missing.txt", FileResult::Status::error, "no such file or directory"),
            failed("bad.txt", FileResult::Status::error, "invalid byte sequence", 7),
            failed("notes/README.md", FileResult::Status::skipped, "no report found")};
}

inline std::string render(WriteFn write, const Outcome& outcome, std::string lang = "zh",
                          std::optional<Severity> fail_on = Severity::error) {
    std::ostringstream out;
    ReportStyle style;
    style.lang = *lang_from_name(lang);
    style.fail_on = fail_on;
    write(out, outcome, style);
    return out.str();
}

inline std::string render(WriteFn write, const std::vector<FileResult>& results, std::string lang = "zh",
                          std::optional<Severity> fail_on = Severity::error) {
    return render(write, Outcome{.results = results}, std::move(lang), fail_on);
}

}  // namespace fixture
