// The PDF reader's geometry without poppler: rulings from a raster, tables from rulings and
// boxes (merged cells, rows cut by a page break, a header repeated on the next page), lines and
// paragraphs from boxes.
#include <catch2/catch.hpp>

#include <tuple>

#include "readers/pdf/grid.hpp"
#include "readers/pdf/prose.hpp"
#include "readers/pdf/rulings.hpp"
#include "readers/pdf/text.hpp"

using namespace xxgk;
using namespace xxgk::pdf;

namespace {

struct Canvas {
    int w, h;
    std::vector<unsigned char> px;
    Canvas(int w_, int h_) : w(w_), h(h_), px(static_cast<std::size_t>(w_ * h_), 255) {}
    void hline(int y, int x0, int x1) { for (int x = x0; x <= x1; ++x) px[static_cast<std::size_t>(y * w + x)] = 0; }
    void vline(int x, int y0, int y1) { for (int y = y0; y <= y1; ++y) px[static_cast<std::size_t>(y * w + x)] = 0; }
    Raster raster() { return Raster{px.data(), w, h, static_cast<std::size_t>(w), 1.0}; }
};

TextBox box(std::string text, double x0, double y0, double x1, double y1, int page = 1) {
    TextBox b;
    b.text = std::move(text);
    b.box = Box{x0, y0, x1, y1};
    b.page = page;
    b.y0 = y0;
    b.y1 = y1;
    return b;
}

std::vector<std::string> texts(const GridTable& t, std::size_t row) {
    std::vector<std::string> out;
    for (const GridCell& c : t.rows.at(row)) out.push_back(join_lines(lines_of(c.boxes)));
    return out;
}

}  // namespace

TEST_CASE("pdf rulings: a grid's lines, not the strokes of characters", "[pdf]") {
    Canvas c(200, 120);
    for (int y : {10, 40, 70, 100}) c.hline(y, 10, 190);
    for (int x : {10, 100, 190}) c.vline(x, 10, 100);
    c.hline(55, 30, 50);  // a dash inside a cell: meets no line
    c.vline(140, 20, 35);  // a tall stroke inside a cell
    Rulings r = find_rulings(c.raster());
    REQUIRE(r.horizontal.size() == 4);
    REQUIRE(r.vertical.size() == 3);
    CHECK(r.horizontal[1].at == Approx(40.5));
    CHECK(r.horizontal[1].from == Approx(10));
    CHECK(r.horizontal[1].to == Approx(191));
    CHECK(r.vertical[1].at == Approx(100.5));
}

TEST_CASE("pdf rulings: text painted white, a border under a tall text box kept", "[pdf]") {
    Canvas c(200, 120);
    for (int y : {10, 60, 100}) c.hline(y, 10, 190);
    for (int x : {10, 100, 190}) c.vline(x, 10, 100);
    c.hline(30, 20, 60);  // a stroke of the word in the box below
    c.vline(40, 25, 50);
    Raster raster = c.raster();
    // The box reaches over the border at y = 60 and the one at x = 100: they stay.
    mask_text(raster, {box("三三三", 18, 20, 105, 70)});
    Rulings r = find_rulings(raster);
    CHECK(r.horizontal.size() == 3);
    CHECK(r.vertical.size() == 3);
}

TEST_CASE("pdf grid: merged cells from missing lines", "[pdf]") {
    // Three columns; the first cell spans two rows, the top right two columns.
    Rulings r;
    r.horizontal = {{0, 0, 300}, {20, 100, 300}, {40, 0, 300}, {60, 0, 300}};
    r.vertical = {{0, 0, 60}, {100, 0, 60}, {200, 20, 60}, {300, 0, 60}};
    std::vector<TextBox> boxes = {box("自然人", 10, 5, 40, 15), box("法人", 150, 5, 170, 15), box("1", 120, 25, 126, 35),
                                  box("2", 220, 25, 226, 35), box("一、新收", 10, 45, 50, 55), box("3", 120, 45, 126, 55)};
    std::vector<GridTable> t = find_tables(r, boxes, {});
    REQUIRE(t.size() == 1);
    REQUIRE(t[0].rows.size() == 3);
    CHECK(texts(t[0], 0) == std::vector<std::string>{"自然人", "法人"});
    CHECK(t[0].rows[0][0].rowspan == 2);
    CHECK(t[0].rows[0][1].colspan == 2);
    CHECK(texts(t[0], 1) == std::vector<std::string>{"1", "2"});
    CHECK(texts(t[0], 2) == std::vector<std::string>{"一、新收", "3", ""});  // a blank cell stays in place
}

TEST_CASE("pdf grid: a row cut by a page break is one row, a repeated header is dropped", "[pdf]") {
    // Page break at y = 100; both parts drew their borders there. Above: header, a row whose
    // label wraps onto the next page. Below: the header again, the label's end, a new row.
    Rulings r;
    r.horizontal = {{0, 0, 200}, {20, 0, 200}, {100, 0, 200}, {120, 0, 200}, {140, 0, 200}, {160, 0, 200}};
    r.vertical = {{0, 0, 160}, {100, 0, 160}, {200, 0, 160}};
    std::vector<TextBox> boxes = {
        box("项目", 10, 5, 30, 15),        box("数量", 110, 5, 130, 15),    box("2.重复", 10, 85, 40, 95),
        box("3", 110, 60, 116, 70),        box("项目", 10, 105, 30, 115, 2), box("数量", 110, 105, 130, 115, 2),
        box("申请", 10, 125, 30, 135, 2),  box("3.要求", 10, 145, 40, 155, 2), box("0", 110, 145, 116, 155, 2)};
    std::vector<GridTable> t = find_tables(r, boxes, {100});
    REQUIRE(t.size() == 1);
    REQUIRE(t[0].rows.size() == 3);
    CHECK(texts(t[0], 0) == std::vector<std::string>{"项目", "数量"});
    CHECK(texts(t[0], 1) == std::vector<std::string>{"2.重复\n申请", "3"});
    CHECK(texts(t[0], 2) == std::vector<std::string>{"3.要求", "0"});
}

