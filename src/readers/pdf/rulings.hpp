#pragma once
// Ruling lines from a page rendered in grey: poppler-cpp gives no vector paths, so a table's
// borders are found as long, thin dark runs in a low-resolution rendering.
#include <cstddef>

#include "readers/pdf/geometry.hpp"

namespace xxgk::pdf {

struct Raster {
    unsigned char* pixels = nullptr;  // one byte per pixel, 0 black, 255 white
    int width = 0, height = 0;
    std::size_t stride = 0;  // bytes per row
    double scale = 1;        // pixels per point
};

// The ruling lines of one page, in page points. Only lines whose ends meet other lines are kept
// (a table's borders do; a dash or the stroke of a character does not), or end where several
// others end (a right border the page edge clipped away, a table cut by the page break).
Rulings find_rulings(const Raster& image);

// Paints the text white, so that the strokes of characters (口, 田, 目 are small grids of their
// own) are not taken for rulings; rows of a box that are dark all across are a border and stay.
void mask_text(Raster& image, const std::vector<TextBox>& boxes);

}  // namespace xxgk::pdf
