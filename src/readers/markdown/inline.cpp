// Inline Markdown: only what OCR / HTML-to-Markdown converters put inside report tables and
// headings. Links, code spans and images do not occur there and are kept as written.
#include "readers/markdown/inline.hpp"

#include <array>
#include <cctype>
#include <vector>

#include "util/utf8.hpp"

namespace xxgk::detail {
namespace {

bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\r'; }

bool is_ascii_punct(char c) {
    return c > 0x20 && c < 0x7F && std::ispunct(static_cast<unsigned char>(c));
}

// Length of a `<br>` tag at raw[i] (any case, `<br/>`, `<br />`), or 0.
std::size_t br_length(std::string_view raw, std::size_t i) {
    if (raw.size() < i + 3 || raw[i] != '<' || std::tolower(raw[i + 1]) != 'b' ||
        std::tolower(raw[i + 2]) != 'r')
        return 0;
    std::size_t j = i + 3;
    while (j < raw.size() && raw[j] == ' ') ++j;
    if (j < raw.size() && raw[j] == '/') ++j;
    while (j < raw.size() && raw[j] == ' ') ++j;
    return j < raw.size() && raw[j] == '>' ? j + 1 - i : 0;
}

// The code point of an entity at raw[i] and its length, or {0, 0}.
std::pair<char32_t, std::size_t> entity_at(std::string_view raw, std::size_t i) {
    if (raw[i] != '&') return {0, 0};
    // Bounded: a cell of many `&` must not make the search quadratic.
    std::size_t semi = raw.substr(0, i + 12).find(';', i);
    if (semi == std::string_view::npos) return {0, 0};
    std::string_view name = raw.substr(i + 1, semi - i - 1);
    std::size_t len = semi + 1 - i;
    static constexpr std::array<std::pair<std::string_view, char32_t>, 8> kNamed = {{
        {"nbsp", 0x00A0}, {"amp", U'&'}, {"lt", U'<'}, {"gt", U'>'}, {"quot", U'"'},
        {"apos", U'\''}, {"ensp", 0x2002}, {"emsp", 0x2003},
    }};
    for (auto [n, cp] : kNamed)
        if (name == n) return {cp, len};
    if (name.size() < 2 || name[0] != '#') return {0, 0};
    bool hex = name[1] == 'x' || name[1] == 'X';
    std::string_view digits = name.substr(hex ? 2 : 1);
    if (digits.empty()) return {0, 0};
    char32_t cp = 0;
    for (char c : digits) {
        int d = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
                : hex && std::isxdigit(static_cast<unsigned char>(c))
                    ? std::tolower(c) - 'a' + 10
                    : -1;
        if (d < 0 || cp > 0x10FFFF) return {0, 0};
        cp = cp * (hex ? 16 : 10) + static_cast<char32_t>(d);
    }
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return {0, 0};
    return {cp, len};
}

// Marks the bytes of emphasis delimiters that pair up: a run that can close (text before it)
// takes the nearest open run of the same character and length, and the open runs after that
// one can no longer close. `_` counts only doubled: a single one is more likely part of a
// name than italics. One stack per kind keeps this linear on any input.
std::vector<bool> emphasis_bytes(std::string_view raw) {
    std::vector<bool> drop(raw.size(), false);
    std::array<std::vector<std::size_t>, 4> open;  // `*`, `**`, `***`, `__`: start bytes
    for (std::size_t i = 0; i < raw.size();) {
        if (raw[i] == '\\' && i + 1 < raw.size()) {
            i += 2;
            continue;
        }
        char ch = raw[i];
        if (ch != '*' && ch != '_') {
            ++i;
            continue;
        }
        std::size_t len = 0;
        while (i + len < raw.size() && raw[i + len] == ch) ++len;
        int kind = ch == '*' && len <= 3 ? static_cast<int>(len) - 1 : ch == '_' && len == 2 ? 3 : -1;
        if (kind >= 0) {
            bool text_before = i > 0 && !is_ascii_space(raw[i - 1]);
            bool text_after = i + len < raw.size() && !is_ascii_space(raw[i + len]);
            auto& stack = open[static_cast<std::size_t>(kind)];
            if (text_before && !stack.empty()) {
                std::size_t from = stack.back();
                for (std::size_t b = 0; b < len; ++b) drop[from + b] = drop[i + b] = true;
                for (auto& other : open)
                    while (!other.empty() && other.back() >= from) other.pop_back();
            } else if (text_after) {
                stack.push_back(i);
            }
        }
        i += len;
    }
    return drop;
}

}  // namespace

InlineText render_inline(std::string_view raw) {
    InlineText out;
    const std::vector<bool> drop = emphasis_bytes(raw);
    bool after_break = false;  // spaces right after a line break are not text
    auto emit = [&](std::string_view piece, std::size_t from) {
        // Like the plain-text reader, point past stray U+3000 / U+00A0 before the text.
        if (out.first == std::string_view::npos && piece != "\u3000" && piece != "\u00A0")
            out.first = from;
        out.text += piece;
        after_break = false;
    };
    for (std::size_t i = 0; i < raw.size();) {
        if (drop[i]) {
            ++i;
            continue;
        }
        char c = raw[i];
        if (is_ascii_space(c)) {
            if (!out.text.empty() && !after_break) out.text += ' ';
            ++i;
            continue;
        }
        if (c == '\\' && i + 1 < raw.size() && is_ascii_punct(raw[i + 1])) {
            emit(raw.substr(i + 1, 1), i);
            i += 2;
            continue;
        }
        if (std::size_t n = br_length(raw, i)) {
            while (!out.text.empty() && out.text.back() == ' ') out.text.pop_back();
            if (!out.text.empty()) out.text += '\n';
            after_break = !out.text.empty();
            i += n;
            continue;
        }
        if (auto [cp, n] = entity_at(raw, i); n > 0) {
            std::string utf8;
            util::append_utf8(utf8, cp);
            emit(utf8, i);
            i += n;
            continue;
        }
        std::size_t next = i;
        util::next_code_point(raw, next);
        emit(raw.substr(i, next - i), i);
        i = next;
    }
    while (!out.text.empty() && (out.text.back() == ' ' || out.text.back() == '\n'))
        out.text.pop_back();
    return out;
}

}  // namespace xxgk::detail
