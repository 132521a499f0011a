#pragma once
// The rendering half of the PDF reader's poppler part: the pages that hold a table drawn in grey
// with their text left out, for the ruling lines. poppler-cpp's page_renderer cannot leave the
// text out, and drawing the glyphs (fonts loaded, Type 3 glyph programs run) was two thirds of
// the reader's time; poppler's own SplashOutputDev can (setSkipText), so this part uses
// poppler's core API (libpoppler-private-dev), which has no stable ABI: it is kept to this file.
#include <memory>
#include <string_view>
#include <vector>

#include "readers/pdf/geometry.hpp"

namespace xxgk::pdf {

class PageRenderer {
public:
    // `pdf` must outlive the renderer; a poppler-cpp document of the same bytes must be open
    // while it renders (it keeps poppler's global parameters and its quiet error handler).
    explicit PageRenderer(std::string_view pdf);
    ~PageRenderer();
    PageRenderer(const PageRenderer&) = delete;
    PageRenderer& operator=(const PageRenderer&) = delete;

    // The rulings of page `index` (0-based) of `width` × `height` points, its text boxes masked
    // out; none when the page cannot be drawn.
    Rulings rulings(int index, double width, double height, const std::vector<TextBox>& boxes);

private:
    struct Document;
    std::string_view pdf_;
    std::unique_ptr<Document> doc_;  // opened on the first page drawn
    bool opened_ = false;
};

}  // namespace xxgk::pdf
