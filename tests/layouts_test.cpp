// samples/layouts/: correct reports in real layouts (issue 14). Each must read as written
// (samples/layouts/truth.json: tables 三 and 四, template, year, issuer) and get exactly the
// findings listed here: no error, no warning.
#include <algorithm>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "support.hpp"
#include "xxgk/extract.hpp"

namespace {

using json = nlohmann::json;
using Found = std::vector<std::pair<std::string, std::string>>;  // rule, message_zh

const json& truth() {
    static const json t = json::parse(test::slurp(test::sample_path("layouts/truth.json")));
    return t;
}

// Every finding of the report, rule and Chinese message, in output order.
Found findings(const xxgk::Report& report) {
    Found out;
    for (const auto& f : xxgk::check_report(report, {}).findings) out.emplace_back(f.rule, f.message_zh);
    return out;
}

// Tables 三 and 四, template, year and issuer as extract gives them, against truth.json.
void check_truth(const std::string& name, const xxgk::Report& report) {
    INFO(name);
    const json& want = truth().at(name);
    const json got = json::parse(xxgk::report_to_json(report).dump());
    CHECK(got["template"] == want["template"]);
    CHECK(got["year"] == want["year"]);
    // The issuer as printed (traditional script stays so; cross-report matching folds it).
    CHECK(got["issuer"] == want.value("issuer_printed", want["issuer"]));
    if (!want.contains("applications")) return;
    for (auto& [row, values] : want["applications"].items()) {
        INFO(row);
        REQUIRE(got["applications"]["rows"].contains(row));
        json read = json::array();
        for (auto& c : got["applications"]["rows"][row]) read.push_back(c["value"]);
        CHECK(read == values);
    }
    CHECK(got["applications"]["rows"].size() == want["applications"].size());
    for (auto& [group, cells] : want["review_litigation"].items())
        for (auto& [cell, value] : cells.items()) CHECK(got["review_litigation"][group][cell]["value"] == value);
}

// The values of one table-二 item by row key and column key.
json active_item(const xxgk::Report& report, const std::string& item) {
    json out = json::object();
    const json all = json::parse(xxgk::report_to_json(report).dump());
    for (auto& it : all["active_disclosure"]["items"]) {
        if (it["key"] != item) continue;
        for (auto& row : it["rows"])
            for (auto& [col, c] : row["cells"].items()) out[row["key"].get<std::string>()][col] = c["value"];
    }
    return out;
}

}  // namespace

TEST_CASE("layouts — table 二 captions as Markdown headings open their items") {
    const std::string name = "markdown-table2-captions-as-headings-2021.md";
    const xxgk::Report r = test::sample("layouts/" + name);
    CHECK(findings(r).empty());
    check_truth(name, r);
    REQUIRE(r.active.items.size() == 4);
    CHECK(active_item(r, "art20_1").dump() ==
          R"({"normative_documents":{"in_force":40,"issued":5,"repealed":2},)"
          R"("regulations":{"in_force":0,"issued":0,"repealed":0}})");
    CHECK(active_item(r, "art20_8").dump() == R"({"administrative_fees":{"fee_amount":16.8}})");
}

TEST_CASE("layouts — table 二 captions as plain lines above pipe tables open their items") {
    const std::string name = "markdown-table2-captions-as-lines-2020.md";
    const xxgk::Report r = test::sample("layouts/" + name);
    CHECK(findings(r).empty());
    check_truth(name, r);
    REQUIRE(r.active.items.size() == 5);
    CHECK(active_item(r, "art20_5").dump() ==
          R"({"administrative_licensing":{"change":6,"decisions":209,"previous_count":26},)"
          R"("other_management_services":{"change":-2,"decisions":33,"previous_count":11}})");
    CHECK(active_item(r, "art20_9").dump() ==
          R"({"centralized_procurement":{"procurement_amount":172.25,"procurement_items":25}})");
}

TEST_CASE("layouts — a sentence citing 第二十条第（一）项 opens no table 二 item") {
    const xxgk::Report r = test::report_from_text(
        "二、主动公开政府信息情况\n"
        "本机关依照条例第二十条第（一）项的规定，主动公开了本机关制发的规范性文件，并及时更新目录。\n",
        "t.md");
    CHECK(r.active.items.empty());
    CHECK_FALSE(r.active.present);
}

