// Where a clause of a paragraph without lines stands: in a .docx its paragraph and character, in
// a PDF the page and the boxes of its first printed line; and so for the prose samples made
// into a .docx and PDFs (samples/docx/README.md, samples/pdf/README.md).
#include <algorithm>

#include "rules/prose/clause_place.hpp"
#include "rules/prose/statements.hpp"
#include "support.hpp"
#include "xxgk/readers.hpp"

using namespace xxgk;

namespace {

TextPiece piece(int from, int line, int page, Box box) {
    TextPiece p{from, line, {}};
    p.pos.page = page;
    p.pos.box = box;
    return p;
}

// The statement of `report` whose clause is `text`.
const Statement& statement(const std::vector<detail::ProseStatement>& all, const std::string& text) {
    auto it = std::find_if(all.begin(), all.end(), [&](const auto& s) { return s.statement.text == text; });
    REQUIRE(it != all.end());
    return it->statement;
}

}  // namespace

TEST_CASE("clause place: a .docx paragraph gives the character the clause starts at") {
    Paragraph p{"全年共办结101件，不予处理11件", {}};
    p.pos.paragraph = 9;
    const Position at = detail::place_without_lines(p, 10, 17);
    CHECK(at.paragraph == 9);
    CHECK(at.column == 11);
    CHECK(at.line == 0);
    CHECK(at.page == 0);
    // Without a paragraph number there is nothing to count the character from.
    p.pos.paragraph = 0;
    CHECK(detail::place_without_lines(p, 10, 17).column == 0);
}

TEST_CASE("clause place: a PDF clause is the boxes of its first line · on the page of its first character") {
    Paragraph p{"全年共办结101件，不予处理11件，其他处理4件", {}};
    p.pos.page = 1;
    // Line 0 on page 1: 全年共办结 | 101 | 件，不予处理 | 11; line 1 on page 2: 件，其他处理 | 4 | 件.
    p.pieces = {piece(0, 0, 1, {90, 700, 150, 714}),  piece(5, 0, 1, {152, 699, 170, 715}),
                piece(8, 0, 1, {172, 700, 240, 714}), piece(14, 0, 1, {242, 699, 256, 715}),
                piece(16, 1, 2, {90, 60, 160, 74}),   piece(22, 1, 2, {162, 59, 170, 75}),
                piece(23, 1, 2, {172, 60, 180, 74})};
    // 不予处理11件 (10..17): from inside 件，不予处理 to 件 on the next line, which is not taken.
    Position at = detail::place_without_lines(p, 10, 17);
    CHECK(at.page == 1);
    CHECK(at.box.x0 == 172);
    CHECK(at.box.y0 == 699);
    CHECK(at.box.x1 == 256);
    CHECK(at.box.y1 == 715);
    CHECK(at.paragraph == 0);
    CHECK(at.column == 0);
    // 其他处理4件 (18..24) starts on the next page.
    at = detail::place_without_lines(p, 18, 24);
    CHECK(at.page == 2);
    CHECK(at.box.x0 == 90);
    CHECK(at.box.x1 == 180);
    CHECK(at.box.y0 == 59);
    // The paragraph's first clause: its first box and the next one it reaches.
    at = detail::place_without_lines(p, 0, 9);
    CHECK(at.box.x0 == 90);
    CHECK(at.box.x1 == 240);
}

TEST_CASE("clause place: the .docx prose sample names paragraph and character") {
    const Report r = test::sample("docx/prose-mismatch-not-processed-2021.docx");
    const std::vector<detail::ProseStatement> all = detail::prose_statements(r);
    const Statement& st = statement(all, "不予处理11件");
    CHECK(st.pos.paragraph == 9);
    CHECK(st.pos.column == 53);  // as in the text it was made from (line 56, column 53)
    CHECK(st.pos.line == 0);
    const Statement& first = statement(all, "全年共办结101件");
    CHECK(first.pos.paragraph == 9);
    CHECK(first.pos.column == 1);
}

TEST_CASE("clause place: the PDF prose samples give each clause its page and line") {
    if (!pdf_supported()) return;
    // LibreOffice: one box per run of digits or of other text.
    const Report office = test::sample("pdf/office-prose-mismatch-not-processed-2021.pdf");
    const std::vector<detail::ProseStatement> all = detail::prose_statements(office);
    const Statement& st = statement(all, "不予处理11件");
    CHECK(st.pos.page == 1);
    CHECK(st.pos.line == 0);
    CHECK(st.pos.box.x0 == Approx(187.6).margin(0.5));  // 件，不予处理 | 11 | 件，其他处理
    CHECK(st.pos.box.x1 == Approx(331.9).margin(0.5));
    CHECK(st.pos.box.y0 == Approx(486.6).margin(1));
    // A clause wrapped over two lines (法 | 人或其他组织申请22件): the line where it starts, from
    // the box 件，法 it shares with the end of the clause before it.
    const Position& wrapped = statement(all, "法人或其他组织申请22件").pos;
    const Position& before = statement(all, "其中自然人申请83件").pos;
    CHECK(wrapped.page == 1);
    CHECK(wrapped.box.y0 == Approx(before.box.y0).margin(1));
    CHECK(wrapped.box.x0 > before.box.x0);
    CHECK(wrapped.box.x1 == before.box.x1);
    // Chromium: a box per run of text, as tall as the font's ascent and descent.
    const Report web = test::sample("pdf/web-prose-mismatch-not-processed-2021.pdf");
    const std::vector<detail::ProseStatement> on_web = detail::prose_statements(web);
    const Position& at = statement(on_web, "不予处理11件").pos;
    CHECK(at.page == 2);
    CHECK(at.box.x0 == Approx(135.7).margin(0.5));
}
