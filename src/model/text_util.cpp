#include "model/text_util.hpp"

namespace xxgk::detail {

bool is_space_code_point(char32_t cp) {
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' ||
           cp == 0x00A0 || cp == 0x3000 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0xFEFF ||
           cp == 0x202F;
}

std::string_view trim(std::string_view s) {
    std::size_t begin = 0;
    while (begin < s.size()) {
        std::size_t i = begin;
        if (!is_space_code_point(next_code_point(s, i))) break;
        begin = i;
    }
    std::size_t end = begin;
    for (std::size_t i = begin; i < s.size();) {
        char32_t cp = next_code_point(s, i);
        if (!is_space_code_point(cp)) end = i;
    }
    return s.substr(begin, end - begin);
}

std::string printed_label(std::string_view s) {
    std::string out;
    std::string_view t = trim(s);
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
