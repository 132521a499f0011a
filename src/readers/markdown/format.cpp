// Markdown and OCR output: pipe rows, more of them than TAB-led lines.
#include "readers/sniff.hpp"

namespace xxgk {
namespace {

constexpr std::string_view kExtensions[] = {"md", "markdown"};

bool sniff(const Content& c) { return c.lines().pipe_rows >= 3 && c.lines().pipe_rows > c.lines().tab_cells; }

Result<Document> read(const ReaderInput& in) { return read_markdown(*in.text); }

}  // namespace

extern const FormatSpec kMarkdownFormat = {
    .format = InputFormat::markdown, .name = "markdown", .extensions = kExtensions,
    .sniff_order = 10, .sniff = sniff, .read = read};

}  // namespace xxgk
