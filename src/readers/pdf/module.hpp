#pragma once
// The PDF module's contract. The PDF reader (poppler, and the geometry that rebuilds tables from
// what poppler gives) is built as xxgk-pdf.so, loaded with dlopen on the first PDF (load.cpp), so
// a check of any other format does not load poppler's twenty libraries. The module and the
// program come from one build, with one compiler and these headers: the entry passes C++
// objects (a string_view, PdfOptions, a Result<Document>) across, and the interface tag below
// refuses a module from another build rather than read its objects wrongly.
#include <filesystem>
#include <string_view>
#include <vector>

#include "xxgk/document.hpp"
#include "xxgk/error.hpp"
#include "xxgk/readers.hpp"

namespace xxgk::pdf {

// The reader itself (reader.cpp), as the module runs it.
Result<Document> read_document(std::string_view bytes, const PdfOptions& options);

inline constexpr std::string_view kModuleFile = "xxgk-pdf.so";

// Where xxgk looks for the module, in this order: next to the binary (the build tree), then
// the install layout's private library folder (`module_dir`: the path from the binary's folder
// to <libdir>/xxgk that cmake/pdf.cmake computes from the install rules).
inline std::vector<std::filesystem::path> module_candidates(const std::filesystem::path& binary,
                                                            std::string_view module_dir) {
    const std::filesystem::path dir = binary.parent_path();
    return {dir / kModuleFile, (dir / module_dir / kModuleFile).lexically_normal()};
}

}  // namespace xxgk::pdf

// The module's two exported symbols; everything else in it is hidden. XXGK_PDF_INTERFACE is
// the project version and a hash of the headers whose types cross (cmake/pdf.cmake).
extern "C" {
__attribute__((visibility("default"))) extern const char xxgk_pdf_interface[];
__attribute__((visibility("default"))) void xxgk_pdf_read(std::string_view bytes, const xxgk::PdfOptions* options,
                                                          xxgk::Result<xxgk::Document>* out);
}
