// Markdown and pipe tables: a line `| a | b |` is a row of cells; a delimiter row
// (`|---|---|`) is not data; consecutive pipe lines form one table; other lines are prose.
#include <string_view>

#include "util/utf8.hpp"
#include "xxgk/readers.hpp"

namespace xxgk {
namespace {

std::string_view strip(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\r' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\r' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

bool is_pipe_row(std::string_view line) {
    std::string_view s = strip(line);
    return s.size() >= 2 && s.front() == '|' && s.back() == '|';
}

bool is_delimiter_row(std::string_view line) {
    for (char c : line)
        if (c != '|' && c != '-' && c != ':' && c != ' ' && c != '\t' && c != '\r') return false;
    return true;
}

// Character column (1-based) of byte offset `byte` in `line`.
int column_of(std::string_view line, std::size_t byte) {
    int col = 1;
    for (std::size_t i = 0; i < byte && i < line.size();) {
        util::next_code_point(line, i);
        ++col;
    }
    return col;
}

DocRow split_row(std::string_view line, int line_no) {
    DocRow row;
    row.pos = {line_no, column_of(line, line.find('|') + 1)};
    std::size_t start = line.find('|') + 1;
    std::size_t last = line.rfind('|');
    while (start <= last) {
        std::size_t bar = line.find('|', start);
        if (bar == std::string_view::npos || bar > last) break;
        std::string_view raw = line.substr(start, bar - start);
        std::size_t lead = raw.find_first_not_of(' ');
        std::size_t at = start + (lead == std::string_view::npos ? 0 : lead);
        row.cells.push_back(DocCell{std::string(strip(raw)), {line_no, column_of(line, at)}});
        start = bar + 1;
    }
    return row;
}

}  // namespace

Result<Document> read_markdown(const SourceText& source) {
    Document doc;
    std::string_view text = source.text;
    bool in_table = false;
    int line_no = 0;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(start, end - start);
        start = end + 1;
        ++line_no;
        if (is_pipe_row(line)) {
            if (is_delimiter_row(line)) continue;
            if (!in_table) {
                Block b;
                b.kind = Block::Kind::table;
                b.table.pos = {line_no, 1};
                doc.blocks.push_back(std::move(b));
                in_table = true;
            }
            doc.blocks.back().table.rows.push_back(split_row(line, line_no));
            continue;
        }
        in_table = false;
        std::string_view prose = strip(line);
        if (prose.empty()) continue;
        Block b;
        b.paragraph = Paragraph{std::string(prose), {line_no, 1}};
        doc.blocks.push_back(std::move(b));
    }
    return doc;
}

}  // namespace xxgk
