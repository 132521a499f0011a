// Fuzz target: the DOCX reader, then the model and the rules. An input that is a zip ("PK")
// goes through the whole reader (zip, then WordprocessingML); any other input is taken as
// word/document.xml itself, because mutations of a zip mostly break its checksums and would
// never reach the XML.
#include "fuzz_support.hpp"
#include "readers/docx/parts.hpp"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    xxgk::init_readers();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string bytes = xxgk::fuzz::bytes_of(data, size);
    xxgk::Result<xxgk::Document> doc =
        bytes.starts_with("PK") ? xxgk::read_docx(bytes) : xxgk::docx::parse_document_xml(bytes);
    if (doc) xxgk::fuzz::model_and_rules(doc.value(), xxgk::SourceText{"report.docx", "UTF-8 (DOCX)", ""}, "docx");
    return 0;
}
