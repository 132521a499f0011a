// Text from a report or a file name never drives the terminal it is printed on: control
// characters, C1 controls, invalid bytes and the bidirectional overrides that reorder a line
// are printed as escapes, visibly.
#include <fmt/format.h>

#include "util/utf8.hpp"
#include "xxgk/reporters.hpp"

namespace xxgk {
namespace {

bool is_bidi_control(char32_t cp) {
    return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F ||
           cp == 0x061C;
}

}  // namespace

std::string terminal_safe(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0, run = 0;  // [run, i) is copied as it is
    while (i < text.size()) {
        const std::size_t start = i;
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte >= 0x20 && byte < 0x7F) {  // most of it: printable ASCII
            ++i;
            continue;
        }
        std::string escape;
        if (byte < 0x80) {
            if (byte == '\t') {
                ++i;
                continue;
            }
            escape = byte == '\n' ? "\\n" : byte == '\r' ? "\\r" : fmt::format("\\x{:02x}", byte);
            ++i;
        } else {
            const char32_t cp = util::next_code_point(text, i);
            // An invalid byte decodes to U+FFFD and advances one byte; an overlong form does not
            // have its code point's length.
            const bool valid = i - start == util::utf8_length(cp) && !(cp == 0xFFFD && i - start == 1);
            if (valid && !(cp >= 0x80 && cp <= 0x9F) && !is_bidi_control(cp)) continue;
            if (valid)
                escape = fmt::format("\\u{:04x}", static_cast<unsigned>(cp));
            else
                for (std::size_t k = start; k < i; ++k) escape += fmt::format("\\x{:02x}", static_cast<unsigned char>(text[k]));
        }
        out.append(text.data() + run, start - run);
        out += escape;
        run = i;
    }
    out.append(text.data() + run, text.size() - run);
    return out;
}

}  // namespace xxgk
