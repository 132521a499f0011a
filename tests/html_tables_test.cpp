// Tables 二, 三 and 四 drawn as the national template prints them, from the samples: headers,
// row groups, spans, every cell as printed; rows the report lacks or adds.
#include <catch2/catch.hpp>

#include "html_support.hpp"
#include "support.hpp"
#include "xxgk/check.hpp"

using namespace xxgk;

namespace {

FileResult checked(const std::string& sample) {
    LoadOptions load;
    load.keep_report = true;
    FileResult r = check_file(test::sample_path(sample), load, CheckOptions{});
    REQUIRE(r.report);
    return r;
}

const std::string kT3 = "//section[@id='r1']//table[@class='t3']";
const std::string kT4 = "//section[@id='r1']//table[@class='t4']";
const std::string kT2 = "//section[@id='r1']//table[@class='t2']";

// The row headers of table 三's body, each row's last header cell (its leaf label).
std::vector<std::string> leaf_labels(const test::Page& page) {
    return page.all(kT3 + "/tbody[1]/tr/th[last()]");
}

}  // namespace

TEST_CASE("html tables · table 三 of a 2019 report under its two-level header") {
    const FileResult r = checked("clean-2019.txt");
    const test::Page page(test::html_of({r}));
    CHECK(page.one(kT3 + "/thead/tr[1]/td[@rowspan='3'][@colspan='3']") == std::string(kApplicationsNote));
    CHECK(page.one(kT3 + "/thead/tr[1]/th[@scope='colgroup'][@colspan='7']") == "申请人情况");
    CHECK(page.all(kT3 + "/thead/tr[2]/th") == std::vector<std::string>{"自然人", "法人或其他组织", "总计"});
    CHECK(page.one(kT3 + "/thead/tr[2]/th[2]/@colspan") == "5");
    CHECK(page.all(kT3 + "/thead/tr[2]/th[@rowspan='2']") == std::vector<std::string>{"自然人", "总计"});
    CHECK(page.all(kT3 + "/thead/tr[3]/th[@scope='col']") ==
          std::vector<std::string>{"商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"});

    CHECK(page.count(kT3 + "/tbody[1]/tr") == 23);
    CHECK(page.count(kT3 + "/tbody[1]/tr[count(td) = 7]") == 23);
    CHECK(page.one(kT3 + "//th[@scope='rowgroup'][@rowspan='20']") == "三、本年度办理结果");
    CHECK(page.one(kT3 + "//th[@scope='rowgroup'][@rowspan='8']") == "（三）不予公开");
    CHECK(page.one(kT3 + "//th[@scope='rowgroup'][@rowspan='3']") == "（四）无法提供");
    CHECK(page.one(kT3 + "//th[@scope='rowgroup'][@rowspan='5']") == "（五）不予处理");
    // 2019: （六） is one row, its label two columns wide like （一） （二） （七）.
    CHECK(page.all(kT3 + "//th[@scope='row'][@colspan='2']") ==
          std::vector<std::string>{"（一）予以公开", "（二）部分公开", "（六）其他处理", "（七）总计"});
    CHECK(page.all(kT3 + "//th[@scope='row'][@colspan='3']") ==
          std::vector<std::string>{"一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量",
                                   "四、结转下年度继续办理"});
    const auto leaves = leaf_labels(page);
    CHECK(leaves.at(4) == "1.属于国家秘密");
    CHECK(leaves.at(21) == "（七）总计");

    // Every cell as printed, in the template's order.
    std::size_t k = 1;
    for (const std::string& key : application_row_keys(Template::t2019)) {
        const ApplicationRow* row = r.report->applications.row(key);
        REQUIRE(row);
        for (std::size_t c = 0; c < 7; ++c)
            CHECK(page.one(kT3 + "/tbody[1]/tr[" + std::to_string(k) + "]/td[" + std::to_string(c + 1) + "]") ==
                  row->cells[c].raw);
        ++k;
    }
    CHECK(page.count(kT3 + "//td[@data-cell]") == 0);
}

TEST_CASE("html tables · table 三 of a 2021 report has （六）'s three sub-rows") {
    const test::Page page(test::html_of({checked("clean-2021.txt")}));
    CHECK(page.count(kT3 + "/tbody[1]/tr") == 25);
    CHECK(page.one(kT3 + "//th[@scope='rowgroup'][@rowspan='22']") == "三、本年度办理结果");
    CHECK(page.all(kT3 + "//th[@scope='rowgroup'][@rowspan='3']") ==
          std::vector<std::string>{"（四）无法提供", "（六）其他处理"});
    CHECK(leaf_labels(page).at(21) == "2.申请人逾期未按收费通知要求缴纳费用");
    CHECK(page.count(kT3 + "/tbody[@class='extra']") == 0);
}

