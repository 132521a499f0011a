// check_file: what becomes an error, what is skipped, and that the format is sniffed.
#include "support.hpp"

using namespace xxgk;

TEST_CASE("check: a non-report found in a directory is skipped · named it is an error", "[check]") {
    const std::string readme = test::sample_path("README.md");
    FileResult walked = check_file(readme, {}, {}, false);
    CHECK(walked.status == FileResult::Status::skipped);
    REQUIRE(walked.error);
    CHECK(walked.error->rule == "not-a-report");
    CHECK(walked.error->code == "XG002");
    CHECK(walked.error->severity == Severity::note);
    CHECK(walked.error->message_en.starts_with("skipped, not a report: no report found"));
    CHECK(walked.error->message_zh.starts_with("不是年报，已跳过：未找到年报"));
    FileResult named = check_file(readme, {}, {}, true);
    CHECK(named.status == FileResult::Status::error);
    REQUIRE(named.error);
    CHECK(named.error->rule == "read-error");
    CHECK(named.error->code == "XG001");
    CHECK(named.error->severity == Severity::error);
    CHECK(named.error->message_en.starts_with("no report found"));
}

TEST_CASE("check: an unreadable file found in a directory is still an error", "[check]") {
    FileResult r = check_file("/nonexistent/x.txt", {}, {}, false);
    CHECK(r.status == FileResult::Status::error);
}

TEST_CASE("check: --input-format forces a reader", "[check]") {
    LoadOptions as_markdown;
    as_markdown.format = InputFormat::markdown;
    auto report = load_report(test::sample_path("clean-2019.txt"), as_markdown);
    REQUIRE(report.ok());  // the headings are there, the TAB-led tables are not pipe tables
    CHECK(report->format == "markdown");
    CHECK(report->sections.size() == 6);
    CHECK(!report->applications.present);
    auto sniffed = load_report(test::sample_path("clean-2019.txt"), {});
    REQUIRE(sniffed.ok());
    CHECK(sniffed->format == "text");
}

TEST_CASE("check: format detection from content · extension as a hint", "[check]") {
    CHECK(detect_format("a.txt", "PK\x03\x04rest") == InputFormat::docx);
    CHECK(detect_format("a.txt", "<html><body><table><tr><td>1</td></tr></table>") == InputFormat::html);
    CHECK(detect_format("a.html", "| a | b |\n|---|---|\n| 1 | 2 |\n| 3 | 4 |\n") == InputFormat::markdown);
    CHECK(detect_format("a.md", "\t1\n\t2\n\t3\n\t4\n\t5\n") == InputFormat::text);
    CHECK(detect_format("a.txt", "一、本年新收政府信息公开申请数量713000074") == InputFormat::flat);
    CHECK(detect_format("a.md", "just prose") == InputFormat::markdown);
    CHECK(detect_format("a.txt", "just prose") == InputFormat::text);
    bool known = false;
    CHECK(format_from_name("html", &known) == InputFormat::html);
    CHECK(known);
    CHECK(format_from_name("pdf", &known) == InputFormat::pdf);
    CHECK(known);
    format_from_name("odt", &known);
    CHECK(!known);
    CHECK(detect_format("a.txt", "%PDF-1.7\n%\xE2\xE3") == InputFormat::pdf);
}

TEST_CASE("formats: one table · names in --help order · extensions pick the files of a folder", "[check]") {
    std::vector<std::string_view> names;
    for (const FormatSpec* spec : input_formats()) names.push_back(spec->name);
    CHECK(names == std::vector<std::string_view>{"text", "flat", "markdown", "html", "docx", "pdf"});
    for (const FormatSpec* spec : input_formats()) {
        CHECK(format_from_name(spec->name) == spec->format);
        CHECK(format_name(spec->format) == spec->name);
        CHECK(&format_spec(spec->format) == spec);
    }
    CHECK(format_name(InputFormat::automatic) == "auto");
    CHECK(is_report_file("a/b.TXT"));
    CHECK(is_report_file("报告.docx"));
    CHECK(is_report_file("x.htm"));
    CHECK(is_report_file("x.markdown"));
    CHECK(is_report_file("x.PDF"));
    CHECK_FALSE(is_report_file("x.doc"));
    CHECK_FALSE(is_report_file("dir/.txt"));  // a dot file has no extension
    CHECK_FALSE(is_report_file("README"));
}
