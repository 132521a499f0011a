// The Markdown reader on snippets: exact Documents, cell by cell, with positions.
// End to end over samples/markdown/: markdown_samples_test.cpp.
#include <catch2/catch.hpp>

#include "xxgk/readers.hpp"

using namespace xxgk;

namespace {

Document read(const std::string& text) {
    auto doc = read_markdown(SourceText{"t.md", "UTF-8", text});
    REQUIRE(doc.ok());
    return doc.value();
}

// The cells of a row as texts, for whole-row comparisons.
std::vector<std::string> texts(const DocRow& row) {
    std::vector<std::string> out;
    for (const auto& c : row.cells) out.push_back(c.text);
    return out;
}

std::vector<int> columns(const DocRow& row) {
    std::vector<int> out;
    for (const auto& c : row.cells) out.push_back(c.pos.column);
    return out;
}

using Texts = std::vector<std::string>;
using Columns = std::vector<int>;

}  // namespace

TEST_CASE("markdown: pipe rows are cells · with line and character column", "[reader][markdown]") {
    Document doc = read("标题\n\n| 信息内容 | 本年新制作数量 |\n| --- | --- |\n| 规章 | 0 |  | 3 |\n");
    REQUIRE(doc.blocks.size() == 2);
    CHECK(doc.blocks[0].paragraph.text == "标题");
    const DocTable& t = doc.blocks[1].table;
    CHECK(t.pos.line == 3);
    CHECK(t.pos.column == 1);
    REQUIRE(t.rows.size() == 2);  // the delimiter row is not data
    CHECK(texts(t.rows[0]) == Texts{"信息内容", "本年新制作数量"});
    CHECK(columns(t.rows[0]) == Columns{3, 10});
    CHECK(texts(t.rows[1]) == Texts{"规章", "0", "", "3"});  // an empty cell stays a cell
    CHECK(t.rows[1].pos.line == 5);
    CHECK(t.rows[1].pos.column == 2);
    // `| 规章 | 0 |  | 3 |`: an empty cell points right after its `|`.
    CHECK(columns(t.rows[1]) == Columns{3, 8, 11, 15});
    for (const auto& c : t.rows[1].cells) CHECK(c.pos.line == 5);
}

TEST_CASE("markdown: the trailing pipe may be missing · the leading one may not", "[reader][markdown]") {
    Document doc = read("| 规章 | 0 | 3\n| 规范性文件 | 6 | 41 |  \n规章 | 0 | 3 |\n");
    REQUIRE(doc.blocks.size() == 2);
    const DocTable& t = doc.blocks[0].table;
    REQUIRE(t.rows.size() == 2);
    CHECK(texts(t.rows[0]) == Texts{"规章", "0", "3"});
    CHECK(columns(t.rows[0]) == Columns{3, 8, 12});
    CHECK(texts(t.rows[1]) == Texts{"规范性文件", "6", "41"});
    CHECK(doc.blocks[1].paragraph.text == "规章 | 0 | 3 |");  // no leading pipe: prose
}

TEST_CASE("markdown: filler rows are rows of empty cells", "[reader][markdown]") {
    Document doc = read("| 一、本年新收 | 5 |\n| --- | --- |\n| |||\n|\n| 二、上年结转 | 1 |\n");
    REQUIRE(doc.blocks.size() == 1);
    const DocTable& t = doc.blocks[0].table;
    REQUIRE(t.rows.size() == 3);  // a lone `|` has no cell and is no row
    CHECK(texts(t.rows[1]) == Texts{"", "", ""});
    CHECK(columns(t.rows[1]) == Columns{2, 4, 5});
    CHECK(t.rows[2].pos.line == 5);
}

TEST_CASE("markdown: escaped pipes stay inside their cell", "[reader][markdown]") {
    Document doc = read("| a \\| b | c |\n| d\\\\| e |\n| \\-8 | \\*x\\* |\n");
    const DocTable& t = doc.blocks.at(0).table;
    REQUIRE(t.rows.size() == 3);
    CHECK(texts(t.rows[0]) == Texts{"a | b", "c"});
    CHECK(columns(t.rows[0]) == Columns{3, 12});
    CHECK(texts(t.rows[1]) == Texts{"d\\", "e"});  // an escaped backslash does not escape the |
    CHECK(texts(t.rows[2]) == Texts{"-8", "*x*"});
    CHECK(columns(t.rows[2]) == Columns{3, 9});
}

TEST_CASE("markdown: <br> is a line break inside the cell", "[reader][markdown]") {
    Document doc = read("| 本年收费金额<br>（单位：万元） | a <BR/> b | x<br />y | <br>5<br> |\n");
    const DocTable& t = doc.blocks.at(0).table;
    REQUIRE(t.rows.size() == 1);
    CHECK(texts(t.rows[0]) == Texts{"本年收费金额\n（单位：万元）", "a\nb", "x\ny", "5"});
    CHECK(t.rows[0].cells[3].pos.column == 50);  // at the 5, past the leading <br>
}

TEST_CASE("markdown: HTML entities are decoded · &nbsp to U+00A0", "[reader][markdown]") {
    Document doc = read("| &nbsp; | 0&nbsp; | &#12288;17 | A&amp;B | &#x4E00; | &bogus; |\n");
    const DocTable& t = doc.blocks.at(0).table;
    REQUIRE(t.rows.size() == 1);
    CHECK(texts(t.rows[0]) ==
          Texts{"\u00A0", "0\u00A0", "\u300017", "A&B", "\u4E00", "&bogus;"});
    // A blank cell points at what stands there; a number past the stray U+3000 before it.
    CHECK(columns(t.rows[0]) == Columns{3, 12, 30, 35, 45, 56});
}

