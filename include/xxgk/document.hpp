#pragma once
// The format-independent Document every reader produces: paragraphs and tables in order.
#include <string>
#include <tuple>
#include <vector>

namespace xxgk {

// A rectangle on a PDF page, in points, origin at the page's top-left corner.
struct Box {
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

// Where something stands in the original file: 1-based line and column (in characters),
// 0 = unknown. A .docx has no lines: there the table, row and cell (or the paragraph, and the
// character within it as the column) are given instead, 1-based. A PDF has pages: there the
// page and the box on it.
struct Position {
    int line = 0;
    int column = 0;
    int table = 0;
    int row = 0;
    int cell = 0;
    int paragraph = 0;
    int page = 0;  // 1-based, 0 unknown (PDF only)
    Box box;       // on `page` (PDF only)

    bool known() const { return line > 0 || table > 0 || paragraph > 0 || page > 0; }
    // Document order: by line, or (in a .docx) by table, row, cell, then paragraph, or (in a
    // PDF) by page, then from the top of the page, then from its left.
    auto order_key() const {
        return std::tuple(page, line, table, row, cell, paragraph, box.y0, box.x0, column);
    }
};

struct DocCell {
    std::string text;  // UTF-8; wrapped lines joined with '\n'
    Position pos;
    int rowspan = 1;
    int colspan = 1;
    // Flattened text: the page lost the boundaries between this cell and its neighbours, and
    // `text` is their one run of digits, which could not be split (no identity decides it).
    bool run_together = false;
};

struct DocRow {
    std::vector<DocCell> cells;
    Position pos;
    // The cells were split out of one run of digits (flattened text) on an assumption: in table
    // 三 and 四 that the total is the sum of the others (that identity was assumed, not
    // checked); in table 二 that the template's bounds within one year hold (the only reading
    // that keeps them).
    bool recovered = false;
    // Flattened text: its run has several readings that fit every identity (each as its
    // numbers joined by '|'); its cells are then run_together.
    std::vector<std::string> readings;
};

struct DocTable {
    std::vector<DocRow> rows;
    Position pos;
    // A PDF table without ruling lines: its columns were placed by the positions of its header
    // words, which is an assumption the output must mention.
    bool by_position = false;
};

// Where a piece of a PDF paragraph's text stands: from code point `from` of the paragraph's
// text (0-based) on, one text box of the page, on the paragraph's `line`-th printed line.
struct TextPiece {
    int from = 0;
    int line = 0;
    Position pos;  // page and box
};

struct Paragraph {
    std::string text;
    Position pos;
    // A PDF paragraph: its text boxes in text order, so that a part of it (a clause) can be
    // placed on its own line and page (a paragraph wraps over lines and page breaks). Empty for
    // the other formats.
    std::vector<TextPiece> pieces;
};

struct Block {
    enum class Kind { paragraph, table } kind = Kind::paragraph;
    Paragraph paragraph;  // when kind == paragraph
    DocTable table;       // when kind == table
};

struct Document {
    std::vector<Block> blocks;
};

}  // namespace xxgk
