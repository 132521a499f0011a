#include "reporters/xml.hpp"

#include "util/utf8.hpp"

namespace xxgk::detail {
namespace {

bool xml_char(char32_t c) {
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
           (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

}  // namespace

std::string xml_escape(std::string_view text, bool attribute) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        char32_t c = util::next_code_point(text, i);
        switch (c) {
            case '&': out += "&amp;"; continue;
            case '<': out += "&lt;"; continue;
            case '>': out += "&gt;"; continue;
            case '"': out += "&quot;"; continue;
            case '\'': out += "&apos;"; continue;
            case '\r': out += "&#13;"; continue;  // a raw CR would be read back as LF
            case '\t':
                if (attribute) { out += "&#9;"; continue; }
                break;
            case '\n':
                if (attribute) { out += "&#10;"; continue; }
                break;
            default: break;
        }
        util::append_utf8(out, xml_char(c) ? c : char32_t{0xFFFD});
    }
    return out;
}

}  // namespace xxgk::detail
