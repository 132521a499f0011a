#pragma once
// UTF-8 decoding and encoding, shared by every layer that walks text by code point.
#include <string>
#include <string_view>

namespace xxgk::util {

// Decodes the code point at s[i] and advances i; an invalid byte yields U+FFFD and advances 1.
char32_t next_code_point(std::string_view s, std::size_t& i);
void append_utf8(std::string& out, char32_t cp);

}  // namespace xxgk::util
