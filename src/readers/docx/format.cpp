// .docx: a zip (its local-file-header magic); the reader checks it holds word/document.xml.
#include "readers/sniff.hpp"

namespace xxgk {
namespace {

constexpr std::string_view kExtensions[] = {"docx"};

bool sniff(const Content& c) { return c.data.substr(0, 4) == std::string_view("PK\x03\x04", 4); }

Result<Document> read(const ReaderInput& in) { return read_docx(in.bytes, in.limits.max_inflate); }

}  // namespace

extern const FormatSpec kDocxFormat = {
    .format = InputFormat::docx, .name = "docx", .extensions = kExtensions, .binary = true,
    .encoding = "UTF-8 (DOCX)", .sniff_order = 1, .on_bytes = true, .sniff = sniff, .read = read};

}  // namespace xxgk
