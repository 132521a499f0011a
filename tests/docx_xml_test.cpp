// word/document.xml through libxml2's parser with no tree built, and through the full parser's
// tree when that stops: the same Document wherever the parser's pieces of text fall, w:val read
// as the tree reads it, the full parser's words for a refused file.
#include "docx_support.hpp"
#include "readers/docx/parts.hpp"

using namespace docx_test;

namespace {

std::string parse_ok(const std::string& xml) {
    Result<Document> doc = docx::parse_document_xml(xml);
    if (!doc) FAIL(doc.error().message);
    return dump(doc.value());
}

std::string parse_error(const std::string& xml) {
    Result<Document> doc = docx::parse_document_xml(xml);
    REQUIRE(!doc.ok());
    CHECK(doc.error().line == 0);
    return doc.error().message + " | " + doc.error().message_zh;
}

}  // namespace

TEST_CASE("docx: text across the parser's pieces reads the same wherever they fall", "[reader][docx]") {
    // The parser hands text over in pieces of at most a few hundred bytes (and read it 512 at a
    // time in the streaming reader before): padding before the root moves line ends, entities,
    // character references, CDATA, comments and three-byte characters across every boundary.
    std::string body = p(r("行\r\n一&amp;二&#x4e00;&#20013;<![CDATA[<三>]]>四<!-- 注 -->五")) +
                       p("<w:r><w:t>  \r\n  </w:t></w:r>") + p(r("甲") + "<w:r><w:tab/><w:t>　乙</w:t></w:r>") +
                       "<w:tbl><w:tr>" + tc(p(r("合并")), "<w:vMerge w:val=\"restart\"/>") + tc(p(r("1")) + p(r("2"))) +
                       "</w:tr><w:tr>" + tc("<w:p/>", "<w:vMerge/>") + tc(p(r("3"))) + "</w:tr></w:tbl>";
    for (int i = 0; i < 8; ++i) body += p(r(std::string(static_cast<std::size_t>(i) * 17, 'x') + "政府信息公开"));
    const std::string xml = document_xml(body);
    const std::size_t root = xml.find("<w:document");
    const std::string expected = parse_ok(xml);
    CHECK(expected.rfind("p1 \"行\\n一&二一中<三>四五\"\n"
                         "p3 \"甲\\t　乙\"\n"
                         "t1\n"
                         "  t1r1\n"
                         "    t1r1c1 \"合并\" 2x1\n"
                         "    t1r1c2 \"1\\n2\"\n"
                         "  t1r2\n"
                         "    t1r2c1 \"\"\n"
                         "    t1r2c2 \"3\"\n"
                         "p4 \"政府信息公开\"\n"
                         "p5 \"xxxxxxxxxxxxxxxxx政府信息公开\"\n",
                         0) == 0);
    for (std::size_t pad = 1; pad <= 520; ++pad) {
        std::string shifted = xml;
        shifted.insert(root, std::string(pad, pad % 5 == 0 ? '\n' : ' '));
        if (parse_ok(shifted) != expected) FAIL("padding " << pad << " reads otherwise:\n" << parse_ok(shifted));
    }
}

TEST_CASE("docx: a text node of over 10 MB is read · ASCII or not", "[reader][docx]") {
    // libxml2's tree builder stops at 10 MB for one text node (for CJK text it said "huge text
    // node", as if the XML were not well-formed); no tree is built now, and the text is read.
    for (const std::string& unit : {std::string("x"), std::string("字")}) {
        std::string text;
        while (text.size() < 10'500'000) text += unit;
        const std::string xml = document_xml("<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>" + p(r("后")));
        Result<Document> doc = docx::parse_document_xml(xml);
        REQUIRE(doc.ok());
        REQUIRE(doc->blocks.size() == 2);
        CHECK(doc->blocks[0].paragraph.text == text);
        CHECK(doc->blocks[1].paragraph.text == "后");
        CHECK(doc->blocks[1].paragraph.pos.paragraph == 2);
    }
}

TEST_CASE("docx: w:val is read as the tree reads it · in Word's namespace or none · references replaced",
          "[reader][docx]") {
    // A cell spanning two columns when its w:gridSpan says 2, in the first row of a two-row table
    // whose second row has one cell: the dump says 1x2 or 1x1.
    auto span_of = [](const std::string& grid_span) {
        const std::string out = parse_ok(document_xml(
            "<w:tbl><w:tr>" + tc(p(r("甲")), grid_span) + "</w:tr><w:tr>" + tc(p(r("乙"))) + "</w:tr></w:tbl>"));
        return out.substr(out.find("t1r1c1"), out.find('\n', out.find("t1r1c1")) - out.find("t1r1c1"));
    };
    CHECK(span_of("<w:gridSpan w:val=\"2\"/>") == "t1r1c1 \"甲\" 1x2");
    CHECK(span_of("<w:gridSpan val=\"2\"/>") == "t1r1c1 \"甲\" 1x2");  // some tools omit the prefix
    CHECK(span_of("<w:gridSpan w:val=\"&#50;\"/>") == "t1r1c1 \"甲\" 1x2");
    // In Word's namespace first, then without one.
    CHECK(span_of("<w:gridSpan val=\"3\" w:val=\"2\"/>") == "t1r1c1 \"甲\" 1x2");
    // A prefix nobody declared: the tree names the attribute "x:val", which is not w:val.
    CHECK(span_of("<w:gridSpan x:val=\"2\"/>") == "t1r1c1 \"甲\"");
    CHECK(span_of("<w:gridSpan xmlns:o=\"urn:other\" o:val=\"2\"/>") == "t1r1c1 \"甲\"");
    // An ampersand is no count; "restart" spelt with references is a restart.
    CHECK(span_of("<w:gridSpan w:val=\"2&amp;\"/>") == "t1r1c1 \"甲\"");
    const std::string merged = parse_ok(document_xml("<w:tbl><w:tr>" + tc(p(r("甲")), "<w:vMerge w:val=\"&#x72;estart\"/>") +
                                                     "</w:tr><w:tr>" + tc("<w:p/>", "<w:vMerge/>") + "</w:tr></w:tbl>"));
    CHECK(merged.find("t1r1c1 \"甲\" 2x1") != std::string::npos);
}

