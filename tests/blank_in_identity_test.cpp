// blank-in-identity counts only the identities a blank really took part in: not those that an
// unreadable or missing cell makes uncheckable anyway; and says the blanks of a table once.
#include "support.hpp"
#include "xxgk/reporters.hpp"

using namespace xxgk;

namespace {

std::string with_line_replaced(const std::string& text, int line, const std::string& content) {
    std::size_t start = 0;
    for (int i = 1; i < line; ++i) start = text.find('\n', start) + 1;
    return text.substr(0, start) + content + text.substr(text.find('\n', start));
}

const Finding* of_rule(const FileResult& r, std::string_view rule) {
    for (const Finding& f : r.findings)
        if (f.rule == rule) return &f;
    return nullptr;
}

}  // namespace

TEST_CASE("blank-in-identity: identities over an unreadable cell are not counted", "[rules]") {
    // （二）部分公开 (lines 133–139): 科研机构 0 on line 135 made blank; it takes part in its row's
    // applicant-total and its column's results-total.
    std::string text = with_line_replaced(test::slurp(test::sample_path("clean-2019.txt")), 135, "\t-");
    const FileResult both = check_report(test::report_from_text(text), {});
    const Finding* blank = of_rule(both, "blank-in-identity");
    REQUIRE(blank);
    CHECK(blank->message_zh == "表三「（二）部分公开（区分处理的，只计这一情形，不计其他情形）」行「科研机构」列为空白“-”，在 2 个等式中按 0 计");
    // 自然人 9 on line 133 unreadable: the row's applicant-total cannot be checked, so the blank
    // is read as 0 in one identity only.
    text = with_line_replaced(text, 133, "\t约9");
    const FileResult one = check_report(test::report_from_text(text), {});
    blank = of_rule(one, "blank-in-identity");
    REQUIRE(blank);
    CHECK(blank->message_en.ends_with("is blank (-): read as 0 in 1 identity"));
    REQUIRE(of_rule(one, "unreadable-cell"));
}

TEST_CASE("blank-in-identity: many blanks of a table are one note · its cells listed · placed at the first", "[rules]") {
    // A report that leaves its zeros blank in five columns: 109 blanks, one note.
    const FileResult zero = check_file(test::sample_path("layouts/text-blank-cells-2021.txt"), {}, {});
    REQUIRE(zero.findings.size() == 1);
    const Finding& f = zero.findings[0];
    CHECK(f.message_zh == "表三：109 个空白单元格按 0 计，分布在 5 列");
    CHECK(f.message_en == "table 三: 109 blank cells read as 0 in 5 columns");
    CHECK(f.pos.line == 77);
    CHECK(f.table == "applications");
    REQUIRE(f.cells.size() == 109);
    CHECK(f.cells[0].cell == "applications.new_received.research_institution");
    CHECK(f.cells[0].pos.line == 77);
    CHECK(f.cells[1].cell == "applications.new_received.social_welfare_org");
    CHECK_FALSE(f.not_verified);  // read as 0: their identities were checked
    CHECK(summarize(std::span(&zero, 1)).cells_not_verified == 0);

    CheckOptions options;
    options.blank = BlankPolicy::unknown;
    const FileResult unknown = check_file(test::sample_path("layouts/text-blank-cells-2021.txt"), {}, options);
    REQUIRE(unknown.findings.size() == 1);
    CHECK(unknown.findings[0].message_zh ==
          "表三：109 个空白单元格（分布在 5 列）未按 0 计，依赖它们的 35 个等式未校验（--blank unknown）");
    CHECK(unknown.findings[0].message_en ==
          "table 三: 109 blank cells in 5 columns not read as 0: the 35 identities over them not checked "
          "(--blank unknown)");
    CHECK(unknown.findings[0].not_verified);
    CHECK(summarize(std::span(&unknown, 1)).cells_not_verified == 109);
}
