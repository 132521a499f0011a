#include "support.hpp"

using namespace xxgk;

TEST_CASE("model: 2019 sample · every part found", "[model]") {
    Report r = test::sample("clean-2019.txt");
    CHECK(r.layout == Template::t2019);
    CHECK(r.year == 2020);
    CHECK(r.issuer == "青禾县自然资源和规划局");
    CHECK(r.sections.size() == 6);
    CHECK(r.sections[3].key == "review_litigation");
    CHECK(r.active.layout == Template::t2019);
    REQUIRE(r.active.items.size() == 5);
    CHECK(r.active.items[4].key == "art20_9");
    CHECK(r.active.items[4].rows[0].key == "centralized_procurement");
    int cells2 = 0;
    for (const auto& item : r.active.items)
        for (const auto& row : item.rows) cells2 += static_cast<int>(row.cells.size());
    CHECK(cells2 == 22);
    CHECK(r.applications.rows.size() == 23);
    for (const auto& key : application_row_keys(Template::t2019)) {
        INFO(key);
        CHECK(r.applications.row(key) != nullptr);
    }
    CHECK(r.review.complete);
}

TEST_CASE("model: 2021 sample · the split （六） and the 2021 table 二", "[model]") {
    Report r = test::sample("clean-2021.txt");
    CHECK(r.layout == Template::t2021);
    CHECK(r.year == 2022);
    CHECK(r.applications.rows.size() == 25);
    CHECK(r.applications.row("other.other") != nullptr);
    CHECK(r.applications.row("other") == nullptr);
    REQUIRE(r.active.items.size() == 4);
    int cells2 = 0;
    for (const auto& item : r.active.items)
        for (const auto& row : item.rows) cells2 += static_cast<int>(row.cells.size());
    CHECK(cells2 == 10);
    CHECK(r.active.items[3].columns[0].key == "fee_amount");
}

TEST_CASE("model: GB18030 sample reads like UTF-8", "[model]") {
    Report r = test::sample("clean-2021-gbk.txt");
    CHECK(r.encoding == "GB18030");
    CHECK(r.layout == Template::t2021);
    CHECK(r.year == 2023);
}

TEST_CASE("model: cells keep value · raw text and position", "[model]") {
    // The seed's layout in small: group labels only in a group's first row.
    const std::string text =
        "某某局2020年政府信息公开工作年度报告\n"
        "三、收到和处理政府信息公开申请情况\n"
        "\t（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\n\t申请人情况\n\n"
        "\t一、本年新收政府信息公开申请数量\n\t 2\n\t1 \n\t0\n\t0\n\t0\n\t0\n\t3\n\n"
        "\t三、本年度办理结果\n\t（一）予以公开\n\t1\n\t0\n\t0\n\t0\n\t0\n\t0\n\t1\n\n"
        "\t\n\t（三）不予公开\n\t1.属于国家秘密\n\t0\n\t0\n\t0\n\t0\n\t0\n\t0\n\t0\n\n"
        "\t\n\t\n\t2.其他法律行政法规禁止公开\n\t　\n\t0\n\t0\n\t0\n\t0\n\t0\n\t—\n";
    Report r = test::report_from_text(text);
    REQUIRE(r.applications.rows.size() == 4);
    const ApplicationRow* nr = r.applications.row("new_received");
    REQUIRE(nr);
    CHECK(*nr->cells[0].value == 2);
    CHECK(nr->cells[0].raw == "2");
    CHECK(nr->cells[0].pos.line == 7);
    CHECK(nr->cells[6].pos.line == 13);
    const ApplicationRow* secret = r.applications.row("denied.state_secret");
    REQUIRE(secret);
    CHECK(secret->label == "（三）不予公开 1.属于国家秘密");
    const ApplicationRow* law = r.applications.row("denied.prohibited_by_law");
    REQUIRE(law);
    CHECK(law->label == "（三）不予公开 2.其他法律行政法规禁止公开");
    CHECK(law->cells[0].blank);
    CHECK(law->cells[6].blank);
    CHECK(law->cells[6].raw == "—");
    CHECK(r.applications.layout == Template::unknown);
    CHECK(r.year == 2020);
    CHECK(r.issuer == "某某局");
}

TEST_CASE("model: year from the overview when the title has none", "[model]") {
    Report r = test::report_from_text("某街道政府信息公开工作年度报告\n一、总体情况\n2020年，本街道……\n");
    CHECK(r.year == 2020);
    CHECK(r.issuer == "某街道");
    Report none = test::report_from_text("政府信息公开\n一、总体情况\n本年度……\n");
    CHECK(!none.year);
    CHECK(!none.issuer);
}

TEST_CASE("model: a province-added row is kept · not dropped", "[model]") {
    Report r = test::sample("broken-row-unknown.txt");
    const ActiveItem& item = r.active.items[0];
    REQUIRE(item.rows.size() == 3);
    CHECK(item.rows[2].key.empty());
    CHECK(item.rows[2].label == "其他主动公开文件");
    CHECK(item.rows[2].cells.size() == 3);
}

TEST_CASE("model: lookup by canonical key", "[model]") {
    Report r = test::sample("clean-2019.txt");
    CHECK(r.lookup("applications.new_received.total").cell != nullptr);
    CHECK(r.lookup("applications.denied.state_secret.natural_person").label ==
          "（三）不予公开 1.属于国家秘密");
    CHECK(r.lookup("review_litigation.review.total").label == "行政复议 总计");
    CHECK(r.lookup("active_disclosure.art20_1.regulations.new_made").cell != nullptr);
    CHECK(r.lookup("applications.nope.total").cell == nullptr);
    CHECK(r.lookup("nothing").cell == nullptr);
    // cell_at is lookup without the label.
    for (const char* key : {"applications.new_received.total", "applications.denied.state_secret.natural_person",
                            "review_litigation.review.total", "active_disclosure.art20_1.regulations.new_made",
                            "applications.nope.total", "applications.new_received.nope", "nothing"})
        CHECK(r.cell_at(key) == r.lookup(key).cell);
}
