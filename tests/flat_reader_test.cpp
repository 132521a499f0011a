// The flattened-text reader: Documents from small texts, then the samples under samples/flat/
// end to end, against the same reports in the one-cell-per-line layout.
#include <algorithm>
#include <set>

#include "support.hpp"
#include "xxgk/extract.hpp"
#include "xxgk/identity.hpp"
#include "xxgk/readers.hpp"

using namespace xxgk;

namespace {

Result<Document> read(const std::string& text) { return read_flat_text(SourceText{"t.txt", "UTF-8", text}); }

Document document(const std::string& text) {
    auto doc = read(text);
    if (!doc) FAIL(doc.error().message);
    return doc.value();
}

std::vector<std::string> cells(const DocRow& row) {
    std::vector<std::string> out;
    for (const auto& c : row.cells) out.push_back(c.text);
    return out;
}

const DocTable& table(const Document& doc, std::size_t n) {
    for (const auto& b : doc.blocks)
        if (b.kind == Block::Kind::table && n-- == 0) return b.table;
    FAIL("no such table");
    return doc.blocks.front().table;
}

std::vector<std::string> paragraphs(const Document& doc) {
    std::vector<std::string> out;
    for (const auto& b : doc.blocks)
        if (b.kind == Block::Kind::paragraph) out.push_back(b.paragraph.text);
    return out;
}

std::set<std::string> rules_fired(const std::string& flat_sample) {
    FileResult r = check_file(test::sample_path("flat/" + flat_sample), {}, {});
    REQUIRE(r.status != FileResult::Status::error);
    std::set<std::string> out;
    for (const auto& f : r.findings) out.insert(f.rule);
    return out;
}

std::string without_newlines(const nlohmann::ordered_json& v) {
    std::string s = v.get<std::string>();
    s.erase(std::remove(s.begin(), s.end(), '\n'), s.end());
    return s;
}

// What a flattened copy cannot keep: positions, the source, labels as printed (wrapped
// header cells, group labels), and paragraph breaks inside a section's prose.
nlohmann::ordered_json comparable(nlohmann::ordered_json j) {
    if (j.is_object()) {
        nlohmann::ordered_json out = nlohmann::ordered_json::object();
        for (auto& [key, value] : j.items()) {
            if (key == "line" || key == "column" || key == "source" || key == "labels" || key == "label" ||
                key == "recovered")
                continue;
            out[key] = key == "text" && value.is_string() ? nlohmann::ordered_json(without_newlines(value))
                                                          : comparable(value);
        }
        return out;
    }
    if (j.is_array())
        for (auto& v : j) v = comparable(v);
    return j;
}

}  // namespace

TEST_CASE("flat reader: a row's run is cut by its total · positions point at each number", "[flat][reader]") {
    Document doc = document("一、本年新收政府信息公开申请数量713000074\n");
    const DocTable& t = table(doc, 0);
    REQUIRE(t.rows.size() == 2);
    CHECK(cells(t.rows[0]) == std::vector<std::string>{"申请人情况"});  // the anchor it lacked
    CHECK(cells(t.rows[1]) ==
          std::vector<std::string>{"一、本年新收政府信息公开申请数量", "71", "3", "0", "0", "0", "0", "74"});
    CHECK(t.rows[1].recovered);
    CHECK(t.rows[1].cells[1].pos.line == 1);
    CHECK(t.rows[1].cells[1].pos.column == 17);
    CHECK(t.rows[1].cells[7].pos.column == 24);
}

TEST_CASE("flat reader: a row cut by whitespace and digit counts alone is not recovered", "[flat][reader]") {
    Document doc = document(
        "一、本年新收政府信息公开申请数量96 21 2 1 4 3 127二、上年结转政府信息公开申请数量5200108\n");
    const DocTable& t = table(doc, 0);
    REQUIRE(t.rows.size() == 3);
    CHECK_FALSE(t.rows[1].recovered);
    CHECK_FALSE(t.rows[2].recovered);
    CHECK(cells(t.rows[2]).back() == "8");
}