TEST_CASE("docx: a document with a DOCTYPE is read from the full parser's tree · the same as without",
          "[reader][docx]") {
    // Its entities are the tree's to read (a reference stays out of the text); the rest reads as
    // if there were no DOCTYPE.
    const std::string body = p(r("一")) + "<w:tbl><w:tr>" + tc(p(r("甲")), "<w:gridSpan w:val=\"2\"/>") + "</w:tr></w:tbl>";
    const std::string plain = document_xml(body);
    std::string with_doctype = plain;
    with_doctype.insert(with_doctype.find("<w:document"), "<!DOCTYPE w:document [<!ENTITY e \"十\">]>\n");
    CHECK(parse_ok(with_doctype) == parse_ok(plain));
    std::string with_reference = with_doctype;
    with_reference.replace(with_reference.find(">一<"), 5, ">一&e;二<");
    CHECK(parse_ok(with_reference).rfind("p1 \"一二\"\n", 0) == 0);
}

TEST_CASE("docx: a refused document is said in the full parser's words · its first error · the line it gave up on",
          "[reader][docx][hostile]") {
    // The streaming reader said "Extra content at the end of the document" for the first three:
    // the full parser's words are the ones users have always seen.
    const std::string head = "<?xml version=\"1.0\"?>\n<w:document xmlns:w=\"" + kW + "\"><w:body>\n";
    CHECK(parse_error(head + "<w:p><w:r><w:t>一</w:t></w:r></w:p>\n<w:p><w:r><w:t>二") ==
          "DOCX: word/document.xml is not well-formed XML (line 4: Premature end of data in tag t line 4) | "
          "DOCX：word/document.xml 不是格式正确的 XML（第 4 行：Premature end of data in tag t line 4）");
    CHECK(parse_error("") ==
          "DOCX: word/document.xml is not well-formed XML (line 1: Document is empty) | "
          "DOCX：word/document.xml 不是格式正确的 XML（第 1 行：Document is empty）");
    CHECK(parse_error("   \n  ") ==
          "DOCX: word/document.xml is not well-formed XML (line 2: Start tag expected, '<' not found) | "
          "DOCX：word/document.xml 不是格式正确的 XML（第 2 行：Start tag expected, '<' not found）");
    CHECK(parse_error(head + "<w:p><w:r><w:t>一</w:t></w:r>\n</w:body></w:document>") ==
          "DOCX: word/document.xml is not well-formed XML (line 4: Opening and ending tag mismatch: p line 3 and body) | "
          "DOCX：word/document.xml 不是格式正确的 XML（第 4 行：Opening and ending tag mismatch: p line 3 and body）");
    // UTF-8 bytes under a GBK declaration: the conversion's own message is the cause.
    CHECK(parse_error("<?xml version=\"1.0\" encoding=\"GBK\"?>\n<w:document xmlns:w=\"" + kW +
                      "\"><w:body><w:p><w:r><w:t>\xe5\x85\xac\xe5\xbc\x80</w:t></w:r></w:p></w:body></w:document>") ==
          "DOCX: word/document.xml holds bytes that are not in the encoding its XML declaration names (line 2: "
          "input conversion failed due to input error, bytes 0xAC 0xE5 0xBC 0x80) | "
          "DOCX：word/document.xml 的字节与其 XML 声明的编码不符（第 2 行：input conversion failed due to input error, "
          "bytes 0xAC 0xE5 0xBC 0x80）");
    std::string deep = head;
    for (int i = 0; i < 300; ++i) deep += "<w:ins>";
    CHECK(parse_error(deep) ==
          "DOCX: word/document.xml nested too deeply (over 256 elements; line 3: the parser stopped) | "
          "DOCX：word/document.xml 嵌套过深（超过 256 层元素；第 3 行：解析在此停止）");
    CHECK(parse_error("<w:document xmlns:w=\"urn:not-word\"><w:body/></w:document>") ==
          "DOCX: word/document.xml has no w:document/w:body | DOCX：word/document.xml 没有 w:document/w:body");
}
