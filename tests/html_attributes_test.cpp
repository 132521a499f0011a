// What libxml2 is handed: start tags with rowspan and colspan alone, every newline kept, and
// the text as it is wherever libxml2 might read the markup another way.
#include <catch2/catch.hpp>

#include <algorithm>
#include <optional>
#include <string>

#include "readers/html/detail.hpp"

using xxgk::detail::html::strip_attributes;

namespace {

std::optional<std::string> stripped(const std::string& html) {
    std::string out;
    if (!strip_attributes(html, out)) return std::nullopt;
    CHECK(std::count(out.begin(), out.end(), '\n') == std::count(html.begin(), html.end(), '\n'));
    return out;
}

}  // namespace

TEST_CASE("html attributes: Word's styles go · their newlines stay · spans are kept", "[html]") {
    CHECK(stripped("<span lang=EN-US style='font-size:10.5pt;\nfont-family:宋体'>12</span>") ==
          "<span \n >12</span>");
    CHECK(stripped("<td width=60 ROWSPAN=3 colspan=\"2\" style='x'>申请</td>") ==
          "<td  ROWSPAN=3 colspan=\"2\" >申请</td>");
    CHECK(stripped("<p class=MsoNormal/><o:p></o:p><br clear=all>") == "<p ><o:p></o:p><br >");  // "MsoNormal/" is the value
    CHECK(stripped("a < b, 3<4 &amp; <td\n\tnowrap\n>x") == "a < b, 3<4 &amp; <td\n \n>x");
}

TEST_CASE("html attributes: comments · end tags · declarations and raw text as they are", "[html]") {
    const std::string kept =
        "<!--[if gte vml 1]><v:shape style='w:1'><![endif]--><![if !supportLists]>1.<![endif]>"
        "<script>var a = \"<td style=x>\";</script><STYLE>td {}</style>"
        "</t<td style=\"a>b\"><?php x ?><!DOCTYPE html>";
    CHECK(stripped(kept) == kept);
}

TEST_CASE("html attributes: markup libxml2 may read its own way leaves the text whole", "[html]") {
    CHECK_FALSE(stripped("<td @x=1>"));           // not an attribute name
    CHECK_FALSE(stripped("<td a=\"1\"b=\"2\">"));  // no space between attributes
    CHECK_FALSE(stripped("<td style=\"x>"));       // a value never closed
    CHECK_FALSE(stripped("<td style=a<b>"));       // '<' in a bare value
    CHECK_FALSE(stripped("<td a/b>"));             // '/' inside the tag
    CHECK_FALSE(stripped("<!-- never closed"));
    CHECK_FALSE(stripped("</ td>"));
    CHECK_FALSE(stripped("<script>never closed"));
    CHECK_FALSE(stripped("<td"));
}
