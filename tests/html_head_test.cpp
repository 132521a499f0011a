// The head a browser does not show is not parsed: where the body starts, and that what the
// reader finds after it keeps the source's lines and columns.
#include <catch2/catch.hpp>

#include "readers/html/detail.hpp"
#include "xxgk/readers.hpp"

using namespace xxgk;
using detail::html::body_start;

namespace {

// A Word export's head, in small: every kind of markup it holds, "<body" and '>' in places
// that are not the body's start tag.
const std::string kHead =
    "<!DOCTYPE html>\n"
    "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\">\n"
    "<head>\n<meta http-equiv=Content-Type content=\"text/html; charset=utf-8\">\n"
    "<meta name=Generator content='Microsoft Word 15 > 14'>\n"
    "<title>年度报告 <body> 标题</title>\n"
    "<!--[if gte mso 9]><xml>\n <o:DocumentProperties><o:Author>某某</o:Author></o:DocumentProperties>\n"
    "</xml><![endif]-->\n"
    "<style>\n<!-- p.MsoNormal {margin:0cm;} body {font-size:10.5pt;} /* <body> */ -->\n</style>\n"
    "<link rel=File-List href=\"report.files/filelist.xml\">\n"
    "<xml><w:LatentStyles DefLockedState=\"false\"></w:LatentStyles></xml>\n"
    "</head>\n\n";

}  // namespace

TEST_CASE("html head: the body starts at its start tag when only the head comes before", "[html]") {
    const std::string page = kHead + "<body lang=ZH-CN style='tab-interval:21.0pt'>\n<p>正文</p></body></html>";
    CHECK(body_start(page) == kHead.size());
    CHECK(body_start("<BODY>x</BODY>") == 0);  // nothing to skip
    CHECK(body_start("<html><Body class=a>") == 6);
}

TEST_CASE("html head: anything else before the body · or markup left open · skips nothing", "[html]") {
    CHECK(body_start("<html><head></head>text before<body>") == 0);
    CHECK(body_start("<table><tr><td>1</td></tr></table><body>") == 0);
    CHECK(body_start("<html><head><o:p></o:p></head><body>") == 0);
    CHECK(body_start("<html><!-- never closed <body>") == 0);
    CHECK(body_start("<html><style>p {} <body>") == 0);
    CHECK(body_start("<html><meta content=\"> <body>") == 0);
    CHECK(body_start("<html><head></head>") == 0);
    CHECK(body_start("") == 0);
}

TEST_CASE("html head: cells after a skipped head keep the source's lines and columns", "[html]") {
    const std::string page = kHead + "<body>\n<table>\n<tr><td>申请人情况</td>\n  <td>12</td></tr></table></body>";
    REQUIRE(body_start(page) > 0);
    auto doc = read_html(SourceText{"t.html", "UTF-8", page});
    REQUIRE(doc.ok());
    REQUIRE(doc.value().blocks.size() == 1);
    const DocRow& row = doc.value().blocks[0].table.rows.at(0);
    REQUIRE(row.cells.size() == 2);
    CHECK(row.cells[0].pos.line == 19);
    CHECK(row.cells[0].pos.column == 9);
    CHECK(row.cells[1].pos.line == 20);
    CHECK(row.cells[1].pos.column == 7);
    CHECK(row.cells[1].text == "12");
}