TEST_CASE("layouts — a report in traditional script reads as the template") {
    const std::string name = "traditional-script-2020.txt";
    const xxgk::Report r = test::sample("layouts/" + name);
    CHECK(findings(r).empty());
    check_truth(name, r);
    // 本年增/減 is the signed column, 採購總金額 the money one.
    CHECK(active_item(r, "art20_5").dump() ==
          R"({"administrative_licensing":{"change":3,"decisions":199,"previous_count":71},)"
          R"("other_management_services":{"change":-1,"decisions":72,"previous_count":17}})");
    CHECK(active_item(r, "art20_9").dump() ==
          R"({"centralized_procurement":{"procurement_amount":702.22,"procurement_items":63}})");
}

TEST_CASE("layouts — misspelt sub-items take the template's row of their group and number") {
    const std::string name = "labels-typos-by-position-2021.txt";
    const xxgk::Report r = test::sample("layouts/" + name);
    check_truth(name, r);
    const Found expected = {
        {"row-named-by-position",
         "表三「（三）不予公开 4.保护第三人合法权益」不是模板的标签，按它所在的组和编号认定为「（三）不予公开 4.保护第三方合法权益」"},
        {"row-named-by-position",
         "表三「（三）不予公开 5.属于三类内部事物信息」不是模板的标签，按它所在的组和编号认定为「（三）不予公开 5.属于三类内部事务信息」"},
        {"row-named-by-position",
         "表三「（三）不予公开 8.属于行政查寻事项」不是模板的标签，按它在「（三）不予公开 7.属于行政执法案卷」与"
         "「（四）无法提供 1.本机关不掌握相关政府信息」之间的位置认定为「（三）不予公开 8.属于行政查询事项」"},
        {"row-named-by-position",
         "表三「（四）无法提供 3.补正后申请内容仍不明」不是模板的标签，按它在「（四）无法提供 2.没有现成信息需要另行制作」与"
         "「（五）不予处理 1.信访举报投诉类申请」之间的位置认定为「（四）无法提供 3.补正后申请内容仍不明确」"},
    };
    CHECK(findings(r) == expected);
}

namespace {

// clean-2021.txt with some of its text replaced.
xxgk::Report clean_2021_with(const std::vector<std::pair<std::string, std::string>>& edits) {
    std::string text = test::slurp(test::sample_path("clean-2021.txt"));
    for (const auto& [from, to] : edits) {
        const std::size_t at = text.find(from);
        REQUIRE(at != std::string::npos);
        text.replace(at, from.size(), to);
    }
    return test::report_from_text(text);
}

std::vector<std::string> rules_of(const xxgk::Report& r) {
    std::vector<std::string> out;
    for (const auto& [rule, message] : findings(r)) out.push_back(rule);
    return out;
}

}  // namespace

TEST_CASE("layouts — two unknown rows claiming one number are named by neither") {
    const xxgk::Report r = clean_2021_with({{"4.保护第三方合法权益", "4.保护第三人合法权益"},
                                            {"5.属于三类内部事务信息", "4.属于三类内部事物信息"}});
    CHECK(r.applications.row("denied.third_party_rights") == nullptr);
    CHECK(r.applications.row("denied.internal_affairs") == nullptr);
    CHECK(rules_of(r) == std::vector<std::string>{"row-missing", "row-missing", "row-unknown", "row-unknown"});
}

TEST_CASE("layouts — a sub-item whose number the template does not have stays unknown") {
    const xxgk::Report r = clean_2021_with({{"5.属于三类内部事务信息", "9.属于三类内部事物信息"}});
    // Between 4 and 6 with only 5 missing: named by its place, not by its number.
    REQUIRE(r.applications.row("denied.internal_affairs") != nullptr);
    CHECK(r.applications.row("denied.internal_affairs")->named_by_position);
    const xxgk::Report group = clean_2021_with({{"4.保护第三方合法权益", "4.保护第三人合法权益"},
                                                {"5.属于三类内部事务信息", "9.属于三类内部事物信息"}});
    // Two misspelt rows in a row: 4 by its number; 9 fits no slot, and 5 stays missing.
    CHECK(group.applications.row("denied.third_party_rights") != nullptr);
    CHECK(group.applications.row("denied.internal_affairs") == nullptr);
    CHECK(rules_of(group) == std::vector<std::string>{"row-missing", "row-named-by-position", "row-unknown"});
}

