// Text of HTML nodes as a browser shows it: whitespace collapsed, Word's conditionals removed,
// lines broken where the markup breaks them.
#include <algorithm>

#include "readers/html/detail.hpp"
#include "util/utf8.hpp"

namespace xxgk::detail::html {
namespace {

constexpr std::size_t npos = std::string_view::npos;

// East Asian Wide/Fullwidth, Hangul excluded (the segment-break rule keeps spaces there).
bool is_wide(char32_t cp) {
    return (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
           (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
           (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
}

}  // namespace

std::string collapse_whitespace(std::string_view raw) {
    std::string out;
    char32_t prev = 0;
    for (std::size_t i = 0; i < raw.size();) {
        if (!is_collapsible(raw[i])) {
            const std::size_t start = i;
            prev = util::next_code_point(raw, i);
            out.append(raw.substr(start, i - start));
            continue;
        }
        bool line_break = false;
        std::size_t j = i;
        for (; j < raw.size() && is_collapsible(raw[j]); ++j) line_break = line_break || raw[j] == '\n';
        if (!out.empty() && j < raw.size()) {
            std::size_t k = j;
            const char32_t next = util::next_code_point(raw, k);
            if (!(line_break && is_wide(prev) && is_wide(next))) out += ' ';
        }
        i = j;
    }
    return out;
}

bool is_ascii_blank(std::string_view s) {
    return std::all_of(s.begin(), s.end(), is_collapsible);
}

bool is_visually_blank(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        const char32_t cp = util::next_code_point(s, i);
        if (cp > 0x7F ? cp != 0xA0 && cp != 0x3000 : !is_collapsible(static_cast<char>(cp)))
            return false;
    }
    return true;
}

std::string strip_conditionals(std::string_view content) {
    std::string out;
    std::size_t from = 0;
    for (std::size_t at; (at = content.find("<![", from)) != npos;) {
        std::string_view rest = content.substr(at + 3);
        const std::size_t close = content.find("]>", at);
        if (close == npos || !(rest.starts_with("if") || rest.starts_with("endif"))) {
            out.append(content.substr(from, at + 3 - from));
            from = at + 3;
            continue;
        }
        out.append(content.substr(from, at - from));
        from = close + 2;
    }
    out.append(content.substr(from));
    return out;
}

void TextLines::add(std::string_view s, Position p) {
    lines_.back() += s;
    if (visible_ || is_ascii_blank(s)) return;
    if (!located_ || !is_visually_blank(s)) pos_ = p;
    located_ = true;
    visible_ = !is_visually_blank(s);
}

void TextLines::line_break() {
    if (!lines_.back().empty()) lines_.emplace_back();
}

std::vector<std::string> TextLines::lines() const {
    std::vector<std::string> out;
    for (const auto& raw : lines_) {
        std::string line = collapse_whitespace(raw);
        if (!line.empty()) out.push_back(std::move(line));
    }
    return out;
}

}  // namespace xxgk::detail::html
