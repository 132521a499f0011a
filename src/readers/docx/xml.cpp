// word/document.xml to a Document: libxml2's parser over the bytes, its events walked by
// body.cpp with no tree built. When that stops (an error, or a DOCTYPE), the full parser reads
// the bytes again and builds the tree: for an error, its messages are the ones users see (the
// first error and where it gave up); for a DOCTYPE, the tree holds its entities as the walk has
// always read them (references are not substituted), and the same walk reads it.
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlreader.h>

#include <climits>
#include <memory>
#include <mutex>
#include <string_view>

#include "readers/docx/body.hpp"
#include "readers/docx/parts.hpp"
#include "readers/xml_errors.hpp"
#include "xxgk/messages.hpp"

namespace xxgk::docx {
namespace {

struct ReaderFreer {
    void operator()(xmlTextReader* r) const { xmlFreeTextReader(r); }
};
struct DocFreer {
    void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
struct CtxtFreer {
    void operator()(xmlParserCtxt* c) const { xmlFreeParserCtxt(c); }
};
using Reader = std::unique_ptr<xmlTextReader, ReaderFreer>;

// No network, no entity substitution, no DTD loading, default size limits (no HUGE); errors
// are returned, not printed.
constexpr int kOptions = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING;

std::string one_line(const char* message) {
    std::string s = message ? message : "unknown error";
    while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
    for (char& ch : s)
        if (ch == '\n') ch = ' ';
    return s;
}

Result<Document> finish(BodyWalk walk) {
    if (walk.end == BodyWalk::End::no_body) return error_of(Msg::docx_no_body);
    return std::move(walk.doc);
}

// The full parser: why the file is refused, or its tree walked as the streaming reader would.
Result<Document> parse_whole(std::string_view xml) {
    std::unique_ptr<xmlParserCtxt, CtxtFreer> ctxt(xmlNewParserCtxt());
    if (!ctxt) return error_of(Msg::docx_out_of_memory);
    XmlErrors errors;  // e.g. bytes that are not in the encoding the declaration names
    std::unique_ptr<xmlDoc, DocFreer> doc(xmlCtxtReadMemory(
        ctxt.get(), xml.data(), static_cast<int>(xml.size()), "document.xml", nullptr, kOptions));
    if (!doc || !ctxt->wellFormed) {
        const xmlError* e = xmlCtxtGetLastError(ctxt.get());
        std::string where = e && e->line > 0 ? "line " + std::to_string(e->line) + ": " : "";
        const std::string where_zh = e && e->line > 0 ? "第 " + std::to_string(e->line) + " 行：" : "";
        // libxml2 stops at 256 levels and says "use XML_PARSE_HUGE option", which means
        // nothing to a user: said as the HTML reader says it.
        if (e && e->message && std::string_view(e->message).starts_with("Excessive depth"))
            return error_of(Msg::docx_too_deep, {MessageArg::both(where_zh, where)});
        // The first message says the cause (an encoding error); the context's last one, only
        // where the parser gave up.
        const std::string cause = errors.messages().empty() ? one_line(e ? e->message : nullptr) : errors.first();
        if (cause.find("conversion failed") != std::string::npos)
            return Error{"DOCX: word/document.xml holds bytes that are not in the encoding its XML declaration names (" +
                             where + cause + ")",
                         0, "DOCX：word/document.xml 的字节与其 XML 声明的编码不符（" + where_zh + cause + "）"};
        return Error{"DOCX: word/document.xml is not well-formed XML (" + where + cause + ")", 0,
                     "DOCX：word/document.xml 不是格式正确的 XML（" + where_zh + cause + "）"};
    }
    Reader walker(xmlReaderWalker(doc.get()));
    if (!walker) return error_of(Msg::docx_out_of_memory);
    BodyWalk walk = walk_body(walker.get());
    // Walking a tree in memory fails only for want of memory.
    if (walk.end == BodyWalk::End::failed) return error_of(Msg::docx_out_of_memory);
    return finish(std::move(walk));
}

}  // namespace

Result<Document> parse_document_xml(std::string_view xml) {
    if (xml.size() > INT_MAX) return error_of(Msg::docx_xml_too_large);
    // libxml2 2.9 must be initialised once before threads parse (the batch runs workers).
    static std::once_flag init;
    std::call_once(init, xmlInitParser);
    {
        XmlErrors quiet;  // the full parser says them again (see above); not printed
        BodyWalk walk = read_body(xml, kOptions);
        if (walk.end != BodyWalk::End::failed) return finish(std::move(walk));
    }
    return parse_whole(xml);
}

}  // namespace xxgk::docx
