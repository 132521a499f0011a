// Built without PDF support (-DXXGK_PDF=OFF: no poppler, so no GPL code in the binary).
#include "xxgk/readers.hpp"

namespace xxgk {

bool pdf_supported() { return false; }

std::string pdf_module_missing() { return {}; }

Result<Document> read_pdf(std::string_view, const PdfOptions&) {
    return Error{"this xxgk was built without PDF support (XXGK_PDF=OFF); convert the PDF to text first", 0,
                 "此 xxgk 构建时未启用 PDF 支持（XXGK_PDF=OFF）；请先把 PDF 转为文本"};
}

}  // namespace xxgk
