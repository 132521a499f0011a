#pragma once
// The PDF reader's geometry: text boxes and ruling lines in PDF points, on one vertical axis
// over all pages (a table that crosses a page break is one table on it). Nothing here knows
// poppler: the poppler part (reader.cpp) fills these from a document.
#include <string>
#include <vector>

#include "xxgk/document.hpp"

namespace xxgk::pdf {

// A word as the PDF draws it; `box` on its page (top-left origin), `y0`/`y1` on the global axis.
struct TextBox {
    std::string text;  // UTF-8
    Box box;
    int page = 1;  // 1-based
    double y0 = 0, y1 = 0;
    bool space_after = false;  // the PDF's own word break after this box
    double cy() const { return (y0 + y1) / 2; }
    double cx() const { return (box.x0 + box.x1) / 2; }
};

// A ruling line: horizontal ones stand at y = `at` from x = `from` to `to`, vertical ones at
// x = `at` from y = `from` to `to`.
struct Segment {
    double at = 0, from = 0, to = 0;
};

struct Rulings {
    std::vector<Segment> horizontal, vertical;
};

// Where each page starts on the global axis: global y = local y - top + start.
struct PageFrame {
    double top = 0, bottom = 0;  // the extent of its content, in page points
    double start = 0;            // global y of `top`
    double width = 0, height = 0;
};

struct Pages {
    std::vector<PageFrame> frames;  // frames[0] is page 1
    double to_global(int page, double y) const;
    // The page a global y falls on and the local y there.
    int page_of(double global_y) const;
    double to_local(int page, double global_y) const;
    // Global y where page p (p >= 2) begins, that is where page p - 1 ends.
    std::vector<double> breaks() const;
};

}  // namespace xxgk::pdf
