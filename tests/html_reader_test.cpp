#include <catch2/catch.hpp>

#include "xxgk/readers.hpp"

using namespace xxgk;

namespace {

Document read(const std::string& html) {
    auto doc = read_html(SourceText{"t.html", "UTF-8", html});
    REQUIRE(doc.ok());
    return doc.value();
}

// The single table of a snippet.
DocTable table_of(const std::string& html) {
    Document doc = read(html);
    REQUIRE(doc.blocks.size() == 1);
    REQUIRE(doc.blocks[0].kind == Block::Kind::table);
    return doc.blocks[0].table;
}

std::vector<std::string> texts(const DocRow& row) {
    std::vector<std::string> out;
    for (const auto& c : row.cells) out.push_back(c.text);
    return out;
}

const std::string kNbsp = "\u00A0";

}  // namespace

TEST_CASE("html: one DocCell per td with its spans · never duplicated", "[html]") {
    DocTable t = table_of(
        "<table><tr><td rowspan=3 colspan=3>角</td><td colspan=7>申请人情况</td></tr>"
        "<tr><th rowspan=\"2\">自然人</th><td colspan='5'>法人或其他组织</td><td rowspan=x>总计</td></tr></table>");
    REQUIRE(t.rows.size() == 2);
    CHECK(texts(t.rows[0]) == std::vector<std::string>{"角", "申请人情况"});
    CHECK(t.rows[0].cells[0].rowspan == 3);
    CHECK(t.rows[0].cells[0].colspan == 3);
    CHECK(t.rows[0].cells[1].colspan == 7);
    CHECK(texts(t.rows[1]) == std::vector<std::string>{"自然人", "法人或其他组织", "总计"});
    CHECK(t.rows[1].cells[0].rowspan == 2);
    CHECK(t.rows[1].cells[1].colspan == 5);
    CHECK(t.rows[1].cells[2].rowspan == 1);  // not a number: the default
}

TEST_CASE("html: Word's spans are joined · <br> and paragraphs become line breaks", "[html]") {
    DocTable t = table_of(
        "<table><tr>"
        "<td><p class=MsoNormal><span lang=EN-US>一</span><span style='font-family:宋体'>、本年新收"
        "<o:p></o:p></span></p></td>"
        "<td><p><span>三</span>\n<span>、</span>\n<span>本</span></p></td>"
        "<td>本年新<br>制作数量</td>"
        "<td><p>本年收费金额</p><p>（单位：万元）</p></td>"
        "<td>只计这一情\n  形，不计</td>"
        "<td>a\n b  c</td>"
        "</tr></table>");
    CHECK(texts(t.rows[0]) == std::vector<std::string>{"一、本年新收", "三、本", "本年新\n制作数量",
                                                       "本年收费金额\n（单位：万元）", "只计这一情形，不计",
                                                       "a b c"});
}

TEST_CASE("html: &nbsp is kept · empty cells are empty", "[html]") {
    DocTable t = table_of(
        "<table><tr><td>&nbsp;</td><td><p><span><o:p>&nbsp;</o:p></span></p></td><td></td>"
        "<td> \n </td><td>0&#160;</td></tr></table>");
    CHECK(texts(t.rows[0]) == std::vector<std::string>{kNbsp, kNbsp, "", "", "0" + kNbsp});
}

TEST_CASE("html: text outside tables is one paragraph per rendered line", "[html]") {
    Document doc = read(
        "<html><head><title>标题</title><style>p {color: red}</style></head><body>\n"
        "<div>当前位置：<a href=/>首页</a> &gt; 年报</div>\n"
        "<p>一、总体情况</p><p>第一行<br>第二行</p><p>&nbsp;</p>\n"
        "<script>var s = '<p>不显示</p>';</script>\n"
        "<table><tr><td>1</td></tr></table>正文<p>二、主动公开政府信息情况</p></body></html>");
    REQUIRE(doc.blocks.size() == 7);
    std::vector<std::string> paragraphs;
    for (const auto& b : doc.blocks)
        paragraphs.push_back(b.kind == Block::Kind::table ? "<table>" : b.paragraph.text);
    CHECK(paragraphs == std::vector<std::string>{"当前位置：首页 > 年报", "一、总体情况", "第一行", "第二行",
                                                 "<table>", "正文", "二、主动公开政府信息情况"});
}