TEST_CASE("flat reader: the next row's item number sticks to the digits", "[flat][reader]") {
    Document doc = document(
        "申请人情况（四）无法提供1.本机关不掌握相关政府信息4910000502.没有现成信息需要另行制作6200019\n");
    const DocTable& t = table(doc, 0);
    REQUIRE(t.rows.size() == 3);
    CHECK(cells(t.rows[1]) == std::vector<std::string>{"（四）无法提供", "1.本机关不掌握相关政府信息", "49",
                                                       "1", "0", "0", "0", "0", "50"});
    CHECK(cells(t.rows[2]) ==
          std::vector<std::string>{"2.没有现成信息需要另行制作", "6", "2", "0", "0", "0", "1", "9"});
}

TEST_CASE("flat reader: headings split off their prose · the crawler's title is the title", "[flat][reader]") {
    Document doc = document(
        "标题:某局2020年政府信息公开工作年度报告 发布时间:2021-01-28 原文链接:http://x.gov.cn/1.html\n"
        "一、总体情况2020年，本局依法公开。二、主动公开政府信息情况\n五、存在的主要问题及改进情况仍有不足。\n"
        "附件下载\n");
    CHECK(paragraphs(doc) == std::vector<std::string>{"某局2020年政府信息公开工作年度报告",
                                                      "发布时间:2021-01-28 原文链接:http://x.gov.cn/1.html",
                                                      "一、总体情况", "2020年，本局依法公开。",
                                                      "二、主动公开政府信息情况",
                                                      "五、存在的主要问题及改进情况", "仍有不足。"});
}

TEST_CASE("flat reader: table 二 is cut where the format alone decides · else unreadable", "[flat][reader]") {
    Document doc = document(
        "第二十条第（五）项信息内容上一年项目数量本年增/减处理决定数量行政许可2648-18 "
        "538其他对外管理服务事项58+31264"
        "第二十条第（八）项信息内容上一年项目数量本年增/减行政事业性收费40\n");
    const DocTable& t = table(doc, 0);
    REQUIRE(t.rows.size() == 7);
    CHECK(cells(t.rows[0]) == std::vector<std::string>{"第二十条第（五）项"});
    CHECK(cells(t.rows[1]) ==
          std::vector<std::string>{"信息内容", "上一年项目数量", "本年增/减", "处理决定数量"});
    CHECK(cells(t.rows[2]) == std::vector<std::string>{"行政许可", "2648", "-18", "538"});
    // The run in every cell, as printed (no marker of ours), each cell flagged as run together.
    CHECK(cells(t.rows[3]) == std::vector<std::string>{"其他对外管理服务事项", "58+31264", "58+31264", "58+31264"});
    CHECK(!t.rows[3].cells[0].run_together);
    for (std::size_t i = 1; i < 4; ++i) CHECK(t.rows[3].cells[i].run_together);
    CHECK(!t.rows[2].cells[1].run_together);
    CHECK(cells(t.rows[6]) == std::vector<std::string>{"行政事业性收费", "4", "0"});
}

TEST_CASE("flat reader: a table 二 run only one reading keeps within the year's bounds is read so · flagged",
          "[flat][reader]") {
    // 2019: 3342 is 3|3|42 (3|34|2 and 33|4|2 publish more than is public); 2021: 9012 is 9|0|12
    // (90|1|2 keeps fewer in force than issued minus repealed; 9|01|2 has a leading zero).
    Document doc = document(
        "第二十条第（一）项信息内容本年新制作数量本年新公开数量对外公开总数量规范性文件3342"
        "第二十条第（五）项信息内容上一年项目数量本年增/减处理决定数量行政许可2648-18538\n");
    const DocTable& t = table(doc, 0);
    REQUIRE(t.rows.size() == 6);
    CHECK(cells(t.rows[2]) == std::vector<std::string>{"规范性文件", "3", "3", "42"});
    CHECK(t.rows[2].recovered);
    CHECK_FALSE(t.rows[2].cells[1].run_together);
    // No bound over 本年增/减: the run stays together.
    CHECK(t.rows[5].cells[1].run_together);
    CHECK_FALSE(t.rows[5].recovered);
    Document y2021 = document(
        "第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章9012行政规范性文件5123\n");
    const DocTable& u = table(y2021, 0);
    REQUIRE(u.rows.size() == 4);
    CHECK(cells(u.rows[2]) == std::vector<std::string>{"规章", "9", "0", "12"});
    CHECK(u.rows[2].recovered);
    // 5|1|23 and 5|12|3 both keep 现行有效 ≥ 制发 − 废止: not split.
    CHECK(cells(u.rows[3]) == std::vector<std::string>{"行政规范性文件", "5123", "5123", "5123"});
    CHECK(u.rows[3].cells[1].run_together);
    CHECK_FALSE(u.rows[3].recovered);
}

