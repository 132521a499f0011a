// Where an HTML text node stands in the source: libxml2 only knows roughly on which line a text
// node ends, so the node's text is searched for outside markup, near that line.
#include <algorithm>

#include "readers/html/detail.hpp"
#include "util/utf8.hpp"

namespace xxgk::detail::html {
namespace {

constexpr std::size_t npos = std::string_view::npos;

bool is_name_char(char c) {
    return is_alpha(c) || (c >= '0' && c <= '9') || c == ':' || c == '-' || c == '_';
}

// End of the markup starting at t[i] == '<', or i when that '<' is text. Script, style and
// title content counts as markup: the reader never shows it.
std::size_t markup_end(std::string_view t, std::size_t i) {
    const std::size_t n = t.size();
    auto past = [n](std::size_t found, std::size_t len) { return found == npos ? n : found + len; };
    if (t.substr(i, 4) == "<!--") return past(t.find("-->", i + 4), 3);
    const char c = i + 1 < n ? t[i + 1] : '\0';
    if (c == '!' || c == '?') return past(t.find('>', i + 2), 1);
    if (c == '/') return i + 2 < n && is_alpha(t[i + 2]) ? past(t.find('>', i + 2), 1) : i;
    if (!is_alpha(c)) return i;
    std::size_t j = i + 1;
    std::string name;
    while (j < n && is_name_char(t[j])) name += lower(t[j++]);
    for (char prev = '\0'; j < n && t[j] != '>'; ++j) {
        if ((t[j] == '"' || t[j] == '\'') && prev == '=') {  // a quoted value may hold '>'
            j = t.find(t[j], j + 1);
            if (j == npos) return n;
        }
        if (!is_collapsible(t[j])) prev = t[j];
    }
    if (j >= n) return n;
    if (name == "script" || name == "style" || name == "title") {
        std::size_t close = find_end_tag(t, name, j + 1);
        return close == npos ? n : close;
    }
    return j + 1;
}

// End of a character reference at t[p] == '&' (&nbsp; &#160; &#xA0;), or p if there is none.
std::size_t entity_end(std::string_view t, std::size_t p) {
    std::size_t q = p + 1;
    if (q < t.size() && t[q] == '#') {
        ++q;
        if (q < t.size() && lower(t[q]) == 'x') ++q;
    }
    const std::size_t name = q;
    while (q < t.size() && (is_alpha(t[q]) || (t[q] >= '0' && t[q] <= '9'))) ++q;
    if (q == name) return p;
    return q < t.size() && t[q] == ';' ? q + 1 : q;
}

constexpr char32_t kUnknown = 0xFFFFFFFF;  // a name we do not know: any one character
constexpr char32_t kDropped = 0;           // an invalid number: libxml2 drops it

// What the reference t[p, end) stands for.
char32_t reference_value(std::string_view ref) {
    std::string_view body = ref.substr(1);
    if (body.ends_with(';')) body.remove_suffix(1);
    if (body.starts_with('#')) {
        const bool hex = body.size() > 1 && lower(body[1]) == 'x';
        char32_t v = 0;
        for (char c : body.substr(hex ? 2 : 1)) {
            const int d = c >= '0' && c <= '9' ? c - '0' : hex && is_alpha(c) ? lower(c) - 'a' + 10 : 99;
            if (d >= (hex ? 16 : 10) || v > 0x10FFFF) return kDropped;
            v = v * (hex ? 16 : 10) + static_cast<char32_t>(d);
        }
        const bool valid = v == 0x9 || v == 0xA || v == 0xD || (v >= 0x20 && v <= 0xD7FF) ||
                           (v >= 0xE000 && v <= 0xFFFD) || (v >= 0x10000 && v <= 0x10FFFF);
        return valid ? v : kDropped;
    }
    static constexpr std::pair<std::string_view, char32_t> kNames[] = {
        {"nbsp", 0xA0},    {"amp", '&'},      {"lt", '<'},       {"gt", '>'},      {"quot", '"'},
        {"apos", '\''},    {"ldquo", 0x201C}, {"rdquo", 0x201D}, {"lsquo", 0x2018}, {"rsquo", 0x2019},
        {"mdash", 0x2014}, {"ndash", 0x2013}, {"hellip", 0x2026}, {"middot", 0xB7}, {"times", 0xD7},
        {"ensp", 0x2002},  {"emsp", 0x2003},  {"copy", 0xA9},    {"reg", 0xAE},    {"yen", 0xA5}};
    for (auto [name, v] : kNames)
        if (body == name) return v;
    return kUnknown;
}

}  // namespace

std::size_t find_end_tag(std::string_view s, std::string_view lower_name, std::size_t from) {
    // Only the '<' are tried: a style block runs to tens of kilobytes.
    for (std::size_t i = s.find('<', from); i != npos && i + 2 + lower_name.size() <= s.size();
         i = s.find('<', i + 1)) {
        if (s[i + 1] != '/') continue;
        std::size_t k = 0;
        while (k < lower_name.size() && lower(s[i + 2 + k]) == lower_name[k]) ++k;
        if (k == lower_name.size()) return i;
    }
    return npos;
}

SourceLocator::SourceLocator(std::string_view text)
    : text_(text), budget_(16 * text.size() + (1u << 20)) {
    // Both scans jump from one '\n' or '<' to the next (memchr): a page is 100-300 KB.
    line_starts_.push_back(0);
    for (std::size_t i = text.find('\n'); i != npos; i = text.find('\n', i + 1)) line_starts_.push_back(i + 1);
    std::size_t run = 0;
    for (std::size_t i = text.find('<'); i != npos;) {
        const std::size_t end = markup_end(text, i);
        if (end == i) {  // a '<' that is text
            i = text.find('<', i + 1);
            continue;
        }
        if (i > run) runs_.emplace_back(run, i);
        run = end;
        i = text.find('<', end);
    }
    if (text.size() > run) runs_.emplace_back(run, text.size());
}

Position SourceLocator::locate(std::string_view content, long parent_line, long node_line) {
    // Like the plain-text reader, point past stray U+00A0/U+3000 before the text; at the
    // first of them when the node holds nothing else (a blank cell's &nbsp;).
    std::size_t b = 0;
    while (b < content.size() && is_collapsible(content[b])) ++b;
    if (b == content.size()) return {};
    for (std::size_t i = b, v = b; i < content.size(); v = i) {
        const char32_t cp = util::next_code_point(content, i);
        if (cp != 0xA0 && cp != 0x3000 && !(cp < 0x80 && is_collapsible(static_cast<char>(cp)))) {
            b = v;
            break;
        }
    }
    const std::string_view needle = content.substr(b);
    constexpr long kSaturated = 65535;  // libxml2 keeps line numbers in 16 bits
    const long lines = static_cast<long>(line_starts_.size());
    const bool parent_known = parent_line > 0 && parent_line < kSaturated;
    const bool node_known = node_line > 0 && node_line < kSaturated;
    Position fallback;
    const long newlines = static_cast<long>(std::count(needle.begin(), needle.end(), '\n'));
    fallback.line = static_cast<int>(node_known ? std::max(parent_known ? parent_line : 1, node_line - newlines)
                                     : parent_known ? parent_line : 0);

    auto line_begin = [&](long l) { return line_starts_[std::clamp(l, 1L, lines) - 1]; };
    std::size_t lo = parent_known ? line_begin(node_known ? std::min(parent_line, node_line) : parent_line)
                                  : cursor_;
    std::size_t hi = node_known && node_line + 1 < lines ? line_starts_[node_line + 1] : text_.size();
    if (!node_known) hi = std::min(text_.size(), std::max(lo, cursor_) + (1u << 20));
    const std::size_t start = cursor_ >= lo && cursor_ < hi ? cursor_ : lo;

    std::size_t want = 0;  // code points that must match: the whole text, or its first 16
    for (std::size_t i = 0; i < needle.size() && want < 16; ++want) util::next_code_point(needle, i);
    auto run = std::upper_bound(runs_.begin(), runs_.end(), start,
                                [](std::size_t s, const auto& r) { return s < r.second; });
    for (; run != runs_.end() && run->first < hi; ++run) {
        for (std::size_t p = std::max(start, run->first); p < run->second && p < hi; ++p) {
            if (budget_ == 0) return fallback;
            --budget_;
            const char c = text_[p];
            if ((static_cast<unsigned char>(c) & 0xC0) == 0x80 || (c != needle[0] && c != '&')) continue;
            const auto r = static_cast<std::size_t>(run - runs_.begin());
            std::size_t matched = 0;
            match(p, r, needle, want, &matched);
            if (matched >= want) {
                cursor_ = match(p, r, needle, needle.size(), &matched);  // the whole text, once
                return position_of(p);
            }
        }
    }
    return fallback;
}

// Matches at most `limit` code points of `needle` at text_[at] (in run `run`, across markup
// between runs); returns where the match ended and sets `matched` to the code points matched.
std::size_t SourceLocator::match(std::size_t at, std::size_t run, std::string_view needle,
                                 std::size_t limit, std::size_t* matched) const {
    std::size_t p = at;
    *matched = 0;
    for (std::size_t i = 0; i < needle.size() && *matched < limit;) {
        if (p >= runs_[run].second) {
            if (++run >= runs_.size()) break;
            p = runs_[run].first;
        }
        std::size_t next = i;
        const char32_t want = util::next_code_point(needle, next);
        const std::size_t ref_end = text_[p] == '&' ? entity_end(text_, p) : p;
        const char32_t ref = ref_end != p ? reference_value(text_.substr(p, ref_end - p)) : want;
        if (ref_end != p && ref == kDropped) {
            if (i == 0) break;  // a match starts at text, not at what libxml2 threw away
            p = ref_end;
            continue;
        }
        if (ref_end != p && (ref == want || (ref == kUnknown && want != '&'))) {
            p = ref_end;
        } else if (text_.compare(p, next - i, needle.substr(i, next - i)) == 0) {
            p += next - i;  // literal text, or an "&" libxml2 kept as it was
        } else {
            break;
        }
        i = next;
        ++*matched;
    }
    return p;
}

Position SourceLocator::position_of(std::size_t offset) {
    const int line = static_cast<int>(std::upper_bound(line_starts_.begin(), line_starts_.end(), offset) -
                                      line_starts_.begin());
    std::size_t from = line_starts_[line - 1];
    int col = 1;
    if (line == col_line_ && offset >= col_offset_) {
        from = col_offset_;
        col = col_;
    }
    for (std::size_t i = from; i < offset; ++col) util::next_code_point(text_, i);
    col_line_ = line;
    col_offset_ = offset;
    col_ = col;
    Position pos;
    pos.line = line;
    pos.column = col;
    return pos;
}

}  // namespace xxgk::detail::html
