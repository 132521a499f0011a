// The DOCX reader on WordprocessingML built here: runs, revisions, merges, nested tables.
#include "docx_support.hpp"

using namespace docx_test;

TEST_CASE("docx: body paragraphs · runs joined · tab and breaks · empty ones skipped but counted",
          "[reader][docx]") {
    std::string body =
        p(r("一") + r("、总体情况")) + "<w:p/>" + p("<w:r><w:t>  　</w:t></w:r>") +
        p(r("甲") + "<w:r><w:tab/><w:t>乙</w:t><w:br/><w:t>丙</w:t><w:cr/></w:r>" + r("丁")) +
        "<w:p><w:pPr><w:rPr><w:ins w:id=\"9\" w:author=\"a\"/></w:rPr></w:pPr>" + r("末") + "</w:p>";
    CHECK(read_ok(word_file(body)) ==
          "p1 \"一、总体情况\"\n"
          "p4 \"甲\\t乙\\n丙\\n丁\"\n"
          "p5 \"末\"\n");
}

TEST_CASE("docx: deleted text does not count · inserted text does · marks are not text",
          "[reader][docx]") {
    std::string del = "<w:del w:id=\"1\" w:author=\"a\"><w:r><w:delText>旧</w:delText></w:r></w:del>";
    std::string ins = "<w:ins w:id=\"2\" w:author=\"a\">" + r("新收") + "</w:ins>";
    std::string marks = "<w:proofErr w:type=\"spellStart\"/><w:bookmarkStart w:id=\"0\" w:name=\"_Toc1\"/>";
    std::string field =  // a PAGE field: the result shows, the field code does not
        "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>"
        "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + r("3") +
        "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
    std::string moved = "<w:moveFrom w:id=\"5\" w:author=\"a\">" + r("移走") + "</w:moveFrom>" +
                        "<w:moveTo w:id=\"6\" w:author=\"a\">" + r("移来") + "</w:moveTo>";
    std::string wrappers = "<w:hyperlink w:anchor=\"x\">" + r("链") + "</w:hyperlink>" +
                           "<w:sdt><w:sdtPr><w:alias w:val=\"不是正文\"/></w:sdtPr><w:sdtContent>" +
                           r("控件") + "</w:sdtContent></w:sdt><w:smartTag w:element=\"x\">" + r("标") +
                           "</w:smartTag>";
    std::string not_text =  // a text box is not the paragraph's text; a foreign t is not w:t
        "<w:r><w:pict><v:shape xmlns:v=\"urn:schemas-microsoft-com:vml\"><v:textbox><w:txbxContent>" +
        p(r("文本框")) + "</w:txbxContent></v:textbox></v:shape></w:pict><x:t xmlns:x=\"urn:x\">外</x:t>"
        "<w:softHyphen/><w:noBreakHyphen/><w:t>8</w:t></w:r>";
    std::string body = p(r("本年") + del + ins + marks + r("申请") + "<w:bookmarkEnd w:id=\"0\"/>" +
                         "<w:proofErr w:type=\"spellEnd\"/>") +
                       p(field + moved + wrappers + not_text);
    CHECK(read_ok(word_file(body)) ==
          "p1 \"本年新收申请\"\n"
          "p2 \"3移来链控件标-8\"\n");
}

