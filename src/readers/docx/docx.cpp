// A .docx is a zip of XML parts; the text and tables of the report are all in
// word/document.xml (headers, footers, comments and footnotes are not the report).
#include "readers/docx/parts.hpp"
#include "xxgk/readers.hpp"

namespace xxgk {

Result<Document> read_docx(std::string_view bytes, std::size_t max_inflate) {
    Result<std::string> xml = docx::read_zip_entry(bytes, "word/document.xml", max_inflate);
    if (!xml) return xml.error();
    return docx::parse_document_xml(xml.value());
}

}  // namespace xxgk
