// The rules of table 二 within one year, units, and the sign of an amount: where they start to
// fire, what they say, and that a blank cell is not compared.
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

TEST_CASE("unit-mismatch: the column's unit against the cell's · both named", "[rules]") {
    // clean-2021.txt line 52: 本年收费金额 (its header says 单位：万元); line 75: 一 of table 三.
    CHECK(of_rule(changed("clean-2021.txt", 52, "\t12.35万元"), "unit-mismatch").empty());
    auto found = of_rule(changed("clean-2021.txt", 52, "\t5件"), "unit-mismatch");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_en ==
          "table 二 \"行政事业性收费 本年收费金额（单位：万元）\" is printed \"5件\": its unit is 件, but the column is "
          "an amount of money");
    found = of_rule(changed("clean-2021.txt", 75, "\t142万元"), "unit-mismatch");
    REQUIRE(found.size() == 1);
    CHECK(found[0].row + "|" + found[0].column == "new_received|natural_person");
    CHECK(found[0].message_zh.ends_with("印为“142万元”：单位是万元，而该列是件数"));
    // A count may say 件; 2019's 采购总金额 has no unit of its own: 元 and 万元 both stand.
    CHECK(of_rule(changed("clean-2021.txt", 75, "\t142件"), "unit-mismatch").empty());
    CHECK(of_rule(changed("clean-2019.txt", 81, "\t2865000元"), "unit-mismatch").empty());
    CHECK(of_rule(test::sample("layouts/numbers-units-signs-placeholders-2019.txt"), "unit-mismatch").empty());
}

TEST_CASE("negative-count: an amount below zero is said to be an amount", "[rules]") {
    const auto found = of_rule(changed("clean-2021.txt", 52, "\t-3.5"), "negative-count");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_zh == "表二「行政事业性收费 本年收费金额（单位：万元）」为负数 -3.5：金额不能小于 0");
    CHECK(found[0].message_en ==
          "table 二 \"行政事业性收费 本年收费金额（单位：万元）\" is negative (-3.5): an amount cannot be below 0");
    const auto count = of_rule(changed("clean-2021.txt", 24, "\t-17"), "negative-count");
    REQUIRE(count.size() == 1);
    CHECK(count[0].message_en.ends_with("is negative (-17): a count cannot be below 0"));
}
