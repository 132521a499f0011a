#include "xxgk/readers.hpp"

namespace xxgk {

std::string sniff_html_charset(std::string_view) { return ""; }

}  // namespace xxgk