TEST_CASE("layouts — a tool's subtotal column and 小计 rows are set aside and checked") {
    const std::string name = "tool-subtotals-2021.txt";
    const xxgk::Report r = test::sample("layouts/" + name);
    check_truth(name, r);
    CHECK(r.applications.subtotal_column == "法人或其他组织小计");
    REQUIRE(r.applications.subtotal_rows.size() == 4);
    CHECK(r.applications.subtotal_rows[0].key == "denied");
    CHECK(r.applications.subtotal_rows[3].key == "other");
    // 25 rows and 4 小计 rows with a subtotal cell each, and 4 × 7 cells of the 小计 rows.
    const Found expected = {
        {"tool-subtotals",
         "表三有模板之外的小计「法人或其他组织小计」列和 4 个「小计」行（制表工具所加），已按表头和所在的组识别，"
         "不计入模板的等式；核对了其中 57 个数，都与各自的明细之和相符"}};
    CHECK(findings(r) == expected);
}

TEST_CASE("layouts — a subtotal that disagrees with its parts is named") {
    const xxgk::Report r = test::sample("broken-tool-subtotals.txt");
    const Found expected = {
        {"tool-subtotals",
         "表三有模板之外的小计「法人或其他组织小计」列和 4 个「小计」行（制表工具所加），已按表头和所在的组识别，"
         "不计入模板的等式；核对了其中 57 个数，1 个与明细之和不符：「（三）不予公开 小计」行「自然人」列印的是 6，明细之和为 5"}};
    CHECK(findings(r) == expected);
}

TEST_CASE("layouts — a subtotal column printed before 商业企业 is told by its header") {
    // The header row of clean-2021.txt with 小计 before the five, and 一's row with its subtotal there.
    const xxgk::Report r = test::report_from_text(
        "某县2021年政府信息公开工作年度报告\n"
        "三、收到和处理政府信息公开申请情况\n"
        "| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 自然人 | 法人或其他组织小计 | 商业企业 | 科研机构 | "
        "社会公益组织 | 法律服务机构 | 其他 | 总计 |\n"
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n"
        "| 一、本年新收政府信息公开申请数量 | 50 | 12 | 10 | 1 | 0 | 1 | 0 | 62 |\n",
        "t.md");
    const xxgk::ApplicationRow* row = r.applications.row("new_received");
    REQUIRE(row != nullptr);
    REQUIRE(row->subtotal.has_value());
    CHECK(row->subtotal->value == 12);
    CHECK(row->cells[1].value == 10);
    CHECK(row->cells[6].value == 62);
}

TEST_CASE("layouts — a report of 2017 under the 2008 regulation gets one note") {
    const std::string name = "pre-2019-report-2017.txt";
    const xxgk::Report r = test::sample("layouts/" + name);
    CHECK(r.year == 2017);
    const Found expected = {
        {"outside-template",
         "这是 2017 年的报告：2019 年的统一格式（国办公开办函〔2019〕60号）之前，年报按 2008 年施行的条例编写，"
         "没有全国统一的表格，因此未按模板核对（表格、部分标题、等式都未检查）"}};
    CHECK(findings(r) == expected);
}

TEST_CASE("layouts — a 2018 report's own table is not table 三") {
    const xxgk::Report r = test::sample("layouts/pre-2019-own-table-2018.txt");
    CHECK_FALSE(r.applications.present);
    CHECK(r.applications.rows.empty());
    REQUIRE(findings(r).size() == 1);
    CHECK(findings(r)[0].first == "outside-template");
}

TEST_CASE("layouts — a table without table 三's anchors under its heading is not table 三") {
    // A 2021 report's section 三 with a table of its own: the heading alone does not make it table 三.
    const xxgk::Report r = test::report_from_text(
        "某县2021年政府信息公开工作年度报告\n"
        "三、收到和处理政府信息公开申请情况\n"
        "| 项目 | 申请总数 | 同意公开 | 部分公开 | 不予公开 | 信息不存在 | 非本机关职责 |\n"
        "| --- | --- | --- | --- | --- | --- | --- |\n"
        "| 件数 | 19 | 11 | 2 | 1 | 4 | 1 |\n",
        "t.md");
    CHECK_FALSE(r.applications.present);
    CHECK(r.applications.rows.empty());
}

TEST_CASE("layouts — no section-missing for a section whose table is there without its heading") {
    const std::string name = "html-no-heading-placeholders-2020.html";
    const xxgk::Report r = test::sample("layouts/" + name);
    check_truth(name, r);
    CHECK(findings(r).empty());
}