TEST_CASE("docx: gridSpan is colspan · a vMerge continuation is an empty cell · rowspan counted",
          "[reader][docx]") {
    auto merged = [](const std::string& content, const std::string& pr) { return tc(content, pr); };
    const std::string restart = "<w:vMerge w:val=\"restart\"/>", cont = "<w:vMerge/>";
    const std::string span2 = "<w:gridSpan w:val=\"2\"/>", span3 = "<w:gridSpan w:val=\"3\"/>";
    std::string body =
        p(r("三、收到和处理政府信息公开申请情况")) + "<w:tbl><w:tblPr/><w:tblGrid/>" +
        "<w:tr>" + merged(p(r("（本列数据的勾稽关系）")), span3 + restart) + merged(p(r("申请人情况")), span2) + "</w:tr>" +
        "<w:tr>" + merged(p(r("隐藏")), span3 + cont) + merged(p(r("自然人")), restart) +
        merged(p(r("总计")), restart) + "</w:tr>" +
        "<w:tr>" + merged("<w:p/>", span3 + "<w:vMerge w:val=\"continue\"/>") + merged("<w:p/>", cont) +
        merged("<w:p/>", cont) + "</w:tr>" +
        "<w:tr>" + merged(p(r("三") + r("、本年度办理结果")), restart) + merged(p(r("（一）予以公开")), span2) +
        tc(p(r("1"))) + tc(p(r(" 2 "))) + "</w:tr>" +
        "<w:tr>" + merged("<w:p/>", cont) + merged(p(r("（三）不予公开")), restart) +
        tc(p(r("1.属于国家秘密"))) + tc(p(r("0"))) + tc(p(r("0"))) + "</w:tr>" +
        "<w:tr>" + merged("<w:p/>", cont) + merged("<w:p/>", cont) +
        tc(p(r("2.其他法律")) + "<w:p/>" + p(r("行政法规"))) + tc(p(r("0"))) + tc("<w:p/>") + "</w:tr>" +
        "</w:tbl>" + p(r("四、政府信息公开行政复议、行政诉讼情况"));
    CHECK(read_ok(word_file(body)) ==
          "p1 \"三、收到和处理政府信息公开申请情况\"\n"
          "t1\n"
          "  t1r1\n"
          "    t1r1c1 \"（本列数据的勾稽关系）\" 3x3\n"
          "    t1r1c2 \"申请人情况\" 1x2\n"
          "  t1r2\n"
          "    t1r2c1 \"\" 1x3\n"
          "    t1r2c2 \"自然人\" 2x1\n"
          "    t1r2c3 \"总计\" 2x1\n"
          "  t1r3\n"
          "    t1r3c1 \"\" 1x3\n"
          "    t1r3c2 \"\"\n"
          "    t1r3c3 \"\"\n"
          "  t1r4\n"
          "    t1r4c1 \"三、本年度办理结果\" 3x1\n"
          "    t1r4c2 \"（一）予以公开\" 1x2\n"
          "    t1r4c3 \"1\"\n"
          "    t1r4c4 \" 2 \"\n"
          "  t1r5\n"
          "    t1r5c1 \"\"\n"
          "    t1r5c2 \"（三）不予公开\" 2x1\n"
          "    t1r5c3 \"1.属于国家秘密\"\n"
          "    t1r5c4 \"0\"\n"
          "    t1r5c5 \"0\"\n"
          "  t1r6\n"
          "    t1r6c1 \"\"\n"
          "    t1r6c2 \"\"\n"
          "    t1r6c3 \"2.其他法律\\n行政法规\"\n"
          "    t1r6c4 \"0\"\n"
          "    t1r6c5 \"\"\n"
          "p2 \"四、政府信息公开行政复议、行政诉讼情况\"\n");
}

TEST_CASE("docx: vertical merges follow grid columns (gridBefore · spans) · not cell indices",
          "[reader][docx]") {
    std::string body =
        "<w:tbl><w:tr>" + tc(p(r("a"))) + tc(p(r("b")), "<w:vMerge w:val=\"restart\"/>") + tc(p(r("c"))) +
        "</w:tr><w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>" + tc("<w:p/>", "<w:vMerge/>") +
        tc(p(r("z"))) + "</w:tr><w:tr><w:trPr><w:gridBefore w:val=\"0\"/></w:trPr>" + tc("<w:p/>", "<w:vMerge/>") + tc(p(r("y")), "<w:gridSpan w:val=\"x9\"/>") +
        "</w:tr></w:tbl>";
    CHECK(read_ok(word_file(body)) ==
          "t1\n"
          "  t1r1\n"
          "    t1r1c1 \"a\"\n"
          "    t1r1c2 \"b\" 2x1\n"
          "    t1r1c3 \"c\"\n"
          "  t1r2\n"
          "    t1r2c1 \"\"\n"
          "    t1r2c2 \"z\"\n"
          "  t1r3\n"
          "    t1r3c1 \"\"\n"  // at grid column 0: no restart above it there
          "    t1r3c2 \"y\"\n");  // a nonsense gridSpan reads as 1
}