TEST_CASE("html: Word's downlevel conditionals are not text", "[html]") {
    Document doc = read("<p><![if !supportLists]><span>一、</span><![endif]><span>总体情况</span></p>"
                        "<table><tr><td>1</td></tr><![if !supportMisalignedColumns]><tr height=0>"
                        "<td style='border:none'></td></tr><![endif]></table>");
    REQUIRE(doc.blocks.size() == 2);
    CHECK(doc.blocks[0].paragraph.text == "一、总体情况");
    REQUIRE(doc.blocks[1].table.rows.size() == 2);
    CHECK(texts(doc.blocks[1].table.rows[1]) == std::vector<std::string>{""});
}

TEST_CASE("html: a nested table is a table of its own · the one around it lays out the page", "[html]") {
    Document doc = read("<table><tr><td>外<table><tr><td>内</td><td>2</td></tr></table></td>"
                        "<td>旁</td></tr></table>");
    REQUIRE(doc.blocks.size() == 3);
    CHECK(doc.blocks[0].paragraph.text == "外");
    REQUIRE(doc.blocks[1].kind == Block::Kind::table);
    CHECK(texts(doc.blocks[1].table.rows[0]) == std::vector<std::string>{"内", "2"});
    CHECK(doc.blocks[2].paragraph.text == "旁");
}

TEST_CASE("html: positions are the line and character column of the text", "[html]") {
    Document doc = read(
        "<html><body>\n"                                            // 1
        "<p class=MsoNormal>一、总体情况</p>\n"                     // 2
        "<table><tr><td><span\n"                                    // 3
        "  style='width:1.0pt'>规章</span></td>\n"                  // 4
        "<td>0</td><td>0</td>\t<td> &nbsp;</td><td></td></tr>\n"    // 5
        "<tr><td>\n\n   　17</td><td><p><span>一</span><span>、本年\n新收</span></p></td></tr>\n"  // 6-8
        "</table></body></html>\n");
    REQUIRE(doc.blocks.size() == 2);
    CHECK(doc.blocks[0].paragraph.pos.line == 2);
    CHECK(doc.blocks[0].paragraph.pos.column == 20);
    const auto& rows = doc.blocks[1].table.rows;
    REQUIRE(rows.size() == 2);
    auto at = [&](int r, int c) { return std::pair{rows[r].cells[c].pos.line, rows[r].cells[c].pos.column}; };
    CHECK(at(0, 0) == std::pair{4, 23});  // past the start tag that wraps over two lines
    CHECK(at(0, 1) == std::pair{5, 5});
    CHECK(at(0, 2) == std::pair{5, 15});  // the second "0" of the line, not the first
    CHECK(at(0, 3) == std::pair{5, 27});  // &nbsp; after a space
    CHECK(at(0, 4) == std::pair{5, 0});   // no text: the line only
    CHECK(at(1, 0) == std::pair{8, 5});   // past stray spaces, U+3000 included
    CHECK(at(1, 1) == std::pair{8, 25});
    CHECK(rows[1].pos.line == 8);
    CHECK(doc.blocks[1].table.pos.line == 4);
}

TEST_CASE("html: tag names in any case · and no text to find in style or script", "[html]") {
    Document doc = read(
        "<HTML><HEAD><STYLE>p {} /* 规章 */</Style></HEAD><BODY><P>规章</P>"
        "<SCRIPT>var s = '<td>0</td>';</SCRIPT>\n"
        "<TABLE><TR><TD>1<BR>2</TD><Th>3</Th></TR></TABLE></BODY></HTML>\n");
    REQUIRE(doc.blocks.size() == 2);
    CHECK(doc.blocks[0].paragraph.text == "规章");
    CHECK(doc.blocks[0].paragraph.pos.line == 1);
    CHECK(doc.blocks[0].paragraph.pos.column == 57);  // not the 规章 inside the style block
    CHECK(texts(doc.blocks[1].table.rows[0]) == std::vector<std::string>{"1\n2", "3"});
}