TEST_CASE("html tables · table 四 with its three groups under 行政复议 and 行政诉讼") {
    const FileResult r = checked("clean-2021.txt");
    const test::Page page(test::html_of({r}));
    CHECK(page.all(kT4 + "/thead/tr[1]/th") == std::vector<std::string>{"行政复议", "行政诉讼"});
    CHECK(page.all(kT4 + "/thead/tr[1]/th/@colspan") == std::vector<std::string>{"5", "10"});
    CHECK(page.all(kT4 + "/thead/tr[2]/th") == std::vector<std::string>{"结果维持", "结果纠正", "其他结果", "尚未审结", "总计",
                                                                        "未经复议直接起诉", "复议后起诉"});
    CHECK(page.count(kT4 + "/thead/tr[2]/th[@rowspan='2']") == 5);
    CHECK(page.count(kT4 + "/thead/tr[3]/th[@scope='col']") == 10);
    const auto values = page.all(kT4 + "/tbody/tr/td");
    REQUIRE(values.size() == 15);
    for (std::size_t i = 0; i < 15; ++i) CHECK(values[i] == r.report->review.cells[i].raw);
}

TEST_CASE("html tables · table 二 item by item as the template of the report prints it") {
    const test::Page p2019(test::html_of({checked("clean-2019.txt")}));
    CHECK(p2019.all(kT2 + "/tbody/tr[1]/th") ==
          std::vector<std::string>{"第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项",
                                   "第二十条第（九）项"});
    CHECK(p2019.all(kT2 + "/tbody[1]/tr[2]/th") ==
          std::vector<std::string>{"信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"});
    CHECK(p2019.all(kT2 + "/tbody[2]/tr/th[@scope='row']") == std::vector<std::string>{"行政许可", "其他对外管理服务事项"});
    CHECK(p2019.one(kT2 + "/tbody[5]/tr[3]/td[2]") == "286.5万元");

    const test::Page p2021(test::html_of({checked("clean-2021.txt")}));
    CHECK(p2021.count(kT2 + "/tbody") == 4);
    // A single-column item spans the width of three, as the template prints it.
    CHECK(p2021.one(kT2 + "/tbody[2]/tr[2]/th[2]/@colspan") == "3");
    CHECK(p2021.one(kT2 + "/tbody[2]/tr[3]/td/@colspan") == "3");
    CHECK(p2021.one(kT2 + "/tbody[4]/tr[3]/td") == "12.35");
}

TEST_CASE("html tables · a row the report lacks is drawn empty and its header marked") {
    const test::Page page(test::html_of({checked("broken-row-missing.txt")}));
    const std::string row = kT3 + "/tbody[1]/tr[th[@data-row='applications.not_processed.publication']]";
    CHECK(page.one(row + "/th[@data-row]/@data-rules") == "row-missing");
    CHECK(page.count(row + "/td[@class='missing'][@title='报告中没有这一格']") == 7);
    CHECK(page.count(kT3 + "/tbody[1]/tr") == 23);
}

TEST_CASE("html tables · a row the template lacks follows the template's rows") {
    const test::Page page(test::html_of({checked("broken-row-unknown.txt")}));
    CHECK(page.all(kT2 + "/tbody[1]/tr/th[@scope='row']") == std::vector<std::string>{"规章", "规范性文件", "其他主动公开文件"});
    CHECK(page.all(kT2 + "/tbody[1]/tr[5]/td") == std::vector<std::string>{"27", "27", "164"});
    // Its finding stands on the item.
    CHECK(page.one(kT2 + "/tbody[1]/tr[1]/th/@data-row") == "active_disclosure.art20_1");
}

TEST_CASE("html tables · a table not found is said under its heading") {
    const test::Page page(test::html_of({checked("broken-table-missing.txt")}));
    CHECK(page.count(kT4) == 0);
    CHECK(page.one("//section[@id='r1']/h3[@id='r1-review_litigation']/following-sibling::p[1]/@class") ==
          "tnote sev-error");
    CHECK(page.one("//section[@id='r1']/h3[@id='r1-review_litigation']/following-sibling::p[2]") ==
          "报告中没有找到这张表。");
}

TEST_CASE("html tables · blank cells are drawn blank with a light mark") {
    const FileResult r = checked("broken-blank-in-identity.txt");
    const test::Page page(test::html_of({r}));
    const std::string cell = kT3 + "//td[@data-cell='applications.denied.state_secret.total']";
    CHECK(page.one(cell + "/@class") == "blank m m-at sev-note");
    CHECK(page.one(cell + "/@data-rules") == "blank-in-identity");
    CHECK(page.one(cell + "/span[@class='v']").empty());
    CHECK(page.one(cell + "/span[@class='sr']") == "（此处有检查结果，空白）");
    CHECK(page.count(kT3 + "//td[contains(@class, 'blank')]") == 4);
}