TEST_CASE("flat reader: table 四 is one row of five per group · flagged where a sum cut it",
          "[flat][reader]") {
    Document doc = document(
        "行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉12001130101200000\n");
    const DocTable& t = table(doc, 0);
    REQUIRE(t.rows.size() == 4);
    CHECK(cells(t.rows[1]) == std::vector<std::string>{"12", "0", "0", "1", "13"});
    CHECK(t.rows[1].recovered);
    CHECK_FALSE(t.rows[2].recovered);
    CHECK_FALSE(t.rows[3].recovered);
}

TEST_CASE("flat reader: a row no cut can make add up is an error naming line and row", "[flat][reader]") {
    auto doc = read("\n一、本年新收政府信息公开申请数量97212143127\n");
    REQUIRE_FALSE(doc.ok());
    CHECK(doc.error().line == 2);
    CHECK(doc.error().message ==
          "row \"一、本年新收政府信息公开申请数量\" of table 三: no reading of its digit run "
          "\"97212143127\" "
          "makes the total the sum of the six applicant columns; the cells cannot be recovered");
}

TEST_CASE("flat samples: clean reports fire only row-split-assumed", "[flat][samples]") {
    for (const char* name :
         {"clean-2019.txt", "clean-2021.txt", "glued-negative-2019.txt", "item-number-sticks-2021.txt"}) {
        INFO(name);
        CHECK(rules_fired(name) == std::set<std::string>{"row-split-assumed"});
    }
    CHECK(rules_fired("broken-results-total.txt") ==
          std::set<std::string>{"results-total", "row-split-assumed"});
}

TEST_CASE("flat samples: sniffed as flat · modelled as the same reports in the text layout",
          "[flat][samples]") {
    for (auto [flat, text] :
         {std::pair{"clean-2019.txt", "clean-2019.txt"}, std::pair{"clean-2021.txt", "clean-2021.txt"},
          std::pair{"broken-results-total.txt", "broken-results-total.txt"}}) {
        INFO(flat);
        Report from_flat = test::sample(std::string("flat/") + flat);
        Report from_text = test::sample(text);
        CHECK(from_flat.format == "flat");
        CHECK(comparable(report_to_json(from_flat)).dump(1) == comparable(report_to_json(from_text)).dump(1));
        auto errors = [](const Report& r) {
            std::multiset<std::string> out;
            for (const auto& f : run_rules(r, {}))
                if (f.severity == Severity::error)
                    out.insert(f.rule + " " + f.row + " " + f.column + " " + f.message_en);
            return out;
        };
        CHECK(errors(from_flat) == errors(from_text));
    }
}

TEST_CASE("flat samples: a recovered row's total identity is assumed · a forced one checked",
          "[flat][samples]") {
    Report r = test::sample("flat/clean-2019.txt");
    REQUIRE(r.applications.row("new_received"));
    CHECK(r.applications.row("new_received")->recovered);
    CHECK_FALSE(r.applications.row("carried_over")->recovered);
    int assumed = 0, holds = 0;
    for (const IdentityDef& def : identities_for(r.layout)) {
        IdentityStatus s = evaluate_identity(def, r, false).status;
        if (def.rule != "applicant-total") CHECK(s == IdentityStatus::holds);
        if (def.subject == "new_received") CHECK(s == IdentityStatus::assumed);
        if (def.subject == "carried_over") CHECK(s == IdentityStatus::holds);
        (s == IdentityStatus::assumed ? assumed : holds)++;
    }
    CHECK(assumed == 5);

    std::vector<Finding> notes = run_rules(r, {});
    REQUIRE(notes.size() == 5);
    CHECK(notes[0].rule == "row-split-assumed");
    CHECK(notes[0].code == "XG210");
    CHECK(notes[0].severity == Severity::note);
    CHECK(notes[0].pos.line == 5);
    CHECK(notes[0].pos.column == 108);  // at 96, the row's first number
    CHECK(notes[0].table == "applications");
    CHECK(notes[0].row == "new_received");
    CHECK(notes[0].message_zh ==
          "表三「一、本年新收政府信息公开申请数量」行的单元格是从连写数字“96 212 1 43127”中按“总计 = "
          "六类申请人之和”"
          "拆分出来的，该行的总计关系是假定的，未经核对");
    CHECK(
        notes[0].message_en ==
        "the cells of table 三 row \"一、本年新收政府信息公开申请数量\" were split out of the digit run \"96 "
        "212 1 "
        "43127\" assuming total = sum of the six applicant columns; that identity was assumed, not checked");
}

