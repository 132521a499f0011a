// Word writes a style, a class or a lang on nearly every element of the body, and libxml2
// allocates, copies and frees each one. The reader reads rowspan and colspan alone, so the
// other attributes are dropped from the text before it is parsed: only their newlines stay,
// and every line number with them.
#include <string>
#include <string_view>

#include "readers/html/detail.hpp"

namespace xxgk::detail::html {
namespace {

constexpr std::size_t npos = std::string_view::npos;

// Names as libxml2's HTML parser reads them (htmlParseHTMLName).
bool is_name_start(char c) { return is_alpha(c) || c == '_' || c == ':'; }
bool is_name_char(char c) { return is_name_start(c) || (c >= '0' && c <= '9') || c == '-' || c == '.'; }

bool kept(std::string_view name) {
    auto is = [&](std::string_view want) {
        if (name.size() != want.size()) return false;
        for (std::size_t i = 0; i < name.size(); ++i)
            if (lower(name[i]) != want[i]) return false;
        return true;
    };
    return is("rowspan") || is("colspan");
}

void newlines_of(std::string_view s, std::string& out) {
    for (char c : s)
        if (c == '\n') out += '\n';
}

}  // namespace

bool strip_attributes(std::string_view t, std::string& out) {
    out.reserve(out.size() + t.size());
    std::size_t i = 0;
    // Copies t[i, end + skip) as it is; false when `end` was not found.
    auto verbatim = [&](std::size_t end, std::size_t skip) {
        if (end == npos) return false;
        out.append(t, i, end + skip - i);
        i = end + skip;
        return true;
    };
    while (i < t.size()) {
        const std::size_t lt = t.find('<', i);
        if (lt == npos) break;
        out.append(t, i, lt - i);
        i = lt;
        const char next = i + 1 < t.size() ? t[i + 1] : '\0';
        // What libxml2 reads as one piece up to a known end is copied whole: a comment, an
        // end tag (to the next '>', whatever stands between), a declaration.
        if (t.compare(i, 4, "<!--") == 0) {
            if (!verbatim(t.find("-->", i + 4), 3)) return false;
            continue;
        }
        if (next == '/' || next == '!' || next == '?') {
            if (next == '/' && !is_alpha(i + 2 < t.size() ? t[i + 2] : '\0')) return false;
            if (!verbatim(t.find('>', i + 2), 1)) return false;
            continue;
        }
        if (!is_alpha(next)) {
            out += '<';  // text
            ++i;
            continue;
        }
        std::size_t k = i + 1;
        while (k < t.size() && is_name_char(t[k])) ++k;
        if (k >= t.size() || !(is_collapsible(t[k]) || t[k] == '>' || t[k] == '/')) return false;
        const std::string_view name = t.substr(i + 1, k - i - 1);
        out.append(t, i, k - i);
        // Attributes: name, or name=value (quoted, or up to whitespace or '>').
        for (;;) {
            const std::size_t from = k;
            while (k < t.size() && is_collapsible(t[k])) ++k;
            if (k >= t.size()) return false;
            if (t[k] == '>' || t.compare(k, 2, "/>") == 0) {
                const std::size_t close = t[k] == '>' ? k : k + 1;
                out.append(t, from, close + 1 - from);
                i = close + 1;
                break;
            }
            const std::size_t name_at = k;
            if (!is_name_start(t[k])) return false;  // libxml2 skips it its own way
            while (k < t.size() && is_name_char(t[k])) ++k;
            const std::string_view attribute = t.substr(name_at, k - name_at);
            std::size_t j = k;
            while (j < t.size() && is_collapsible(t[j])) ++j;
            if (j < t.size() && t[j] == '=') {
                ++j;
                while (j < t.size() && is_collapsible(t[j])) ++j;
                if (j >= t.size()) return false;
                if (t[j] == '"' || t[j] == '\'') {
                    const std::size_t close = t.find(t[j], j + 1);
                    if (close == npos) return false;
                    k = close + 1;
                } else {
                    k = j;
                    while (k < t.size() && !is_collapsible(t[k]) && t[k] != '>') {
                        if (t[k] == '<' || t[k] == '"' || t[k] == '\'') return false;
                        ++k;
                    }
                }
            }
            if (k >= t.size() || !(is_collapsible(t[k]) || t[k] == '>' || t[k] == '/')) return false;
            if (kept(attribute)) {
                out.append(t, from, k - from);
            } else {
                newlines_of(t.substr(from, k - from), out);
                out += ' ';
            }
        }
        // Raw text: what follows <script> or <style> is no markup until its end tag (as
        // libxml2 reads it in recovery mode).
        std::string lowered(name);
        for (char& c : lowered) c = lower(c);
        if (lowered == "script" || lowered == "style") {
            const std::size_t end = find_end_tag(t, lowered, i);
            if (end == npos) return false;
            out.append(t, i, end - i);
            i = end;
        }
    }
    out.append(t, i, npos);
    return true;
}

}  // namespace xxgk::detail::html
