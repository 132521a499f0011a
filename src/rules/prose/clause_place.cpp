#include "rules/prose/clause_place.hpp"

#include <algorithm>

namespace xxgk::detail {

Position place_without_lines(const Paragraph& paragraph, int from, int to) {
    const std::vector<TextPiece>& pieces = paragraph.pieces;
    if (pieces.empty()) {
        // A character counts only from a paragraph a person can find (a .docx's, numbered).
        Position at = paragraph.pos;
        if (at.paragraph > 0) at.column = from + 1;
        return at;
    }
    // The box holding the first character: the last one starting at or before it.
    auto first = std::upper_bound(pieces.begin(), pieces.end(), from,
                                  [](int at, const TextPiece& p) { return at < p.from; });
    if (first != pieces.begin()) --first;
    Position at;
    at.page = first->pos.page;
    at.box = first->pos.box;
    for (auto p = first + 1; p != pieces.end() && p->from < to && p->line == first->line; ++p) {
        at.box.x0 = std::min(at.box.x0, p->pos.box.x0);
        at.box.y0 = std::min(at.box.y0, p->pos.box.y0);
        at.box.x1 = std::max(at.box.x1, p->pos.box.x1);
        at.box.y1 = std::max(at.box.y1, p->pos.box.y1);
    }
    return at;
}

}  // namespace xxgk::detail
