// The rules of table 二 within one year: where they start to fire, what they say, and that a
// blank cell is not compared.
#include "support.hpp"

using namespace xxgk;

namespace {

// A clean sample with line `line` (1-based) replaced by `text`.
Report changed(const std::string& sample, int line, const std::string& text) {
    std::string s = test::slurp(test::sample_path(sample));
    std::size_t at = 0;
    for (int i = 1; i < line; ++i) at = s.find('\n', at) + 1;
    s.replace(at, s.find('\n', at) - at, text);
    return test::report_from_text(s);
}

std::vector<Finding> of_rule(const Report& r, std::string_view rule) {
    std::vector<Finding> out;
    for (const Finding& f : check_report(r, {}).findings)
        if (f.rule == rule) out.push_back(f);
    return out;
}

}  // namespace

TEST_CASE("new-published-exceeds-total: equal is right · one more fires · a blank is not compared", "[rules]") {
    // clean-2019.txt line 26: 规范性文件's 本年新公开数量 (6), beside 对外公开总数量 41.
    CHECK(of_rule(changed("clean-2019.txt", 26, "\t41"), "new-published-exceeds-total").empty());
    CHECK(of_rule(changed("clean-2019.txt", 26, "\t-"), "new-published-exceeds-total").empty());
    const auto found = of_rule(changed("clean-2019.txt", 26, "\t42"), "new-published-exceeds-total");
    REQUIRE(found.size() == 1);
    CHECK(found[0].pos.line == 26);
    CHECK(found[0].table + "|" + found[0].row + "|" + found[0].column == "active_disclosure|art20_1.normative_documents|new_published");
    CHECK(found[0].message_zh ==
          "表二「规范性文件」本年新公开数量 42 大于对外公开总数量 41：本年新公开的文件也在对外公开的总数之中");
}

TEST_CASE("change-exceeds-previous-count: down to zero is right · below fires · a blank is not added", "[rules]") {
    // clean-2019.txt line 43: 其他对外管理服务事项's 本年增/减 (-2), after 上一年项目数量 12.
    CHECK(of_rule(changed("clean-2019.txt", 43, "\t-12"), "change-exceeds-previous-count").empty());
    CHECK(of_rule(changed("clean-2019.txt", 42, "\t/"), "change-exceeds-previous-count").empty());
    const auto found = of_rule(changed("clean-2019.txt", 43, "\t-13"), "change-exceeds-previous-count");
    REQUIRE(found.size() == 1);
    CHECK(found[0].column == "change");
    CHECK(found[0].message_en ==
          "table 二 \"其他对外管理服务事项\": 上一年项目数量 (items last year, 12) plus 本年增/减 (change, -13) is -1: "
          "no more items can go than there were");
}

TEST_CASE("in-force-below-net-issued: the difference itself is right · below fires · a blank is not counted", "[rules]") {
    // clean-2021.txt lines 22-24: 行政规范性文件 issued 3, repealed 1, in force 17.
    CHECK(of_rule(changed("clean-2021.txt", 24, "\t2"), "in-force-below-net-issued").empty());
    CHECK(of_rule(changed("clean-2021.txt", 24, "\t-"), "in-force-below-net-issued").empty());
    CHECK(of_rule(changed("clean-2021.txt", 22, "\t"), "in-force-below-net-issued").empty());
    const auto found = of_rule(changed("clean-2021.txt", 22, "\t19"), "in-force-below-net-issued");
    REQUIRE(found.size() == 1);
    CHECK(found[0].pos.line == 24);
    CHECK(found[0].message_zh == "表二「行政规范性文件」现行有效件数 17 小于本年制发件数 19 减本年废止件数 1（18）："
                                 "本年制发而未废止的文件应当仍然有效");
}
