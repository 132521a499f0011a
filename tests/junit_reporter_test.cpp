// JUnit XML, read back with libxml2: well-formed whatever the labels hold, one suite per file,
// one case per rule, failures that carry the text output, a passing case for a clean file.
#include <catch2/catch.hpp>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "reporter_fixture.hpp"

using namespace xxgk;

namespace {

struct Doc {
    std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> doc{nullptr, xmlFreeDoc};
    xmlNode* root() const { return xmlDocGetRootElement(doc.get()); }
};

// Strict parse: any error or warning fails, nothing is fetched from the network.
Doc parse(const std::string& xml) {
    Doc d;
    d.doc.reset(xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "junit.xml", "UTF-8",
                              XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING));
    REQUIRE(d.doc != nullptr);
    return d;
}

std::vector<xmlNode*> children(xmlNode* n, const char* name) {
    std::vector<xmlNode*> out;
    for (xmlNode* c = n->children; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE && xmlStrcmp(c->name, BAD_CAST name) == 0) out.push_back(c);
    return out;
}

std::string attr(xmlNode* n, const char* name) {
    xmlChar* v = xmlGetProp(n, BAD_CAST name);
    std::string s = v ? reinterpret_cast<const char*>(v) : "";
    xmlFree(v);
    return s;
}

std::string content(xmlNode* n) {
    xmlChar* v = xmlNodeGetContent(n);
    std::string s = v ? reinterpret_cast<const char*>(v) : "";
    xmlFree(v);
    return s;
}

std::string text_of(const Finding& f, const std::string& path) {
    std::vector<FileResult> one = {fixture::file(path, {f})};
    std::string all = fixture::render(write_text, one);
    return all.substr(0, all.find("规则说明："));  // the finding without the hint and summary
}

}  // namespace

TEST_CASE("junit: well-formed · one suite per file · one case per rule · failures carry the text") {
    const std::vector<FileResult> results = fixture::results();
    Doc d = parse(fixture::render(write_junit, results));
    xmlNode* root = d.root();
    CHECK(xmlStrcmp(root->name, BAD_CAST "testsuites") == 0);
    CHECK(root->properties->next == nullptr);  // only its name: the totals are the suites'
    std::vector<xmlNode*> suites = children(root, "testsuite");
    REQUIRE(suites.size() == results.size());
    int tests = 0, failures = 0, errors = 0, skipped = 0;
    for (std::size_t i = 0; i < suites.size(); ++i) {
        CHECK(attr(suites[i], "name") == results[i].path);
        tests += std::stoi(attr(suites[i], "tests"));
        failures += std::stoi(attr(suites[i], "failures"));
        errors += std::stoi(attr(suites[i], "errors"));
        skipped += std::stoi(attr(suites[i], "skipped"));
    }
    CHECK(tests == 9);
    CHECK(failures == 2);
    CHECK(errors == 2);
    CHECK(skipped == 1);

    // a.txt: application-balance fails, section-missing (a warning) and row-unknown pass.
    std::vector<xmlNode*> cases = children(suites[0], "testcase");
    REQUIRE(cases.size() == 3);
    CHECK(attr(cases[0], "name") == "application-balance");
    CHECK(attr(cases[0], "classname") == "a.txt");
    std::vector<xmlNode*> failure = children(cases[0], "failure");
    REQUIRE(failure.size() == 1);
    CHECK(attr(failure[0], "message") == results[0].findings[0].message_zh);
    CHECK(attr(failure[0], "type") == "application-balance");
    CHECK(content(failure[0]) == text_of(results[0].findings[0], "a.txt"));
    CHECK(children(cases[1], "failure").empty());
    CHECK(content(children(cases[1], "system-out").at(0)).find("[section-missing]") != std::string::npos);

    // The odd label survives escaping: markup and quotes as they are; the line break and the
    // control character from the file shown as escapes, as the text output shows them.
    CHECK(attr(cases[2], "name") == "row-unknown");
    std::string out = content(children(cases[2], "system-out").at(0));
    CHECK(out.find("「<其他> & \"文件\" 'x' 100%, a:b\\nc\\x01d」") != std::string::npos);

    CHECK(attr(children(suites[2], "testcase").at(0), "name") == "xxgk");  // clean: one passing case
    CHECK(children(suites[2], "testcase").at(0)->children == nullptr);
    xmlNode* error = children(children(suites[4], "testcase").at(0), "error").at(0);
    CHECK(attr(error, "message") == "invalid byte sequence");
    CHECK(content(error) == "bad.txt:7: error: invalid byte sequence\n");
    CHECK(attr(children(children(suites[5], "testcase").at(0), "skipped").at(0), "message") ==
          "不是年报，已跳过：no report found");
}

