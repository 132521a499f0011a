#include <libxml/parser.h>

#include <catch2/catch.hpp>
#include <string>

#include "readers/xml_errors.hpp"

using xxgk::XmlErrors;

namespace {

// Parses `xml` with errors suppressed as the readers do; what libxml2 still reports goes to
// the handlers in force.
void parse(const std::string& xml) {
    xmlDocPtr doc = xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "t.xml", nullptr,
                                  XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    if (doc) xmlFreeDoc(doc);
}

const std::string kUtf8UnderGbk = "<?xml version=\"1.0\" encoding=\"GBK\"?>\n<a>\xe5\x85\xac\xe5\xbc\x80</a>";

}  // namespace

TEST_CASE("xml errors: a failed conversion is collected · one line · the category kept", "[xml]") {
    XmlErrors errors;
    parse(kUtf8UnderGbk);
    REQUIRE(!errors.messages().empty());
    CHECK(errors.first().starts_with("input conversion failed due to input error, bytes 0x"));
    for (const std::string& m : errors.messages()) CHECK(m.find('\n') == std::string::npos);
}

TEST_CASE("xml errors: generic fragments are joined into lines · the spaced colon tightened", "[xml]") {
    XmlErrors errors;
    errors.add("encoding error : input ");
    errors.add("conversion failed\nI/O error : ");
    CHECK(errors.messages() == std::vector<std::string>{"encoding error: input conversion failed"});
    errors.add("encoder error\n");
    CHECK(errors.messages().back() == "I/O error: encoder error");
}

TEST_CASE("xml errors: a well-formed document collects nothing · handlers end with the scope", "[xml]") {
    {
        XmlErrors errors;
        parse("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<a>\xe5\x85\xac</a>");
        CHECK(errors.messages().empty());
        CHECK(errors.first().empty());
    }
    // After the scope, a second collector sees only its own parse.
    XmlErrors later;
    CHECK(later.messages().empty());
}
