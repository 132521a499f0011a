#include <catch2/catch.hpp>

#include "xxgk/readers.hpp"

using namespace xxgk;

namespace {
Document read(const std::string& text) {
    SourceText src{"t.txt", "UTF-8", text};
    auto doc = read_plain_text(src);
    REQUIRE(doc.ok());
    return doc.value();
}
}  // namespace

TEST_CASE("plain text: prose lines are paragraphs with their line", "[reader]") {
    Document doc = read("标题\n\n一、总体情况\n正文。\n");
    REQUIRE(doc.blocks.size() == 3);
    CHECK(doc.blocks[0].paragraph.text == "标题");
    CHECK(doc.blocks[1].paragraph.text == "一、总体情况");
    CHECK(doc.blocks[1].paragraph.pos.line == 3);
    CHECK(doc.blocks[2].paragraph.pos.line == 4);
}

TEST_CASE("plain text: TAB-led blocks are rows · blank lines separate them", "[reader]") {
    Document doc = read("二、主动公开\n\t信息内容\n\t本年新\n制作数量\n\n\t规章\n\t0\n\t\n\t　3\n三、收到\n");
    REQUIRE(doc.blocks.size() == 3);
    const DocTable& t = doc.blocks[1].table;
    REQUIRE(t.rows.size() == 2);
    REQUIRE(t.rows[0].cells.size() == 2);
    CHECK(t.rows[0].cells[1].text == "本年新\n制作数量");  // wrapped label continues the cell
    REQUIRE(t.rows[1].cells.size() == 4);
    CHECK(t.rows[1].cells[2].text.empty());  // a lone TAB is an empty cell
    CHECK(t.rows[1].cells[3].text == "　3");
    CHECK(t.rows[1].cells[3].pos.line == 9);
    CHECK(t.rows[1].cells[3].pos.column == 3);  // past the stray U+3000
    CHECK(t.rows[1].cells[1].pos.column == 2);
    CHECK(doc.blocks[2].paragraph.text == "三、收到");
}

TEST_CASE("plain text: a heading right after a cell is not a continuation", "[reader]") {
    Document doc = read("\t0\n四、政府信息公开行政复议、行政诉讼情况\n");
    REQUIRE(doc.blocks.size() == 2);
    CHECK(doc.blocks[0].table.rows[0].cells[0].text == "0");
    CHECK(doc.blocks[1].paragraph.text == "四、政府信息公开行政复议、行政诉讼情况");
}

TEST_CASE("plain text: several blank lines inside a table keep one table", "[reader]") {
    Document doc = read("\t1\n\n\n\n\t2\n");
    REQUIRE(doc.blocks.size() == 1);
    CHECK(doc.blocks[0].table.rows.size() == 2);
    CHECK(doc.blocks[0].table.rows[1].pos.line == 5);
}

TEST_CASE("plain text: empty input gives an empty document", "[reader]") {
    CHECK(read("").blocks.empty());
}
