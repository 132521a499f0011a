#include "labels/text.hpp"

namespace xxgk::detail {

std::string_view trim(std::string_view s) {
    std::size_t begin = 0;
    while (begin < s.size()) {
        std::size_t i = begin;
        if (!is_space_code_point(next_code_point(s, i))) break;
        begin = i;
    }
    // The end is found from the back (a paragraph runs to kilobytes). A code point starts at
    // each byte that is not a continuation byte (10xxxxxx): the decoder never skips over one,
    // so decoding from there finds the last code point exactly as a forward walk does.
    std::size_t end = s.size();
    while (end > begin) {
        std::size_t p = end - 1;
        while (p > begin && end - p < 4 && (static_cast<unsigned char>(s[p]) & 0xC0) == 0x80) --p;
        std::size_t i = p;
        const char32_t cp = next_code_point(s, i);
        if (i != end || !is_space_code_point(cp)) break;  // not one code point: invalid, kept
        end = p;
    }
    return s.substr(begin, end - begin);
}

std::string printed_label(std::string_view s) {
    std::string_view t = trim(s);
    if (t.find('\n') == std::string_view::npos) return std::string(t);  // most labels and cells
    std::string out;
    std::size_t start = 0;
    while (start <= t.size()) {
        std::size_t nl = t.find('\n', start);
        if (nl == std::string_view::npos) nl = t.size();
        out += trim(t.substr(start, nl - start));
        start = nl + 1;
    }
    return out;
}

bool contains(std::string_view haystack, std::string_view needle) {
    return haystack.find(needle) != std::string_view::npos;
}

bool starts_with(std::string_view s, std::string_view prefix) {
    return s.substr(0, prefix.size()) == prefix;
}

}  // namespace xxgk::detail
