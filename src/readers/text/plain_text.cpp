// Plain text, one cell per line (the layout of text copied out of Word tables):
// a table row is a block of TAB-led lines, rows are separated by blank lines, a line
// without TAB right after a cell line continues that cell (a wrapped label).
#include <string_view>

#include "util/utf8.hpp"
#include "xxgk/readers.hpp"

namespace xxgk {
namespace {

bool is_blank(std::string_view line) {
    for (char c : line)
        if (c != ' ' && c != '\t' && c != '\r') return false;
    return true;
}

// A section heading right under a table must not be taken for a wrapped cell.
bool looks_like_heading(std::string_view line) {
    static constexpr std::string_view kNumerals[] = {"一、", "二、", "三、", "四、", "五、", "六、"};
    for (auto n : kNumerals)
        if (line.substr(0, n.size()) == n) return true;
    return false;
}

// A finding about a cell points at its text, past the stray spaces before it (` 2`, `　0`).
int leading_spaces(std::string_view cell) {
    int n = 0;
    for (std::size_t i = 0; i < cell.size();) {
        char32_t cp = util::next_code_point(cell, i);
        if (cp != U' ' && cp != 0x3000 && cp != 0x00A0) break;
        ++n;
    }
    return n;
}

}  // namespace

Result<Document> read_plain_text(const SourceText& source) {
    Document doc;
    std::string_view text = source.text;
    bool in_table = false, in_row = false, cell_open = false;
    int line_no = 0;

    auto table = [&]() -> DocTable& { return doc.blocks.back().table; };
    auto close_table = [&] { in_table = in_row = cell_open = false; };

    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(start, end - start);
        start = end + 1;
        ++line_no;

        if (!line.empty() && line.front() == '\t') {
            if (!in_table) {
                Block b;
                b.kind = Block::Kind::table;
                b.table.pos = {line_no, 2};
                doc.blocks.push_back(std::move(b));
                in_table = true;
            }
            if (!in_row) {
                table().rows.push_back(DocRow{{}, {line_no, 2}});
                table().rows.back().cells.reserve(8);  // a row of table 三: label and 7 values
                in_row = true;
            }
            std::string_view cell = line.substr(1);
            table().rows.back().cells.push_back(
                DocCell{std::string(cell), {line_no, 2 + leading_spaces(cell)}});
            cell_open = true;
        } else if (is_blank(line)) {
            in_row = cell_open = false;
        } else if (cell_open && !looks_like_heading(line)) {
            table().rows.back().cells.back().text += "\n" + std::string(line);
        } else {
            close_table();
            Block b;
            b.paragraph = Paragraph{std::string(line), {line_no, 1}};
            doc.blocks.push_back(std::move(b));
        }
    }
    return doc;
}

}  // namespace xxgk
