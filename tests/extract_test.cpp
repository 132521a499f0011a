#include <sstream>

#include "support.hpp"
#include "xxgk/extract.hpp"

using namespace xxgk;

TEST_CASE("extract: the contract's top-level keys · in order", "[extract]") {
    auto j = report_to_json(test::sample("clean-2019.txt"));
    std::vector<std::string> keys;
    for (auto it = j.begin(); it != j.end(); ++it) keys.push_back(it.key());
    CHECK(keys == std::vector<std::string>{"source", "template", "year", "issuer", "title", "sections",
                                           "active_disclosure", "applications", "review_litigation"});
    CHECK(j["source"]["format"] == "text");
    CHECK(j["source"]["encoding"] == "UTF-8");
    CHECK(j["template"] == "2019");
    CHECK(j["year"] == 2020);
}

TEST_CASE("extract: a table-三 cell is value · raw · line and column", "[extract]") {
    auto j = report_to_json(test::sample("clean-2019.txt"));
    const auto& total = j["applications"]["rows"]["new_received"][6];
    CHECK(total["value"] == 127);
    CHECK(total["raw"] == "127");
    CHECK(total["line"] == 110);
    CHECK(total["column"] == 2);
    CHECK(j["applications"]["rows"].size() == 23);
    CHECK(j["applications"]["labels"]["results_total"] == "（七）总计");
    CHECK(j["review_litigation"]["review"]["total"]["value"] == 5);
}

TEST_CASE("extract: blanks are null with their raw text", "[extract]") {
    auto j = report_to_json(test::sample("broken-blank-in-identity.txt"));
    const auto& cell = j["applications"]["rows"]["denied.state_secret"][6];
    CHECK(cell["value"].is_null());
    CHECK(cell["blank"] == true);
    CHECK(cell["raw"] == "");
}

TEST_CASE("extract: table 二 keeps keys and printed labels · units and decimals", "[extract]") {
    auto j = report_to_json(test::sample("clean-2021.txt"));
    const auto& items = j["active_disclosure"]["items"];
    REQUIRE(items.size() == 4);
    CHECK(items[0]["columns"][2]["key"] == "in_force");
    CHECK(items[0]["rows"][1]["key"] == "normative_documents");
    CHECK(items[0]["rows"][1]["label"] == "行政规范性文件");
    const auto& fee = items[3]["rows"][0]["cells"]["fee_amount"];
    CHECK(fee["value"].is_number_float());
}

TEST_CASE("extract: absent tables are null", "[extract]") {
    auto j = report_to_json(test::sample("broken-table-missing.txt"));
    CHECK(j["review_litigation"].is_null());
    CHECK(!j["applications"].is_null());
}

TEST_CASE("extract: CSV · one row per cell with the columns researchers load", "[extract]") {
    std::ostringstream out;
    write_csv_header(out);
    write_csv_rows(out, test::sample("clean-2019.txt"), "a,b.txt");
    std::string csv = out.str();
    std::vector<std::string> lines;
    for (std::size_t start = 0, end; (end = csv.find("\r\n", start)) != std::string::npos; start = end + 2)
        lines.push_back(csv.substr(start, end - start));
    REQUIRE(lines.size() == 1 + 22 + 23 * 7 + 15);
    CHECK(lines[0] == "file,issuer,year,template,table,row_key,column_key,label,value,raw,line,doc_table,doc_row,doc_cell");
    CHECK(lines[1] == "\"a,b.txt\",青禾县自然资源和规划局,2020,2019,active_disclosure,"
                      "art20_1.regulations,new_made,规章 本年新制作数量,0,0,20,,,");
    CHECK(lines[23].rfind("\"a,b.txt\",青禾县自然资源和规划局,2020,2019,applications,new_received,"
                          "natural_person,一、本年新收政府信息公开申请数量,", 0) == 0);
    CHECK(lines.back().find(",review_litigation,litigation_after_review,total,行政诉讼 复议后起诉 总计,") !=
          std::string::npos);
}

TEST_CASE("extract: CSV quotes what needs quoting · keeps blanks empty", "[extract]") {
    std::ostringstream out;
    write_csv_rows(out, test::sample("broken-blank-in-identity.txt"), "x.txt");
    CHECK(out.str().find(",applications,denied.state_secret,total,（三）不予公开 1.属于国家秘密,,,150,,,\r\n") !=
          std::string::npos);
}

TEST_CASE("extract: CSV of a .docx · each cell names its table · row and cell in the document", "[extract]") {
    std::ostringstream out;
    write_csv_rows(out, test::sample("docx/clean-2021.docx"), "r.docx");
    CHECK(out.str().find(",applications,new_received,natural_person,一、本年新收政府信息公开申请数量,142,142,,2,4,2\r\n") !=
          std::string::npos);
}

TEST_CASE("extract: wide CSV · one row per report by issuer and year with key totals and own findings", "[extract]") {
    std::ostringstream out;
    std::unique_ptr<ExtractWriter> w = find_extract_format("csv")->open(out, {.wide = true, .excel = true});
    const Finding warning{.severity = Severity::warning}, error{.severity = Severity::error};
    const std::vector<Finding> two = {warning, error};
    w->report(test::sample("city/2023/霁川市财政局2023年政府信息公开工作年度报告.txt"), "b.txt", two);
    w->report(test::sample("city/2022/霁川市财政局2022年政府信息公开工作年度报告.txt"), "a.txt", {});
    w->end();
    CHECK(out.str() ==
          "\xEF\xBB\xBF"
          "file,issuer,year,template,new_received,carried_over,results_total,carried_forward,review_total,"
          "litigation_total,normative_issued,normative_in_force,errors,warnings\r\n"
          "a.txt,霁川市财政局,2022,2021,33,2,33,2,3,1,4,17,0,0\r\n"
          "b.txt,霁川市财政局,2023,2021,39,2,39,2,30000,1,4,21,1,1\r\n");
}

TEST_CASE("extract: plain CSV has no BOM without --excel", "[extract]") {
    std::ostringstream out;
    find_extract_format("csv")->open(out, {});
    CHECK(out.str().rfind("file,issuer,", 0) == 0);
}
