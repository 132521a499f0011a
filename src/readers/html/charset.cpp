// The charset an HTML page declares, read from its raw bytes before decoding: <meta
// charset=gb2312> or <meta http-equiv="Content-Type" content="text/html; charset=gbk">.
#include <string>

#include "readers/html/detail.hpp"
#include "xxgk/readers.hpp"

namespace xxgk {
namespace {

using detail::html::is_collapsible;
using detail::html::lower;

// Charset names are ASCII letters, digits and a little punctuation (gb2312, x-gbk, iso-8859-1).
bool is_charset_char(char c) {
    c = lower(c);
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' ||
           c == ':';
}

// The value after "charset" [spaces] "=" [spaces] [quote] inside one <meta> tag, or "".
std::string charset_in(const std::string& meta) {
    for (std::size_t at = meta.find("charset"); at != std::string::npos;
         at = meta.find("charset", at + 1)) {
        std::size_t i = at + 7;
        while (i < meta.size() && is_collapsible(meta[i])) ++i;
        if (i >= meta.size() || meta[i] != '=') continue;
        ++i;
        while (i < meta.size() && (is_collapsible(meta[i]) || meta[i] == '"' || meta[i] == '\'')) ++i;
        std::string value;
        while (i < meta.size() && is_charset_char(meta[i])) value += meta[i++];
        if (!value.empty()) return value;
    }
    return "";
}

}  // namespace

std::string sniff_html_charset(std::string_view bytes) {
    // Pages declare their charset in the head; a 300 KB Word page still does it early.
    const std::string_view window = bytes.substr(0, 64 * 1024);
    auto is_meta = [&](std::size_t at) {  // "<meta" in any case at window[at]
        if (window.size() - at < 5) return false;
        for (std::size_t k = 1; k < 5; ++k)
            if (lower(window[at + k]) != "<meta"[k]) return false;
        return true;
    };
    // Only the <meta> tags are lower-cased, not the whole window: this runs on every page.
    for (std::size_t at = window.find('<'); at != std::string_view::npos; at = window.find('<', at + 1)) {
        if (!is_meta(at)) continue;
        std::size_t end = window.find('>', at);
        if (end == std::string_view::npos) end = window.size();
        std::string meta(window.substr(at, end - at));
        for (char& c : meta) c = lower(c);
        std::string value = charset_in(meta);
        if (!value.empty()) return value;
    }
    return "";
}

}  // namespace xxgk
