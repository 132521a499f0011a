#pragma once
// Label text below readers and model: normalisation (width, spaces, quotes, traditional
// script), trimming, and the small string tests both use.
#include <string>
#include <string_view>

#include "util/utf8.hpp"
#include "xxgk/labels.hpp"

namespace xxgk::detail {

using util::append_utf8;
using util::next_code_point;

// Inline: asked once per character of every label.
inline bool is_space_code_point(char32_t cp) {
    if (cp < 0x80) return cp == ' ' || (cp >= '\t' && cp <= '\r');
    return cp == 0x00A0 || cp == 0x3000 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0xFEFF ||
           cp == 0x202F;
}

// normalize_label(text) appended to `out`, stopping once `out` is longer than `limit` bytes.
void append_normalized_label(std::string& out, std::string_view text,
                             std::size_t limit = std::string::npos);
// normalize_label, cut short once longer than `max_bytes`: the whole label when it is not
// longer, else a prefix of it that is (enough to test a short prefix or a length limit).
std::string normalize_label_prefix(std::string_view text, std::size_t max_bytes);

// Trims ASCII whitespace, U+3000, U+00A0 and other Unicode spaces at both ends.
std::string_view trim(std::string_view s);
// The printed form of a label: trimmed, wrapped lines joined without separator.
std::string printed_label(std::string_view s);

bool contains(std::string_view haystack, std::string_view needle);
bool starts_with(std::string_view s, std::string_view prefix);

}  // namespace xxgk::detail