TEST_CASE("junit: a case fails at --fail-on · and the message is the first failing finding") {
    Finding note = fixture::odd_note();
    Finding error = note;
    error.severity = Severity::error;
    error.message_zh = "第二个";
    const std::vector<FileResult> results = {fixture::file("a.txt", {note, error})};
    Doc by_default = parse(fixture::render(write_junit, results));
    xmlNode* c = children(children(by_default.root(), "testsuite").at(0), "testcase").at(0);
    CHECK(attr(children(c, "failure").at(0), "message") == "第二个");
    Doc at_note = parse(fixture::render(write_junit, results, "zh", Severity::note));
    c = children(children(at_note.root(), "testsuite").at(0), "testcase").at(0);
    std::string expected = note.message_zh;
    expected.replace(expected.find('\x01'), 1, "\xEF\xBF\xBD");  // XML 1.0 has no U+0001
    CHECK(attr(children(c, "failure").at(0), "message") == expected);
    Doc never = parse(fixture::render(write_junit, results, "zh", std::nullopt));
    CHECK(attr(children(never.root(), "testsuite").at(0), "failures") == "0");
}

TEST_CASE("junit: attributes keep line breaks and tabs — invalid UTF-8 is replaced") {
    Finding f = fixture::section_missing();
    f.severity = Severity::error;
    f.message_zh = "一\t二\r\n三 \xff";
    Doc d = parse(fixture::render(write_junit, {fixture::file("p\"<&>.txt", {f})}));
    xmlNode* suite = children(d.root(), "testsuite").at(0);
    CHECK(attr(suite, "name") == "p\"<&>.txt");
    xmlNode* failure = children(children(suite, "testcase").at(0), "failure").at(0);
    CHECK(attr(failure, "message") == "一\t二\r\n三 \xEF\xBF\xBD");
    CHECK(parse(fixture::render(write_junit, std::vector<FileResult>{})).root() != nullptr);
}

TEST_CASE("junit: each suite is written as its file comes · findings across reports in a last suite") {
    std::ostringstream out;
    std::unique_ptr<ReportWriter> writer = open_junit(out, ReportStyle{.lang = Lang::en});
    writer->file(fixture::file("a.txt", {fixture::balance()}));
    CHECK(out.str().find("<testsuite name=\"a.txt\"") != std::string::npos);
    writer->file(fixture::file("b.txt", {}));
    FileResult late = fixture::file("a.txt", {fixture::section_missing(), fixture::balance()});
    late.late = true;
    writer->file(late);
    const std::size_t before_end = out.str().size();
    writer->end(RunEnd{});
    CHECK(out.str().substr(before_end).starts_with("  <testsuite name=\"Findings across reports\" tests=\"2\" failures=\"1\""));

    Doc d = parse(out.str());
    std::vector<xmlNode*> suites = children(d.root(), "testsuite");
    REQUIRE(suites.size() == 3);
    CHECK(children(suites[0], "testcase").size() == 1);  // a.txt's own finding only
    std::vector<xmlNode*> across = children(suites[2], "testcase");
    REQUIRE(across.size() == 2);
    CHECK(attr(across[0], "name") == "section-missing");
    CHECK(attr(across[0], "classname") == "a.txt");
    CHECK(attr(across[1], "name") == "application-balance");
    CHECK(attr(children(across[1], "failure").at(0), "type") == "application-balance");

    std::ostringstream none;
    writer = open_junit(none, ReportStyle{.lang = Lang::zh});
    writer->file(late);
    writer->end(RunEnd{});
    CHECK(children(parse(none.str()).root(), "testsuite").size() == 1);
    CHECK(none.str().find("<testsuite name=\"跨报告的问题\" tests=\"2\"") != std::string::npos);
}
