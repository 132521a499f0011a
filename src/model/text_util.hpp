#pragma once
// UTF-8 helpers shared by the model's parts.
#include <string>
#include <string_view>

#include "util/utf8.hpp"

namespace xxgk::detail {

using util::append_utf8;
using util::next_code_point;

bool is_space_code_point(char32_t cp);
// Trims ASCII whitespace, U+3000, U+00A0 and other Unicode spaces at both ends.
std::string_view trim(std::string_view s);
// The printed form of a label: trimmed, wrapped lines joined without separator.
std::string printed_label(std::string_view s);

bool contains(std::string_view haystack, std::string_view needle);
bool starts_with(std::string_view s, std::string_view prefix);

}  // namespace xxgk::detail
