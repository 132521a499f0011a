#pragma once
// The format-independent Document every reader produces: paragraphs and tables in order.
#include <string>
#include <tuple>
#include <vector>

namespace xxgk {

// Where something stands in the original file: 1-based line and column (in characters),
// 0 = unknown. A .docx has no lines: there the table, row and cell (or the paragraph) are
// given instead, 1-based.
struct Position {
    int line = 0;
    int column = 0;
    int table = 0;
    int row = 0;
    int cell = 0;
    int paragraph = 0;

    bool known() const { return line > 0 || table > 0 || paragraph > 0; }
    // Document order: by line, or (in a .docx) by table, row, cell, then paragraph.
    auto order_key() const { return std::tuple(line, table, row, cell, paragraph, column); }
};

struct DocCell {
    std::string text;  // UTF-8; wrapped lines joined with '\n'
    Position pos;
    int rowspan = 1;
    int colspan = 1;
};

struct DocRow {
    std::vector<DocCell> cells;
    Position pos;
    // The cells were split out of one run of digits (flattened text) assuming that the six
    // applicant columns add up to 总计: that identity was assumed, not checked.
    bool recovered = false;
};

struct DocTable {
    std::vector<DocRow> rows;
    Position pos;
};

struct Paragraph {
    std::string text;
    Position pos;
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
