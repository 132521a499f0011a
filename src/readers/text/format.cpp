// The one-cell-per-line text layout: TAB-led cell lines.
#include "readers/sniff.hpp"

namespace xxgk {
namespace {

constexpr std::string_view kExtensions[] = {"txt", "text"};

bool sniff(const Content& c) { return c.lines().tab_cells >= 5; }

Result<Document> read(const ReaderInput& in) { return read_plain_text(*in.text); }

}  // namespace

extern const FormatSpec kTextFormat = {
    .format = InputFormat::text, .name = "text", .extensions = kExtensions,
    .sniff_order = 20, .sniff = sniff, .read = read};

}  // namespace xxgk
