// PDF: the "%PDF-" header, which readers accept anywhere in the first kilobyte (junk before it
// happens). Read with poppler when built with XXGK_PDF; else a clear error.
#include "readers/sniff.hpp"

namespace xxgk {
namespace {

constexpr std::string_view kExtensions[] = {"pdf"};

bool sniff(const Content& c) { return c.data.substr(0, 1024).find("%PDF-") != std::string_view::npos; }

Result<Document> read(const ReaderInput& in) { return read_pdf(in.bytes, PdfOptions{in.limits.max_pages}); }

}  // namespace

extern const FormatSpec kPdfFormat = {
    .format = InputFormat::pdf, .name = "pdf", .extensions = kExtensions, .binary = true,
    .encoding = "UTF-8 (PDF)", .sniff_order = 1, .on_bytes = true, .sniff = sniff, .read = read};

}  // namespace xxgk