TEST_CASE("docx: nested tables follow their outer table — content controls are transparent",
          "[reader][docx]") {
    std::string inner3 = "<w:tbl><w:tr>" + tc(p(r("最里"))) + "</w:tr></w:tbl>";
    std::string inner2 = "<w:tbl><w:tr>" + tc(inner3 + "<w:p/>") + "</w:tr></w:tbl>";
    std::string inner1 = "<w:tbl><w:tr>" + tc(p(r("x"))) + tc(p(r("y"))) + "</w:tr></w:tbl>";
    std::string body =
        p(r("前")) + "<w:tbl><w:tr>" + tc(p(r("外")) + inner1 + "<w:p/>") + tc(p(r("乙"))) + "</w:tr>" +
        "<w:sdt><w:sdtContent><w:tr>" + tc(inner2 + "<w:p/>") +
        "<w:customXml w:element=\"c\">" + tc(p(r("丁"))) + "</w:customXml></w:tr></w:sdtContent></w:sdt>" +
        "</w:tbl>" + "<w:sdt><w:sdtPr><w:alias w:val=\"表四\"/></w:sdtPr><w:sdtContent>" + p(r("控件内")) +
        "<w:tbl><w:tr>" + tc("<w:sdt><w:sdtContent>" + p(r("格")) + "</w:sdtContent></w:sdt>") +
        "</w:tr></w:tbl></w:sdtContent></w:sdt>" + p(r("后"));
    CHECK(read_ok(word_file(body)) ==
          "p1 \"前\"\n"
          "t1\n"
          "  t1r1\n"
          "    t1r1c1 \"外\"\n"
          "    t1r1c2 \"乙\"\n"
          "  t1r2\n"
          "    t1r2c1 \"\"\n"
          "    t1r2c2 \"丁\"\n"
          "t2\n"
          "  t2r1\n"
          "    t2r1c1 \"x\"\n"
          "    t2r1c2 \"y\"\n"
          "t3\n"
          "  t3r1\n"
          "    t3r1c1 \"\"\n"
          "t4\n"
          "  t4r1\n"
          "    t4r1c1 \"最里\"\n"
          "p2 \"控件内\"\n"  // inside a body-level content control: still a body paragraph
          "t5\n"
          "  t5r1\n"
          "    t5r1c1 \"格\"\n"
          "p3 \"后\"\n");
}

TEST_CASE("docx: Strict OOXML namespace — elements of other namespaces are not Word's",
          "[reader][docx]") {
    std::string strict =
        "<w:document xmlns:w=\"http://purl.oclc.org/ooxml/wordprocessingml/main\"><w:body>" + p(r("严格")) +
        "<x:p xmlns:x=\"urn:x\"><w:r><w:t>外来</w:t></w:r></x:p></w:body></w:document>";
    CHECK(read_ok(make_zip({{"word/document.xml", strict}})) == "p1 \"严格\"\n");
}

