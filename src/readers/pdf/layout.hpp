#pragma once
// A PDF's pages (text boxes and ruling lines, as the poppler part found them) into a Document:
// page furniture dropped, the pages put on one axis, tables rebuilt on their rulings (or on
// the positions of their header words where they have none), the rest unwrapped into paragraphs.
#include <vector>

#include "readers/pdf/geometry.hpp"
#include "xxgk/document.hpp"

namespace xxgk::pdf {

struct PageInput {
    double width = 0, height = 0;
    std::vector<TextBox> boxes;  // box on the page; y0/y1 filled in by layout_document
    Rulings rulings;             // on the page
};

Document layout_document(std::vector<PageInput> pages);

}  // namespace xxgk::pdf
