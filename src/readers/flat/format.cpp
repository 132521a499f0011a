// Flattened text: a table-三 row label immediately followed by its digits.
#include "readers/sniff.hpp"
#include "xxgk/template.hpp"

namespace xxgk {
namespace {

// Scanned by hand: std::regex recurses per character of `\s*`, and a long run of spaces after
// the label would overflow the stack.
bool sniff(const Content& c) {
    const std::string_view text = c.data, label = new_received_label();
    for (std::size_t at = text.find(label); at != std::string_view::npos; at = text.find(label, at + 1)) {
        std::size_t i = at + label.size();
        while (i < text.size() && (text[i] == ' ' || (text[i] >= '\t' && text[i] <= '\r'))) ++i;
        if (i < text.size() && text[i] >= '0' && text[i] <= '9') return true;
    }
    return false;
}

Result<Document> read(const ReaderInput& in) { return read_flat_text(*in.text); }

}  // namespace

// No extension: flattened text comes as .txt, and is told from the text layout by its content.
extern const FormatSpec kFlatFormat = {
    .format = InputFormat::flat, .name = "flat", .sniff_order = 30, .sniff = sniff, .read = read};

}  // namespace xxgk
