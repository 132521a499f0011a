#pragma once
// Prose lines into paragraphs: a paragraph wrapped over several lines, or over a page break, is
// one paragraph again.
#include <string>
#include <vector>

#include "readers/pdf/text.hpp"
#include "xxgk/document.hpp"

namespace xxgk::pdf {

struct ProseParagraph {
    std::string text;
    const Line* first = nullptr;    // where it starts
    std::vector<TextPiece> pieces;  // every box of every line, where its text is in `text`
};

// `lines` top to bottom, with nothing but prose between them.
std::vector<ProseParagraph> paragraphs_of(const std::vector<Line>& lines);

}  // namespace xxgk::pdf
