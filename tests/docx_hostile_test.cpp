// The DOCX reader on hostile archives and XML: every one a one-line error, never a crash.
#include <fstream>

#include "docx_support.hpp"
#include "readers/docx/parts.hpp"

using namespace docx_test;

TEST_CASE("docx: a truncated or non-zip file is a clean error", "[reader][docx][hostile]") {
    std::string valid = word_file(p(r("正文")));
    const std::string not_zip = "DOCX: not a valid zip archive (Not a zip archive)";
    CHECK(read_error(valid.substr(0, valid.size() / 2)) == not_zip);
    CHECK(read_error(valid.substr(0, valid.size() - 1)) == not_zip);
    CHECK(read_error("PK\x03\x04 and then nothing") == not_zip);
    CHECK(read_error("") == "DOCX: not a valid zip archive (empty file)");
}

TEST_CASE("docx: damaged compressed data is a clean error", "[reader][docx][hostile]") {
    std::string text;
    for (int i = 0; i < 2000; ++i) text += "本年新收政府信息公开申请数量" + std::to_string(i);
    std::string bytes = make_zip({{"word/document.xml", document_xml(p(r(text)))}});
    for (std::size_t i = 200; i < 400; ++i) bytes[i] = static_cast<char>(bytes[i] ^ 0x5A);
    CHECK(read_error(bytes).rfind("DOCX: not a valid zip archive (", 0) == 0);
}

TEST_CASE("docx: a zip without word/document.xml is not a Word document",
          "[reader][docx][hostile]") {
    CHECK(read_error(make_zip({{"[Content_Types].xml", "<Types/>"}, {"word/styles.xml", "<x/>"}})) ==
          "DOCX: no word/document.xml (not a Word document)");
    // Only the one fixed name is looked up: "similar" names are not it.
    CHECK(read_error(make_zip({{"../word/document.xml", document_xml(p(r("x")))},
                               {"/word/document.xml", document_xml(p(r("x")))},
                               {"Word/Document.xml", document_xml(p(r("x")))}})) ==
          "DOCX: no word/document.xml (not a Word document)");
}

TEST_CASE("docx: entry names escaping the archive are never used", "[reader][docx][hostile]") {
    std::string bytes =
        word_file(p(r("正文")), {{"../../evil", "#!/bin/sh\nrm -rf /\n"}, {"/etc/evil", "x"}});
    CHECK(read_ok(bytes) == "p1 \"正文\"\n");
    CHECK(!std::ifstream("../../evil"));
}

TEST_CASE("docx: a zip bomb is refused by its stated size", "[reader][docx][hostile]") {
    std::string zeros(80u << 20, '\0');  // deflates to ~80 KB
    std::string bomb = make_zip({{"word/document.xml", zeros}});
    zeros = std::string();
    CHECK(bomb.size() < (1u << 20));
    CHECK(read_error(bomb) ==
          "DOCX: word/document.xml inflates to more than the limit of 64 MiB (--max-inflate); a zip bomb?");
}

namespace {
void put_u32(std::string& s, std::size_t at, std::uint32_t v) {
    for (int i = 0; i < 4; ++i) s[at + i] = static_cast<char>((v >> (8 * i)) & 0xFF);
}
}  // namespace

TEST_CASE("docx: a zip bomb that lies about its size is stopped while inflating",
          "[reader][docx][hostile]") {
    // 3 MiB that claim to be 1000 bytes, in the local header and the central directory alike
    // (so the archive is consistent); read with a 1 MiB limit to keep the test fast. The same
    // counting guards the real 64 MiB limit.
    std::string bomb = make_zip({{"word/document.xml", std::string(3u << 20, ' ')}});
    REQUIRE(bomb.compare(0, 4, "PK\x03\x04") == 0);
    put_u32(bomb, 22, 1000);  // local file header: uncompressed size
    std::size_t central = bomb.find("PK\x01\x02");
    REQUIRE(central != std::string::npos);
    put_u32(bomb, central + 24, 1000);  // central directory: uncompressed size
    Result<std::string> entry = xxgk::docx::read_zip_entry(bomb, "word/document.xml", 1u << 20);
    REQUIRE(!entry.ok());
    CHECK(entry.error().message ==
          "DOCX: word/document.xml inflates to more than the limit of 1 MiB (--max-inflate); a zip bomb?");
    // The honest header of the same size is refused before inflating anything.
    std::string honest = make_zip({{"word/document.xml", std::string(3u << 20, ' ')}});
    CHECK(xxgk::docx::read_zip_entry(honest, "word/document.xml", 1u << 20).error().message ==
          "DOCX: word/document.xml inflates to more than the limit of 1 MiB (--max-inflate); a zip bomb?");
}

TEST_CASE("docx: malformed XML is a clean error with its line", "[reader][docx][hostile]") {
    std::string broken = "<?xml version=\"1.0\"?>\n<w:document xmlns:w=\"" + kW +
                         "\"><w:body>\n<w:p><w:r><w:t>一</w:t></w:r>\n</w:body></w:document>";
    std::string message = read_error(make_zip({{"word/document.xml", broken}}));
    CHECK(message.rfind("DOCX: word/document.xml is not well-formed XML (line 4: ", 0) == 0);
    CHECK(message.find('\n') == std::string::npos);
    CHECK(read_error(make_zip({{"word/document.xml", "PK\x03\x04\xff\xfe binary"}}))
              .rfind("DOCX: word/document.xml is not well-formed XML (line 1: ", 0) == 0);
    CHECK(read_error(make_zip({{"word/document.xml", ""}}))
              .rfind("DOCX: word/document.xml is not well-formed XML (", 0) == 0);
    CHECK(read_error(make_zip({{"word/document.xml", "<html><body/></html>"}})) ==
          "DOCX: word/document.xml has no w:document/w:body");
}

TEST_CASE("docx: entities are neither loaded nor expanded", "[reader][docx][hostile]") {
    auto document = [](const std::string& doctype, const std::string& text) {
        return make_zip({{"word/document.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE w:document [\n" +
                                                   doctype + "]>\n<w:document xmlns:w=\"" + kW +
                                                   "\"><w:body>" + p("<w:r><w:t>" + text + "</w:t></w:r>") +
                                                   "</w:body></w:document>"}});
    };
    // An external entity (XXE) is not read.
    CHECK(read_ok(document("<!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n", "a&xxe;b")) == "p1 \"ab\"\n");
    // A billion laughs: refused by libxml2 before anything is expanded.
    std::string laughs = "<!ENTITY lol0 \"lol\">\n";
    for (int i = 1; i <= 9; ++i) {
        laughs += "<!ENTITY lol" + std::to_string(i) + " \"";
        for (int k = 0; k < 10; ++k) laughs += "&lol" + std::to_string(i - 1) + ";";
        laughs += "\">\n";
    }
    Result<Document> doc = read_docx(document(laughs, "c&lol9;d"));
    if (doc.ok()) {
        CHECK(dump(doc.value()) == "p1 \"cd\"\n");
    } else {
        CHECK(doc.error().message.rfind("DOCX: word/document.xml is not well-formed XML (line ", 0) == 0);
    }
}
