// The head of a Word-exported page is a third of its bytes or more (style sheets, list and
// font definitions, XML islands in conditional comments), and the reader shows none of it.
// Handing libxml2 the body alone, after as many newlines as the head had lines (so every line
// number stays the source's), saves that part of the parse.
#include <algorithm>
#include <array>
#include <string>
#include <string_view>

#include "readers/html/detail.hpp"

namespace xxgk::detail::html {
namespace {

constexpr std::size_t npos = std::string_view::npos;

// The '>' that ends the tag starting at t[i] == '<', quoted attribute values skipped.
std::size_t tag_end(std::string_view t, std::size_t i) {
    for (char quote = 0; ++i < t.size();) {
        if (quote) {
            if (t[i] == quote) quote = 0;
        } else if (t[i] == '"' || t[i] == '\'') {
            quote = t[i];
        } else if (t[i] == '>') {
            return i;
        }
    }
    return npos;
}

}  // namespace

std::size_t body_start(std::string_view t) {
    // What may stand before <body>: the head's own elements. Anything else (text, a table)
    // starts the body implicitly, and then nothing is skipped.
    static constexpr std::array<std::string_view, 9> kHead = {"html", "head",   "meta", "link", "base",
                                                               "title", "style", "script", "xml"};
    for (std::size_t i = 0;;) {
        while (i < t.size() && is_collapsible(t[i])) ++i;
        if (i + 1 >= t.size() || t[i] != '<') return 0;
        std::size_t end;
        if (t.compare(i, 4, "<!--") == 0) {
            end = t.find("-->", i + 4);
            if (end == npos) return 0;
            i = end + 3;
            continue;
        }
        if (t[i + 1] == '!' || t[i + 1] == '?' || t[i + 1] == '/') {
            end = tag_end(t, i);
            if (end == npos) return 0;
            i = end + 1;
            continue;
        }
        std::size_t k = i + 1;
        std::string name;
        while (k < t.size() && !is_collapsible(t[k]) && t[k] != '>' && t[k] != '/') name += lower(t[k++]);
        if (name == "body") return i;
        if (std::find(kHead.begin(), kHead.end(), name) == kHead.end()) return 0;
        end = tag_end(t, i);
        if (end == npos) return 0;
        // Raw text (title, style, script) and Word's XML islands run to their end tag.
        if (name == "title" || name == "style" || name == "script" || name == "xml") {
            end = find_end_tag(t, name, end);
            if (end == npos || (end = tag_end(t, end)) == npos) return 0;
        }
        i = end + 1;
    }
}

}  // namespace xxgk::detail::html