TEST_CASE("html: the declared charset", "[html]") {
    CHECK(sniff_html_charset("<meta charset=gb2312>") == "gb2312");
    CHECK(sniff_html_charset("<META CHARSET=\"UTF-8\">") == "utf-8");
    CHECK(sniff_html_charset("<meta http-equiv=Content-Type content=\"text/html; charset=GBK\">") == "gbk");
    CHECK(sniff_html_charset("<meta content='text/html;charset = x-gbk' http-equiv='content-type'>") == "x-gbk");
    CHECK(sniff_html_charset("<meta name=ProgId content=Word.Document><meta charset='gb18030'>") == "gb18030");
    CHECK(sniff_html_charset("<html><p>charset=gbk</p>").empty());  // not in a <meta>
    CHECK(sniff_html_charset("<meta charset=>").empty());
    CHECK(sniff_html_charset("").empty());
    CHECK(sniff_html_charset("<p>a < b</p><MeTa charset=GBK>") == "gbk");
    CHECK(sniff_html_charset("<meta").empty());
    // Only the first 64 KiB are read.
    CHECK(sniff_html_charset(std::string(70 * 1024, ' ') + "<meta charset=gbk>").empty());
}

TEST_CASE("html: malformed markup gives what the parser recovers", "[html]") {
    DocTable unclosed = table_of("<table><tr><td>1<td>2<tr><td>3");
    REQUIRE(unclosed.rows.size() == 2);
    CHECK(texts(unclosed.rows[0]) == std::vector<std::string>{"1", "2"});
    CHECK(texts(unclosed.rows[1]) == std::vector<std::string>{"3"});

    Document cut = read("<p>二、主动公开</p><table><tr><td>规章</td><td>0</td></tr><tr><td>规范性");
    REQUIRE(cut.blocks.size() == 2);
    REQUIRE(cut.blocks[1].table.rows.size() == 2);
    CHECK(texts(cut.blocks[1].table.rows[1]) == std::vector<std::string>{"规范性"});

    DocTable loose = table_of("<table><td>a</td><td>b</td></table>");
    CHECK(texts(loose.rows.at(0)) == std::vector<std::string>{"a", "b"});

    CHECK(read("<html></html>").blocks.empty());
    CHECK(read("<<<>>> &&& </td></tr> <!-- never closed").blocks.size() <= 1);
}

TEST_CASE("html: no document · or one too deep to parse · is an error", "[html]") {
    auto empty = read_html(SourceText{"t.html", "UTF-8", ""});
    REQUIRE(!empty.ok());
    CHECK(empty.error().message == "empty HTML document");

    std::string deep;
    for (int i = 0; i < 300; ++i) deep += "<div>";
    auto nested = read_html(SourceText{"t.html", "UTF-8", deep + "x"});
    REQUIRE(!nested.ok());
    CHECK(nested.error().message == "HTML nested too deeply (over 256 elements): the parser stopped");
    CHECK(nested.error().message_zh == "HTML 嵌套过深（超过 256 层元素），解析在此停止");

    // One text node past libxml2's 10,000,000-byte limit: said as that, not as nesting.
    auto huge = read_html(SourceText{"t.html", "UTF-8", "<p>" + std::string(10'000'001, 'a') + "</p>"});
    REQUIRE(!huge.ok());
    CHECK(huge.error().message ==
          "HTML holds a text or tag too large for the parser (xmlSAX2Characters: huge text node): the parser stopped");
}

TEST_CASE("html: a cell knows its table · row and cell as a person counts them", "[html]") {
    // A layout table (it holds a table) is no table to a reader; an empty <tr> is no row.
    Document doc = read(
        "<table><tr><td><p>标题</p><table><tr><td>a</td></tr></table></td></tr></table>"
        "<p>正文</p>"
        "<table><tr></tr><tr><td>x</td><td>y</td></tr>\n<tr><td>z</td><td>w</td></tr></table>");
    std::vector<const DocTable*> tables;
    for (const Block& b : doc.blocks)
        if (b.kind == Block::Kind::table) tables.push_back(&b.table);
    REQUIRE(tables.size() == 2);
    CHECK(tables[0]->pos.table == 1);
    CHECK(tables[0]->rows[0].cells[0].pos.cell == 1);
    const DocTable& t = *tables[1];
    CHECK(t.pos.table == 2);
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows[1].pos.table == 2);
    CHECK(t.rows[1].pos.row == 2);
    const Position& w = t.rows[1].cells[1].pos;
    CHECK(w.table == 2);
    CHECK(w.row == 2);
    CHECK(w.cell == 2);
    CHECK(w.line == 2);  // and still its line and column
    CHECK(w.column > 0);
}