TEST_CASE("docx: rows and cells are found through content controls and custom XML only — other wrappers hide them",
          "[reader][docx]") {
    // Between blocks, in a paragraph and in a cell every wrapper is walked into; between rows and
    // between cells only a content control's content and custom XML are.
    std::string row1 = "<w:tr>" + tc(p(r("a"))) + "<w:hyperlink>" + tc(p(r("隐1"))) + "</w:hyperlink><w:ins>" +
                       tc(p(r("隐2"))) + "</w:ins><w:customXml>" + tc(p(r("b"))) + "</w:customXml>" +
                       "<w:sdt><w:sdtPr/><w:sdtContent>" + tc(p(r("c"))) + "</w:sdtContent></w:sdt><w:sdtContent>" +
                       tc(p(r("隐3"))) + "</w:sdtContent></w:tr>";
    std::string hidden_rows = "<w:hyperlink><w:tr>" + tc(p(r("隐4"))) + "</w:tr></w:hyperlink><w:sdtContent><w:tr>" +
                              tc(p(r("隐5"))) + "</w:tr></w:sdtContent>" + tc(p(r("隐6"))) + "<w:tbl><w:tr>" +
                              tc(p(r("隐7"))) + "</w:tr></w:tbl>";
    std::string row3 = "<w:tr><w:tc><w:hyperlink>" + p(r("链")) + "</w:hyperlink><w:ins><w:tbl><w:tr>" +
                       tc(p(r("嵌"))) + "</w:tr></w:tbl></w:ins><w:bdo>" + p(r("向")) + "</w:bdo></w:tc></w:tr>";
    std::string body = "<w:tbl>" + row1 + hidden_rows + "<w:customXml><w:tr>" + tc(p(r("d"))) + "</w:tr></w:customXml>" +
                       row3 + "</w:tbl>";
    CHECK(read_ok(word_file(body)) ==
          "t1\n"
          "  t1r1\n"
          "    t1r1c1 \"a\"\n"
          "    t1r1c2 \"b\"\n"
          "    t1r1c3 \"c\"\n"
          "  t1r2\n"
          "    t1r2c1 \"d\"\n"
          "  t1r3\n"
          "    t1r3c1 \"链\\n向\"\n"
          "t2\n"
          "  t2r1\n"
          "    t2r1c1 \"嵌\"\n");
}

TEST_CASE("docx: a cell's and a row's own first properties count wherever they stand — not those in a wrapper",
          "[reader][docx]") {
    // The first w:gridSpan and w:vMerge of the first w:tcPr; a w:tcPr or w:trPr after the content
    // still counts (the row is placed on the grid once read whole); one in custom XML does not.
    std::string row1 = "<w:tr>" +
                       tc(p(r("甲")), "<w:gridSpan w:val=\"2\"/><w:gridSpan w:val=\"3\"/><w:vMerge w:val=\"restart\"/><w:vMerge/>") +
                       "<w:tc><w:customXml><w:tcPr><w:gridSpan w:val=\"4\"/></w:tcPr></w:customXml>" + p(r("乙")) + "</w:tc>" +
                       "<w:tc><w:tcPr/><w:tcPr><w:gridSpan w:val=\"5\"/></w:tcPr>" + p(r("丙")) + "</w:tc>" +
                       "<w:tc>" + p(r("丁")) + "<w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr></w:tc></w:tr>";
    std::string row2 = "<w:tr><w:customXml><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr></w:customXml>" +
                       tc("<w:p/>", "<w:gridSpan w:val=\"2\"/><w:vMerge/>") + tc(p(r("x"))) + tc(p(r("y"))) +
                       "<w:tc>" + p(r("隐")) + "<w:tcPr><w:vMerge/></w:tcPr></w:tc></w:tr>";
    std::string row3 = "<w:tr>" + tc("<w:p/>", "<w:vMerge/>") + "<w:trPr><w:gridBefore w:val=\"4\"/></w:trPr></w:tr>";
    CHECK(read_ok(word_file("<w:tbl>" + row1 + row2 + row3 + "</w:tbl>")) ==
          "t1\n"
          "  t1r1\n"
          "    t1r1c1 \"甲\" 2x2\n"
          "    t1r1c2 \"乙\"\n"
          "    t1r1c3 \"丙\"\n"
          "    t1r1c4 \"丁\" 3x1\n"
          "  t1r2\n"
          "    t1r2c1 \"\" 1x2\n"
          "    t1r2c2 \"x\"\n"
          "    t1r2c3 \"y\"\n"
          "    t1r2c4 \"\"\n"
          "  t1r3\n"
          "    t1r3c1 \"\"\n");
}