TEST_CASE("pdf grid: rows on both sides of a break stay apart when the lower one opens an item", "[pdf]") {
    Rulings r;
    r.horizontal = {{0, 0, 200}, {100, 0, 200}, {120, 0, 200}};
    r.vertical = {{0, 0, 120}, {100, 0, 120}, {200, 0, 120}};
    std::vector<TextBox> boxes = {box("2.重复申请", 10, 45, 60, 55), box("4", 110, 45, 116, 55),
                                  box("3.要求", 10, 105, 40, 115, 2)};
    std::vector<GridTable> t = find_tables(r, boxes, {100});
    REQUIRE(t.size() == 1);
    REQUIRE(t[0].rows.size() == 2);
    CHECK(texts(t[0], 1) == std::vector<std::string>{"3.要求", ""});
}

TEST_CASE("pdf text: items, page numbers, lines read left to right", "[pdf]") {
    CHECK(starts_item("（三）不予公开"));
    CHECK(starts_item("(6)其他"));
    CHECK(starts_item("2.重复申请"));
    CHECK(starts_item("三、本年度"));
    CHECK(starts_item("186"));
    CHECK_FALSE(starts_item("186", false));
    CHECK(starts_item("3、要求", false));
    CHECK_FALSE(starts_item("予公开"));
    CHECK_FALSE(starts_item("（区分处理的"));
    CHECK_FALSE(starts_item("、本年度办理结果"));
    CHECK(is_page_number("- 4 -"));
    CHECK(is_page_number("第 4 页 共 9 页"));
    CHECK(is_page_number("2/4"));
    CHECK_FALSE(is_page_number("4件"));
    // Boxes drawn out of order; one character per box with wide gaps (justified CJK text).
    std::vector<TextBox> b = {box("然", 40, 0, 50, 10), box("自", 10, 1, 20, 11), box("人", 70, 0, 80, 10),
                              box("Word", 10, 20, 40, 30), box("file", 50, 20, 70, 30), box("142", 10, 40, 28, 50)};
    std::vector<const TextBox*> ptrs;
    for (const auto& x : b) ptrs.push_back(&x);
    std::vector<Line> lines = lines_of(ptrs);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].text == "自然人");
    CHECK(lines[1].text == "Word file");
    CHECK(lines[1].starts == std::vector<int>{0, 5});  // in code points, after the space
    CHECK(lines[0].starts == std::vector<int>{0, 1, 2});
    CHECK(lines[2].text == "142");
}

TEST_CASE("pdf prose: wrapped lines are one paragraph, a short line ends one", "[pdf]") {
    std::vector<TextBox> b = {box("一、总体情况", 90, 0, 150, 10),         box("本局围绕营商环境深化政府信", 90, 15, 220, 25),
                              box("息公开，推动执法公开。", 90, 30, 200, 40), box("二是依申请公开依法规范了。", 90, 45, 220, 55),
                              box("（一）收取信息处理费的情", 90, 60, 210, 70), box("况。", 90, 75, 110, 85)};
    std::vector<const TextBox*> ptrs;
    for (const auto& x : b) ptrs.push_back(&x);
    std::vector<Line> lines = lines_of(ptrs);
    std::vector<std::string> out;
    for (const ProseParagraph& p : paragraphs_of(lines)) out.push_back(p.text);
    CHECK(out == std::vector<std::string>{"一、总体情况", "本局围绕营商环境深化政府信息公开，推动执法公开。",
                                          "二是依申请公开依法规范了。", "（一）收取信息处理费的情况。"});
}

TEST_CASE("pdf prose: a paragraph keeps where each box's text is · over lines and a page break", "[pdf]") {
    std::vector<TextBox> b = {box("共受理申请", 90, 700, 140, 710), box("12", 142, 700, 152, 710),
                              box("件，其中自然人申请", 154, 700, 240, 710), box("10", 90, 15, 100, 25, 2),
                              box("件。", 102, 15, 120, 25, 2)};
    std::vector<const TextBox*> ptrs;
    for (const auto& x : b) ptrs.push_back(&x);
    // One axis over both pages, as layout_document puts them: page 2 below page 1.
    b[3].y0 = b[4].y0 = 715;
    b[3].y1 = b[4].y1 = 725;
    const std::vector<ProseParagraph> ps = paragraphs_of(lines_of(ptrs));
    REQUIRE(ps.size() == 1);
    CHECK(ps[0].text == "共受理申请12件，其中自然人申请10件。");
    std::vector<std::tuple<int, int, int, double>> pieces;  // from, line, page, x0
    for (const TextPiece& p : ps[0].pieces) pieces.emplace_back(p.from, p.line, p.pos.page, p.pos.box.x0);
    CHECK(pieces == std::vector<std::tuple<int, int, int, double>>{
                        {0, 0, 1, 90}, {5, 0, 1, 142}, {7, 0, 1, 154}, {16, 1, 2, 90}, {18, 1, 2, 102}});
}
