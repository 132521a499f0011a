// How a place is named: line and column, and for a cell of an HTML table its table, row and
// cell too, in both languages; the gcc-style place stays path:line:col.
#include <catch2/catch.hpp>

#include "reporters/where.hpp"

using namespace xxgk;

TEST_CASE("where: an HTML cell is named by line · column · table · row and cell") {
    Position p;
    p.line = 1494;
    p.column = 103;
    p.table = 2;
    p.row = 27;
    p.cell = 2;
    CHECK(detail::where_to_look("a.html", p, Lang::zh) == "a.html:1494:103（第 2 个表格，第 27 行，第 2 格）");
    CHECK(detail::where_to_look("a.html", p, Lang::en) == "a.html:1494:103 (table 2, row 27, cell 2)");
    CHECK(detail::where_to_look("a.html", p, Lang::en, false) == "a.html:1494 (table 2, row 27, cell 2)");
    CHECK(detail::where("a.html", p, Lang::zh) == "a.html:1494:103");
    p.cell = 0;
    CHECK(detail::where_to_look("a.html", p, Lang::zh) == "a.html:1494:103（第 2 个表格，第 27 行）");
}

TEST_CASE("where: text and .docx places are as before") {
    Position text;
    text.line = 5;
    text.column = 2;
    CHECK(detail::where_to_look("a.txt", text, Lang::zh) == "a.txt:5:2");
    Position docx;
    docx.table = 2;
    docx.row = 4;
    docx.cell = 8;
    CHECK(detail::where_to_look("a.docx", docx, Lang::zh) == "a.docx（第 2 个表格，第 4 行，第 8 格）");
    CHECK(detail::where("a.docx", docx, Lang::en) == "a.docx (table 2, row 4, cell 8)");
}

TEST_CASE("where: a clause of a .docx paragraph is named by its paragraph and character") {
    Position p;
    p.paragraph = 12;
    p.column = 34;
    CHECK(detail::where("a.docx", p, Lang::zh) == "a.docx（第 12 段，第 34 字）");
    CHECK(detail::where("a.docx", p, Lang::en) == "a.docx (paragraph 12, character 34)");
    CHECK(detail::where_to_look("a.docx", p, Lang::zh) == "a.docx（第 12 段，第 34 字）");
    CHECK(detail::docx_place(p, Lang::en) == " (paragraph 12, character 34)");
    // Column not wanted (a term's or a cell's place), or unknown: the paragraph alone.
    CHECK(detail::where("a.docx", p, Lang::zh, false) == "a.docx（第 12 段）");
    p.column = 0;
    CHECK(detail::where("a.docx", p, Lang::zh) == "a.docx（第 12 段）");
    CHECK(detail::where("a.docx", p, Lang::en) == "a.docx (paragraph 12)");
}

TEST_CASE("where: a PDF place is its page · a column never names a table cell's character") {
    Position pdf;
    pdf.page = 3;
    pdf.box = Box{187.6, 486.5, 331.9, 500.9};
    CHECK(detail::where("a.pdf", pdf, Lang::zh) == "a.pdf（第 3 页）");
    CHECK(detail::where("a.pdf", pdf, Lang::en) == "a.pdf (page 3)");
    Position cell;
    cell.table = 2;
    cell.row = 4;
    cell.cell = 8;
    cell.column = 5;
    CHECK(detail::where("a.docx", cell, Lang::en) == "a.docx (table 2, row 4, cell 8)");
}

TEST_CASE("where: the place in words, for a column of its own · empty for a line alone") {
    Position cell;
    cell.table = 2;
    cell.row = 4;
    cell.cell = 8;
    CHECK(detail::place_words(cell, Lang::zh) == "第 2 个表格，第 4 行，第 8 格");
    CHECK(detail::place_words(cell, Lang::en) == "table 2, row 4, cell 8");
    Position clause;
    clause.paragraph = 9;
    clause.column = 53;
    CHECK(detail::place_words(clause, Lang::zh) == "第 9 段，第 53 字");
    CHECK(detail::place_words(clause, Lang::en) == "paragraph 9, character 53");
    Position page;
    page.page = 3;
    CHECK(detail::place_words(page, Lang::zh) == "第 3 页");
    CHECK(detail::place_words(page, Lang::en) == "page 3");
    Position html = cell;  // an HTML cell: a line, and its table, row and cell
    html.line = 635;
    html.column = 103;
    CHECK(detail::place_words(html, Lang::zh) == "第 2 个表格，第 4 行，第 8 格");
    Position text;
    text.line = 5;
    text.column = 2;
    CHECK(detail::place_words(text, Lang::zh).empty());
    CHECK(detail::place_words(Position{}, Lang::en).empty());
}
