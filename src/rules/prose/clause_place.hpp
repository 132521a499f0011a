#pragma once
// Where a clause of a paragraph without lines stands: a .docx paragraph has its number only, a
// PDF paragraph the boxes of its text, over lines and pages.
#include "xxgk/document.hpp"

namespace xxgk::detail {

// The place of code points [from, to) (0-based) of `paragraph`, which has no line: in a .docx,
// the paragraph and, as the column, the character `from` + 1 (no column without a paragraph
// number: the paragraph's place alone); in a PDF, the page of character
// `from` and the box around the text boxes of [from, to) on its printed line (the whole of a
// box that holds more than the clause: boxes are not split into characters).
Position place_without_lines(const Paragraph& paragraph, int from, int to);

}  // namespace xxgk::detail