TEST_CASE("markdown: emphasis markers are not cell text", "[reader][markdown]") {
    Document doc = read("| **127** | *3* | __总计__ | ***9*** | 2 * 3 | **半 |\n");
    const DocTable& t = doc.blocks.at(0).table;
    REQUIRE(t.rows.size() == 1);
    CHECK(texts(t.rows[0]) == Texts{"127", "3", "总计", "9", "2 * 3", "**半"});
    CHECK(columns(t.rows[0]) == Columns{5, 14, 21, 31, 38, 46});
}

TEST_CASE("markdown: headings and bold lines are paragraphs without their marks", "[reader][markdown]") {
    Document doc = read("# 标题\n## 一、总体情况 ##\n#二、主动公开\n**三、收到和处理**\n  正文 C#\n---\n#\n"
                        "<!-- image -->\n![](images/p3.jpg)\n");
    REQUIRE(doc.blocks.size() == 5);  // rule line, empty heading, comment, image: not prose
    CHECK(doc.blocks[0].paragraph.text == "标题");
    CHECK(doc.blocks[0].paragraph.pos.column == 3);
    CHECK(doc.blocks[1].paragraph.text == "一、总体情况");
    CHECK(doc.blocks[1].paragraph.pos.column == 4);
    CHECK(doc.blocks[2].paragraph.text == "二、主动公开");
    CHECK(doc.blocks[2].paragraph.pos.column == 2);
    CHECK(doc.blocks[3].paragraph.text == "三、收到和处理");
    CHECK(doc.blocks[3].paragraph.pos.column == 3);
    CHECK(doc.blocks[4].paragraph.text == "正文 C#");
    CHECK(doc.blocks[4].paragraph.pos.line == 5);
    CHECK(doc.blocks[4].paragraph.pos.column == 3);
}

TEST_CASE("markdown: delimiter rows under the header · or of three dashes · are not data",
          "[reader][markdown]") {
    Document doc = read("| a | b |\n|-|:-:|\n| - | -- |\n| --- | :---: |\n| 1 | 2 |\n");
    const DocTable& t = doc.blocks.at(0).table;
    REQUIRE(t.rows.size() == 3);
    CHECK(texts(t.rows[0]) == Texts{"a", "b"});
    CHECK(texts(t.rows[1]) == Texts{"-", "--"});  // further down, `-` and `--` are blanks
    CHECK(texts(t.rows[2]) == Texts{"1", "2"});
}

TEST_CASE("markdown: tables with no letter · digit or CJK are dropped · `-` cells are kept",
          "[reader][markdown]") {
    Document doc = read(
        "| 行政许可 | 58 |\n| --- | --- |\n| 行政强制 | - |\n\n"
        "| - | - | - |\n| --- | --- | --- |\n| - | - | - |\n| — |  | / |\n\n"
        "| - | - |\n| - | - |\n"
        "正文\n"
        "| 结果维持 | 结果纠正 |\n| --- | --- |\n| - | - |\n");
    REQUIRE(doc.blocks.size() == 3);
    const DocTable& first = doc.blocks[0].table;
    REQUIRE(first.rows.size() == 2);
    CHECK(texts(first.rows[1]) == Texts{"行政强制", "-"});
    CHECK(doc.blocks[1].paragraph.text == "正文");
    CHECK(doc.blocks[1].paragraph.pos.line == 12);
    const DocTable& last = doc.blocks[2].table;
    CHECK(last.pos.line == 13);
    REQUIRE(last.rows.size() == 2);
    CHECK(texts(last.rows[1]) == Texts{"-", "-"});
}

TEST_CASE("markdown: blank lines and prose end a table", "[reader][markdown]") {
    Document doc = read("| 1 |\n\n| 2 |\n正文\n  | 3 |\r\n");
    REQUIRE(doc.blocks.size() == 4);
    CHECK(doc.blocks[0].table.rows.size() == 1);
    CHECK(doc.blocks[2].paragraph.text == "正文");
    const DocTable& t = doc.blocks[3].table;
    CHECK(t.pos.column == 3);  // indented: the table starts at its `|`
    REQUIRE(t.rows.size() == 1);
    CHECK(texts(t.rows[0]) == Texts{"3"});  // CR of a CRLF line is not text
    CHECK(columns(t.rows[0]) == Columns{5});
}

TEST_CASE("markdown: empty and pipe-free input", "[reader][markdown]") {
    CHECK(read("").blocks.empty());
    CHECK(read("\n\n   \n").blocks.empty());
    Document doc = read("只有一行");
    REQUIRE(doc.blocks.size() == 1);
    CHECK(doc.blocks[0].paragraph.pos.line == 1);
}

TEST_CASE("markdown: a very long line keeps every cell and its column", "[reader][markdown]") {
    // One walk per line, bounded entity look-ups, linear emphasis pairing: OCR output can put
    // a whole page on one line, and a hostile file can be all `|`, `&` and `*`.
    std::string line = "|";
    for (int i = 0; i < 20000; ++i) line += " 数 | &amp &x **a |";
    Document doc = read(line + "\n");
    const DocTable& t = doc.blocks.at(0).table;
    REQUIRE(t.rows.size() == 1);
    REQUIRE(t.rows[0].cells.size() == 40000);
    CHECK(t.rows[0].cells[39998].text == "数");
    CHECK(t.rows[0].cells[39998].pos.column == 1 + 19999 * 18 + 2);
    CHECK(t.rows[0].cells[39999].text == "&amp &x **a");
}
