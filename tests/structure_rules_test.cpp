// Structure rules beyond their documented examples.
#include "support.hpp"

using namespace xxgk;

namespace {

std::string with_lines_inserted(const std::string& text, int after_line, const std::string& lines) {
    std::size_t at = 0;
    for (int i = 0; i < after_line; ++i) at = text.find('\n', at) + 1;
    return text.substr(0, at) + lines + text.substr(at);
}

}  // namespace

TEST_CASE("row-unknown: a row table 三 does not have is kept and named · not checked", "[rules]") {
    const std::string clean = test::slurp(test::sample_path("clean-2019.txt"));
    // After 四、结转下年度继续办理 (its block ends on line 345): a row some tools add.
    const std::string text = with_lines_inserted(
        clean, 345, "\t其中：通过网络提交的申请\n\t50\n\t2\n\t0\n\t0\n\t0\n\t1\n\t53\n\n");
    const FileResult r = check_report(test::report_from_text(text), {});
    REQUIRE(r.findings.size() == 1);
    const Finding& f = r.findings[0];
    CHECK(f.rule == "row-unknown");
    CHECK(f.table == "applications");
    CHECK(f.pos.line == 346);
    CHECK(f.message_zh == "表三有模板之外的行「其中：通过网络提交的申请」，未参与校验");
    CHECK(f.message_en == "table 三 has a row the template does not have: \"其中：通过网络提交的申请\"; not checked");
    CHECK(check_report(test::report_from_text(clean), {}).findings.empty());
}
