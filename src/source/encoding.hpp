#pragma once
// Private helpers of the source layer: UTF-8 validation, iconv conversion, line breaks.
#include <cstddef>
#include <string>
#include <string_view>

#include "xxgk/error.hpp"

namespace xxgk::detail {

inline constexpr std::size_t kNoOffset = static_cast<std::size_t>(-1);

// Offset of the first byte that does not start a well-formed UTF-8 sequence (overlongs,
// surrogates, code points above U+10FFFF and truncated sequences are all ill-formed), or
// kNoOffset when every byte is valid.
std::size_t find_invalid_utf8(std::string_view bytes);

struct Conversion {
    std::string text;                   // UTF-8 output: all of it, or up to the failure
    std::size_t invalid_at = kNoOffset; // input offset of the first invalid/incomplete sequence
};

// Converts `bytes` from the iconv encoding `from` to UTF-8. An invalid or truncated input
// sequence is not an Error but a Conversion with invalid_at set; Error means iconv itself
// could not be used (unknown encoding, out of memory).
Result<Conversion> convert_to_utf8(const char* from, std::string_view bytes);

// Number of line breaks in `text`; CRLF, lone CR and LF count once each.
std::size_t count_line_breaks(std::string_view text);

// gb2312, GBK, GB18030 (any case): decoded as GB18030, which contains the other two.
bool is_gb_charset(std::string_view charset);

// CRLF and lone CR become LF, so the line count is unchanged.
std::string normalize_line_breaks(std::string_view text);

}  // namespace xxgk::detail
