#pragma once
// Labels as the template's copies print them, folded to one form to compare them.
#include <string>
#include <string_view>

namespace xxgk {

// NFKC-like width folding for ASCII, digits and brackets; spaces removed; quotes unified;
// the traditional characters of the template's labels mapped to simplified:
// "（三） 不予公開" → "(三)不予公开".
std::string normalize_label(std::string_view text);

}  // namespace xxgk
