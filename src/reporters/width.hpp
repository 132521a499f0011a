#pragma once
// Display width of UTF-8 text in a terminal, so columns of Chinese labels line up.
#include <cstddef>
#include <string>
#include <string_view>

namespace xxgk::detail {

// Columns `text` takes in a terminal, as utf8proc_charwidth counts them: East Asian Wide and
// Fullwidth code points 2, combining marks, format and control characters 0, everything else
// (Ambiguous included) 1. Invalid UTF-8 bytes count 1 each.
std::size_t display_width(std::string_view text);

// `text` cut to at most `width` columns, ending in "…" where it was cut.
std::string truncate_to_width(std::string_view text, std::size_t width);

// `text` followed by spaces up to `width` columns (unchanged when already wider).
std::string pad_right(std::string_view text, std::size_t width);

}  // namespace xxgk::detail
