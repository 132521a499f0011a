#pragma once
// The format-independent Document every reader produces: paragraphs and tables in order.
#include <string>
#include <vector>

namespace xxgk {

// 1-based line and column (in characters) in the original file; 0 = unknown.
struct Position {
    int line = 0;
    int column = 0;
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
