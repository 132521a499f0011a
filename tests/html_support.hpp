#pragma once
// The HTML page under test, read by libxml2: its HTML parser must find nothing but the HTML5
// elements it does not know, its XML parser nothing at all (the page is written well-formed,
// so a tag left open or closed twice fails here, without a browser); XPath then finds cells.
#include <memory>
#include <string>
#include <vector>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/xpath.h>

#include <catch2/catch.hpp>

#include "xxgk/reporters.hpp"

namespace test {

// What libxml2's parsers say of `html`: an empty list for a sound page.
inline std::vector<std::string> html_problems(const std::string& html) {
    std::vector<std::string> problems;
    auto collect = [](void* into, xmlErrorPtr e) {
        std::string message = e->message ? e->message : "";
        while (!message.empty() && message.back() == '\n') message.pop_back();
        // libxml2 2.9 knows HTML 4 only: these elements are fine.
        for (const char* tag : {"main", "section", "nav", "header"})
            if (e->code == 801 && message == std::string("Tag ") + tag + " invalid") return;
        static_cast<std::vector<std::string>*>(into)->push_back("line " + std::to_string(e->line) + ": " + message);
    };
    xmlSetStructuredErrorFunc(&problems, collect);
    xmlDocPtr doc = htmlReadMemory(html.data(), static_cast<int>(html.size()), "page.html", "UTF-8", HTML_PARSE_NONET);
    xmlFreeDoc(doc);
    doc = xmlReadMemory(html.data(), static_cast<int>(html.size()), "page.xml", "UTF-8", XML_PARSE_NONET);
    if (!doc && problems.empty()) problems.push_back("not well-formed");
    xmlFreeDoc(doc);
    xmlSetStructuredErrorFunc(nullptr, nullptr);
    return problems;
}

// The page as a tree, for XPath questions.
class Page {
public:
    explicit Page(const std::string& html) {
        REQUIRE(html_problems(html) == std::vector<std::string>{});
        doc_.reset(xmlReadMemory(html.data(), static_cast<int>(html.size()), "page.xml", "UTF-8", XML_PARSE_NONET));
        REQUIRE(doc_);
    }
    // The string value of each node `xpath` selects, in document order.
    std::vector<std::string> all(const std::string& xpath) const {
        std::unique_ptr<xmlXPathContext, decltype(&xmlXPathFreeContext)> ctx(xmlXPathNewContext(doc_.get()),
                                                                              xmlXPathFreeContext);
        std::unique_ptr<xmlXPathObject, decltype(&xmlXPathFreeObject)> found(
            xmlXPathEvalExpression(reinterpret_cast<const xmlChar*>(xpath.c_str()), ctx.get()), xmlXPathFreeObject);
        REQUIRE(found);
        std::vector<std::string> out;
        if (!found->nodesetval) return out;
        for (int i = 0; i < found->nodesetval->nodeNr; ++i) {
            xmlChar* value = xmlXPathCastNodeToString(found->nodesetval->nodeTab[i]);
            out.emplace_back(reinterpret_cast<const char*>(value));
            xmlFree(value);
        }
        return out;
    }
    std::size_t count(const std::string& xpath) const { return all(xpath).size(); }
    // The one value `xpath` selects.
    std::string one(const std::string& xpath) const {
        const auto values = all(xpath);
        INFO(xpath);
        REQUIRE(values.size() == 1);
        return values.front();
    }

private:
    struct Free {
        void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
    };
    std::unique_ptr<xmlDoc, Free> doc_;
};

inline std::string html_of(const std::vector<xxgk::FileResult>& results, xxgk::Lang lang = xxgk::Lang::zh) {
    std::ostringstream out;
    xxgk::ReportStyle style;
    style.lang = lang;
    xxgk::write_html(out, xxgk::Outcome{.results = results}, style);
    return out.str();
}

}  // namespace test
