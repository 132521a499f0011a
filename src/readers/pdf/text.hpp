#pragma once
// Text boxes into lines and lines into strings: a line is the boxes at one height, read left
// to right, whatever order the PDF drew them in.
#include <string>
#include <string_view>
#include <vector>

#include "readers/pdf/geometry.hpp"

namespace xxgk::pdf {

struct Line {
    std::vector<const TextBox*> boxes;  // left to right
    double x0 = 0, x1 = 0, y0 = 0, y1 = 0;  // x on the page, y on the global axis
    std::string text;
    std::vector<int> starts;  // where each box's text starts in `text`, in code points
};

// CJK ideographs, kana, full-width forms and CJK punctuation: no space is written between two
// of them, however wide the gap (justified CJK text spreads its characters).
bool is_wide(char32_t cp);

// The boxes grouped into lines (top to bottom), each line's text joined: a space only where the
// PDF marks a word break or the gap is wide, and never next to a wide character.
std::vector<Line> lines_of(std::vector<const TextBox*> boxes);

// Lines joined into one string: '\n' between them.
std::string join_lines(const std::vector<Line>& lines);

// Whether `text` opens a new item of a numbered list: "一、", "（三）", "(3)", "2.", "3、"; and
// with `numbers`, whether it is a number ("186"). Text that does not is the continuation of a
// wrapped line.
bool starts_item(std::string_view text, bool numbers = true);

// Page furniture: a page number ("4", "- 4 -", "第 4 页", "4/10", "第4页 共9页").
bool is_page_number(std::string_view text);

}  // namespace xxgk::pdf
