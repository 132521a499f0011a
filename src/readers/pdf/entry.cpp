// The module's entry points (module.hpp): what load.cpp finds with dlsym in xxgk-pdf.so. The
// test binary and the fuzz targets link these objects instead, and load.cpp calls the reader
// directly there.
#include "readers/pdf/module.hpp"

#ifndef XXGK_PDF_INTERFACE
#error "XXGK_PDF_INTERFACE comes from cmake/pdf.cmake"
#endif

extern "C" {

const char xxgk_pdf_interface[] = XXGK_PDF_INTERFACE;

void xxgk_pdf_read(std::string_view bytes, const xxgk::PdfOptions* options, xxgk::Result<xxgk::Document>* out) {
    *out = xxgk::pdf::read_document(bytes, *options);
}

}  // extern "C"
