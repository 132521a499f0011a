// Fuzz target: the PDF reader (poppler parses; our geometry — rulings, grid, page joins,
// prose — runs on whatever it gives), then the model and the rules. poppler itself is fuzzed
// by OSS-Fuzz; this target is for our code on the boxes and renderings poppler hands over.
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    xxgk::init_readers();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    xxgk::PdfOptions options;
    options.max_pages = 20;  // a fuzzed page count should not make one input take minutes
    xxgk::Result<xxgk::Document> doc = xxgk::read_pdf(xxgk::fuzz::bytes_of(data, size), options);
    if (doc) xxgk::fuzz::model_and_rules(doc.value(), xxgk::SourceText{"report.pdf", "UTF-8 (PDF)", ""}, "pdf");
    return 0;
}
