#pragma once
// Private to the HTML reader: how text nodes become the text of cells and paragraphs, and where
// that text stands in the source file.
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "xxgk/document.hpp"

namespace xxgk::detail::html {

// HTML's names (elements, attributes, charsets) are ASCII, matched in any case.
inline char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }
inline bool is_alpha(char c) { return lower(c) >= 'a' && lower(c) <= 'z'; }

// HTML's collapsible whitespace; U+00A0 and U+3000 are not.
inline bool is_collapsible(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// The text as a browser shows it: runs of ASCII whitespace become one space, none at the start
// or the end, and none at all where a source line break falls between two CJK characters (the
// CSS Text segment-break rule: Word wraps its HTML inside Chinese text). U+00A0 stays.
std::string collapse_whitespace(std::string_view raw);

// Only ASCII whitespace (U+00A0 is content: it is what a blank Word cell holds).
bool is_ascii_blank(std::string_view s);
// Only whitespace of any kind, U+00A0 and U+3000 included: no visible text.
bool is_visually_blank(std::string_view s);

// Where "</name" (any case; `lower_name` in lower case) first stands from `from` on, or npos.
std::size_t find_end_tag(std::string_view text, std::string_view lower_name, std::size_t from);

// Where the <body> start tag stands when only the head's markup and whitespace come before
// it (what the reader never shows); else 0.
std::size_t body_start(std::string_view text);

// Appends `text` to `out` with every attribute but rowspan and colspan dropped from its start
// tags (each leaves its newlines and a space). False, `out` then half written, on markup not
// read the simple way (an unclosed comment or tag, a quote in an attribute name, a '<' in one):
// libxml2 is then given the text as it is.
bool strip_attributes(std::string_view text, std::string& out);

// libxml2 keeps Word's downlevel conditionals (<![if !supportLists]>, <![endif]>) as text.
std::string strip_conditionals(std::string_view content);

// The text of one cell or paragraph, line by line as shown, and where its first visible text
// stands (else its first &nbsp;: what a blank Word cell holds).
class TextLines {
public:
    void add(std::string_view text, Position pos);
    void line_break();
    // Lines as shown; blank ones dropped, "&nbsp;" kept (the model decides about it).
    std::vector<std::string> lines() const;
    bool located() const { return located_; }
    Position pos() const { return pos_; }

private:
    std::vector<std::string> lines_{""};
    Position pos_;
    bool located_ = false;
    bool visible_ = false;
};

// Finds text nodes in the source: every node is searched, in document order, outside markup,
// between the line of its parent's start tag and the line libxml2 gives the node (where its
// first chunk ended). A cursor after the last match tells equal texts on one line apart.
class SourceLocator {
public:
    explicit SourceLocator(std::string_view text);
    // line and 1-based character column of the first non-whitespace character of `content`;
    // column 0 (and libxml2's line) when it cannot be found.
    Position locate(std::string_view content, long parent_line, long node_line);

private:
    std::size_t match(std::size_t at, std::size_t run, std::string_view needle, std::size_t limit,
                      std::size_t* matched) const;
    Position position_of(std::size_t offset);

    std::string_view text_;
    std::vector<std::size_t> line_starts_;
    std::vector<std::pair<std::size_t, std::size_t>> runs_;  // text outside markup, [begin, end)
    std::size_t cursor_ = 0;
    std::size_t budget_;  // bytes we may still examine: locating never costs more than parsing
    std::size_t col_offset_ = 0;  // last position computed, so long lines are counted once
    int col_line_ = 0, col_ = 0;
};

}  // namespace xxgk::detail::html
