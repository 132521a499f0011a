#pragma once
// XML 1.0 text and attribute values from arbitrary bytes (paths and labels come from user files).
#include <string>
#include <string_view>

namespace xxgk::detail {

// Escapes & < > " ' ; in an attribute also TAB, LF and CR (as character references, so that
// attribute normalization keeps them). Code points XML 1.0 cannot carry at all — C0 controls
// other than TAB/LF/CR, U+FFFE, U+FFFF, lone surrogates — and invalid UTF-8 become U+FFFD.
// Not libxml2's xmlTextWriter: it passes C0 controls and invalid UTF-8 through as they are
// (ill-formed output, libxml2 2.9.14), so this filter would stay anyway, and writing an attribute
// through it took 1.2x the time of this function (measured 2026-12-05, issue 19).
std::string xml_escape(std::string_view text, bool attribute);

}  // namespace xxgk::detail