TEST_CASE("flat samples: a table-四 group cut by its sum is noted too", "[flat][samples]") {
    Report r = test::sample("broken-row-split-assumed.txt");
    CHECK(r.review.recovered == std::array<bool, 3>{true, false, false});
    int review_notes = 0;
    for (const Finding& f : run_rules(r, {})) {
        CHECK(f.rule == "row-split-assumed");
        if (f.table != "review_litigation") continue;
        ++review_notes;
        CHECK(f.row == "review");
        CHECK(f.message_en ==
              "the five numbers of table 四 group \"administrative review\" were split out of the digit run "
              "\"1200113\" assuming total = sum of the four results; that identity was assumed, not checked");
    }
    CHECK(review_notes == 1);
}

TEST_CASE("flat samples: an unrecoverable row makes the file unreadable · ambiguous rows do not", "[flat][samples]") {
    // Ambiguous rows are run together with their readings (row-split-ambiguous), never guessed.
    FileResult ambiguous = check_file(test::sample_path("flat/ambiguous-row-2019.txt"), {}, {});
    CHECK(ambiguous.status == FileResult::Status::findings);
    CHECK_FALSE(ambiguous.error);

    FileResult broken = check_file(test::sample_path("flat/broken-applicant-total.txt"), {}, {});
    CHECK(broken.status == FileResult::Status::error);
    REQUIRE(broken.error);
    CHECK(broken.error->pos.line == 5);
    CHECK(broken.error->message_en ==
          "row \"一、本年新收政府信息公开申请数量\" of table 三: no reading of its digit run \"97 "
          "212 1 43127\" "
          "makes the total the sum of the six applicant columns; the cells cannot be recovered; the column "
          "identities read it as 97 21 2 1 4 3 127, whose six applicant columns add up to 128");
    CHECK(broken.error->message_zh ==
          "表三「一、本年新收政府信息公开申请数量」行的连写数字“97 212 1 43127”没有一种拆法能使总计等于六类申请人之和，"
          "无法还原各单元格；按各列的等式读作 97 21 2 1 4 3 127，其六类申请人之和为 128");
}

TEST_CASE("flat reader: splitting is bounded per run and per document · and says which bound stopped it",
          "[flat][reader]") {
    // Glued ones and nines: seven numbers of up to sixteen digits in too many ways to try.
    const std::string soup = "1991999911919119119991911111999119999191911199191199999191199191";
    auto one = read("一、本年新收政府信息公开申请数量" + soup + "\n");
    REQUIRE_FALSE(one.ok());
    CHECK(one.error().message == "row \"一、本年新收政府信息公开申请数量\" of table 三: its digit run \"" + soup +
                                     "\" is too long to split; the cells cannot be recovered");
    CHECK(one.error().message_zh == "表三「一、本年新收政府信息公开申请数量」行的连写数字“" + soup + "”太长，无法拆分，无法还原各单元格");
    // Each run alone fits the bound; the second finds the document's bound spent by the first.
    const std::string almost = "1111991119999911919111911199991111199991199191991999991999119911111111";
    auto two = read("一、本年新收政府信息公开申请数量" + almost + "二、上年结转政府信息公开申请数量" + almost + "\n");
    REQUIRE_FALSE(two.ok());
    CHECK(two.error().message ==
          "row \"二、上年结转政府信息公开申请数量\" of table 三: its digit run \"" + almost +
              "\" was not split: the runs before it used up the work allowed for one document; the cells "
              "cannot be recovered");
}
