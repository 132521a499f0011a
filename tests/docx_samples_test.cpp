// samples/docx/ end to end, against the plain-text samples they were made from.
#include <utility>

#include "docx_support.hpp"
#include "xxgk/extract.hpp"

using namespace docx_test;

namespace {

// Positions differ by nature (lines in text, table/row/cell in .docx), and so does the source.
nlohmann::ordered_json without_positions(const nlohmann::ordered_json& j) {
    if (j.is_array()) {
        nlohmann::ordered_json out = nlohmann::ordered_json::array();
        for (const auto& v : j) out.push_back(without_positions(v));
        return out;
    }
    if (!j.is_object()) return j;
    nlohmann::ordered_json out = nlohmann::ordered_json::object();
    for (const auto& [key, value] : j.items())
        if (key != "line" && key != "column" && key != "source" && key != "table_index" &&
            key != "row_index" && key != "cell_index")
            out[key] = without_positions(value);
    return out;
}

// What a finding says, without where it says it.
std::vector<std::string> findings_of(const Report& report, bool with_section_missing = true) {
    std::vector<std::string> out;
    for (const Finding& f : run_rules(report, {})) {
        if (!with_section_missing && f.rule == "section-missing") continue;
        std::string s = f.rule + " | " + f.message_zh + " | " + f.table + " | " + f.row + " | " + f.column;
        if (f.identity) s += " | " + format_number(f.identity->difference);
        out.push_back(s);
    }
    return out;
}

const DocTable& table_with(const Document& doc, const std::string& anchor) {
    for (const Block& b : doc.blocks)
        for (const DocRow& row : b.table.rows)
            for (const DocCell& c : row.cells)
                if (c.text.find(anchor) != std::string::npos) return b.table;
    FAIL("no table with " << anchor);
    static const DocTable none;
    return none;
}

const DocCell& cell_with(const DocTable& t, const std::string& text) {
    for (const DocRow& row : t.rows)
        for (const DocCell& c : row.cells)
            if (c.text == text) return c;
    FAIL("no cell " << text);
    static const DocCell none;
    return none;
}

Document sample_document(const std::string& name) {
    Result<Document> doc = read_docx(test::slurp(test::sample_path("docx/" + name)));
    REQUIRE(doc.ok());
    return doc.value();
}

}  // namespace

TEST_CASE("docx samples: the same report as their plain-text twins", "[reader][docx][samples]") {
    const std::pair<const char*, const char*> pairs[] = {
        {"clean-2019.docx", "clean-2019.txt"},
        {"clean-2021.docx", "clean-2021.txt"},
        {"broken-results-total.docx", "broken-results-total.txt"},
        {"broken-applicant-total.docx", "broken-applicant-total.txt"},
        {"odd-runs-2021.docx", "clean-2021.txt"},
    };
    for (auto [docx_name, text_name] : pairs) {
        INFO(docx_name);
        Report from_docx = test::sample(std::string("docx/") + docx_name);
        Report from_text = test::sample(text_name);
        CHECK(from_docx.format == "docx");
        CHECK(without_positions(report_to_json(from_docx)).dump(1) ==
              without_positions(report_to_json(from_text)).dump(1));
        CHECK(findings_of(from_docx, false) == findings_of(from_text, false));
        // Every heading is found, at its paragraph (section-missing: see the test below).
        REQUIRE(from_docx.sections.size() == 6);
        for (const Section& s : from_docx.sections) CHECK(s.pos.paragraph > 0);
    }
    CHECK(findings_of(test::sample("docx/clean-2019.docx"), false).empty());
    CHECK(findings_of(test::sample("docx/clean-2021.docx"), false).empty());
    CHECK(findings_of(test::sample("docx/odd-runs-2021.docx"), false).empty());
    CHECK(findings_of(test::sample("docx/broken-results-total.docx"), false) ==
          std::vector<std::string>{
              "results-total | 申请人「自然人」列：（七）总计 ≠ （一）至（六）各项之和（140 ≠ 142，差 -2） | "
              "applications | results_total | natural_person | -2",
              "results-total | 申请人「总计」列：（七）总计 ≠ （一）至（六）各项之和（185 ≠ 187，差 -2） | "
              "applications | results_total | total | -2"});
    CHECK(findings_of(test::sample("docx/broken-applicant-total.docx"), false).size() == 2);
}

TEST_CASE("docx samples: clean samples give no findings at all", "[reader][docx][samples]") {
    CHECK(findings_of(test::sample("docx/clean-2019.docx")).empty());
    CHECK(findings_of(test::sample("docx/clean-2021.docx")).empty());
    CHECK(findings_of(test::sample("docx/odd-runs-2021.docx")).empty());
}

TEST_CASE("docx samples: the template's merges as Word writes them", "[reader][docx][samples]") {
    for (auto [name, results_rows] : {std::pair{"clean-2019.docx", 20}, std::pair{"clean-2021.docx", 22}}) {
        INFO(name);
        Document doc = sample_document(name);
        const DocTable& apps = table_with(doc, "勾稽关系");
        const DocCell& corner = apps.rows[0].cells[0];
        CHECK(corner.rowspan == 3);
        CHECK(corner.colspan == 3);
        CHECK(cell_with(apps, "申请人情况").colspan == 7);
        CHECK(cell_with(apps, "自然人").rowspan == 2);
        CHECK(cell_with(apps, "法人或其他组织").colspan == 5);
        CHECK(cell_with(apps, "三、本年度办理结果").rowspan == results_rows);
        CHECK(cell_with(apps, "（三）不予公开").rowspan == 8);
        CHECK(cell_with(apps, "（四）无法提供").rowspan == 3);
        CHECK(cell_with(apps, "（五）不予处理").rowspan == 5);
        CHECK(cell_with(apps, "一、本年新收政府信息公开申请数量").colspan == 3);
        CHECK(cell_with(apps, "（一）予以公开").colspan == 2);
        const DocTable& review = table_with(doc, "未经复议直接起诉");
        CHECK(cell_with(review, "行政诉讼").colspan == 10);
        CHECK(cell_with(review, "复议后起诉").colspan == 5);
        CHECK(review.rows[1].cells[0].rowspan == 2);  // 结果维持 of 行政复议
        CHECK(review.rows[2].cells[0].text.empty());  // ... and its continuation
        CHECK(review.rows[2].cells[0].pos.cell == 1);
    }
}

TEST_CASE("docx samples: odd runs · revisions and content controls", "[reader][docx][samples]") {
    Document doc = sample_document("odd-runs-2021.docx");
    const DocTable& apps = table_with(doc, "勾稽关系");
    const DocRow& total = apps.rows[apps.rows.size() - 2];  // （七）总计; then 四、结转下年度
    REQUIRE(total.cells.size() == 9);
    CHECK(total.cells[1].text == "（七）总计");        // one run per character
    CHECK(total.cells[2].text == "140");               // a deleted "9" before it
    CHECK(apps.rows[3].cells.back().text == "186");    // its last digit a tracked insertion
    CHECK(where(total.cells[2].pos) == "t2r27c3");
    const DocTable& active = table_with(doc, "第二十条第（八）项");
    CHECK(cell_with(active, "本年收费金额\n（单位：万元）").colspan == 3);  // w:br in the label
    const DocTable& review = table_with(doc, "未经复议直接起诉");  // inside a w:sdt
    CHECK(where(review.pos) == "t3");
}

