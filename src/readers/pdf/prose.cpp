#include "readers/pdf/prose.hpp"

#include <algorithm>
#include <cmath>

#include "util/utf8.hpp"

namespace xxgk::pdf {
namespace {

double median(std::vector<double> v, double fallback) {
    if (v.empty()) return fallback;
    std::nth_element(v.begin(), v.begin() + static_cast<long>(v.size() / 2), v.end());
    return v[v.size() / 2];
}

// The width of one character: the median over boxes of ideographs (their widths are the font
// size), else a tenth of the line height.
double char_width(const std::vector<Line>& lines) {
    std::vector<double> widths, heights;
    for (const Line& l : lines)
        for (const TextBox* b : l.boxes) {
            std::size_t n = 0, wide = 0;
            for (std::size_t i = 0; i < b->text.size(); ++n) wide += is_wide(util::next_code_point(b->text, i));
            if (n > 0 && wide == n) widths.push_back((b->box.x1 - b->box.x0) / static_cast<double>(n));
            heights.push_back(b->y1 - b->y0);
        }
    return median(widths, median(heights, 10) * 0.8);
}

bool ascii_word_char(char32_t c) { return c < 0x80 && (std::isalnum(static_cast<int>(c)) != 0); }

// The boxes of line `l`, the `line`-th of paragraph `p`, whose text starts at code point `from`.
void add_pieces(ProseParagraph& p, const Line& l, int line, int from) {
    for (std::size_t k = 0; k < l.boxes.size() && k < l.starts.size(); ++k) {
        TextPiece piece{from + l.starts[k], line, {}};
        piece.pos.page = l.boxes[k]->page;
        piece.pos.box = l.boxes[k]->box;
        p.pieces.push_back(piece);
    }
}

}  // namespace

std::vector<ProseParagraph> paragraphs_of(const std::vector<Line>& lines) {
    std::vector<ProseParagraph> out;
    if (lines.empty()) return out;
    const double cw = char_width(lines);
    std::vector<double> lefts, rights;
    for (const Line& l : lines) {
        lefts.push_back(std::round(l.x0));
        rights.push_back(l.x1);
    }
    // The body's left edge: the most common start of a line; its right edge: where the longest
    // lines end.
    std::sort(lefts.begin(), lefts.end());
    double left = lefts.front();
    std::size_t best = 0;
    for (std::size_t i = 0; i < lefts.size();) {
        std::size_t j = i;
        while (j < lefts.size() && lefts[j] - lefts[i] <= 1) ++j;
        if (j - i > best) best = j - i, left = lefts[i];
        i = j;
    }
    std::sort(rights.begin(), rights.end());
    const double right = rights[rights.size() - 1 - rights.size() / 20];

    const Line* prev = nullptr;
    int line = 0, length = 0;  // of the paragraph: its lines so far, its text in code points
    for (const Line& l : lines) {
        const bool starts = !prev || prev->x1 < right - 1.5 * cw || l.x0 > left + 0.8 * cw ||
                            prev->x0 > left + 3 * cw || starts_item(l.text, false);
        if (starts) {
            out.push_back({l.text, &l, {}});
            line = 0;
            add_pieces(out.back(), l, line, 0);
            length = static_cast<int>(util::count_code_points(l.text));
        } else {
            std::string& t = out.back().text;
            std::size_t i = 0, k = t.size();
            while (k > 0 && (static_cast<unsigned char>(t[k - 1]) & 0xC0) == 0x80) --k;
            if (k > 0) --k;
            const char32_t last = t.empty() ? 0 : util::next_code_point(t, k);
            const char32_t first = l.text.empty() ? 0 : util::next_code_point(l.text, i);
            if (ascii_word_char(last) && ascii_word_char(first)) {
                t += ' ';
                ++length;
            }
            add_pieces(out.back(), l, ++line, length);
            t += l.text;
            length += static_cast<int>(util::count_code_points(l.text));
        }
        prev = &l;
    }
    return out;
}

}  // namespace xxgk::pdf
