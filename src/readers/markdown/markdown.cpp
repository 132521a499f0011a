// Markdown and pipe tables as OCR and converters write them: a line starting with `|` is a
// table row (the trailing `|` may be missing), consecutive rows form one table, a delimiter
// row (`| --- | :-: |`) is not data, other lines are prose (`#` heading marks dropped).
// A table with no letter, digit or CJK character anywhere (`| - | - |` dummies OCR leaves
// between real tables) is a layout artifact and is dropped; a `-` cell inside a real table
// is a blank placeholder and is kept for the model.
#include <string_view>
#include <utility>
#include <vector>

#include "readers/markdown/inline.hpp"
#include "util/utf8.hpp"
#include "xxgk/readers.hpp"

namespace xxgk {
namespace {

bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\r'; }

std::string_view strip(std::string_view s) {
    while (!s.empty() && is_ascii_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_ascii_space(s.back())) s.remove_suffix(1);
    return s;
}

// Character columns (1-based) of byte offsets in one line, asked in increasing order: one
// walk over the line for all its cells, however long the line is.
class Columns {
public:
    explicit Columns(std::string_view line) : line_(line) {}
    int at(std::size_t byte) {
        if (byte < byte_) byte_ = 0, col_ = 1;
        while (byte_ < byte && byte_ < line_.size()) {
            util::next_code_point(line_, byte_);
            ++col_;
        }
        return col_;
    }

private:
    std::string_view line_;
    std::size_t byte_ = 0;
    int col_ = 1;
};

int column_of(std::string_view line, std::size_t byte) { return Columns(line).at(byte); }

// Byte ranges of the cells of a pipe row: split at every `|` not escaped by `\`; the text
// after the last `|` is a cell only when it is not blank (the trailing `|` was left out).
std::vector<std::pair<std::size_t, std::size_t>> cell_ranges(std::string_view line,
                                                             std::size_t lead) {
    std::vector<std::pair<std::size_t, std::size_t>> ranges;
    std::size_t start = lead + 1;
    for (std::size_t i = start; i < line.size(); ++i) {
        if (line[i] == '\\') {
            ++i;
        } else if (line[i] == '|') {
            ranges.emplace_back(start, i);
            start = i + 1;
        }
    }
    if (!strip(line.substr(start)).empty()) ranges.emplace_back(start, line.size());
    return ranges;
}

// `---`, `:--`, `-:` …: the cell of a delimiter row. `long_only` asks for three dashes,
// since a lone `-` or `--` is also how reports print a blank.
bool is_delimiter_cell(std::string_view cell, bool long_only) {
    cell = strip(cell);
    if (!cell.empty() && cell.front() == ':') cell.remove_prefix(1);
    if (!cell.empty() && cell.back() == ':') cell.remove_suffix(1);
    if (cell.empty() || cell.find_first_not_of('-') != std::string_view::npos) return false;
    return !long_only || cell.size() >= 3;
}

// A delimiter row stands right under the header row (where GFM puts it, `|-|-|` included);
// elsewhere only a row of `---` cells is one (OCR repeats it at page breaks). A row of `-`
// cells further down is data: blanks the model must see.
bool is_delimiter_row(std::string_view line, const std::vector<std::pair<std::size_t, std::size_t>>& cells,
                      bool second_line) {
    if (cells.empty()) return false;
    bool any_long = false;
    for (auto [a, b] : cells) {
        std::string_view cell = line.substr(a, b - a);
        if (!is_delimiter_cell(cell, false)) return false;
        any_long = any_long || is_delimiter_cell(cell, true) || cell.find(':') != std::string_view::npos;
    }
    return second_line || any_long;
}

bool is_content_code_point(char32_t cp) {
    return (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z') ||
           (cp >= 0xFF10 && cp <= 0xFF19) || (cp >= 0xFF21 && cp <= 0xFF3A) ||
           (cp >= 0xFF41 && cp <= 0xFF5A) || (cp >= 0x3400 && cp <= 0x9FFF) ||
           (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x3FFFF) || cp == 0x3007;
}

bool has_content(const DocTable& table) {
    for (const auto& row : table.rows)
        for (const auto& cell : row.cells)
            for (std::size_t i = 0; i < cell.text.size();)
                if (is_content_code_point(util::next_code_point(cell.text, i))) return true;
    return false;
}

DocRow make_row(std::string_view line, int line_no, std::size_t lead,
                const std::vector<std::pair<std::size_t, std::size_t>>& ranges) {
    DocRow row;
    Columns columns(line);
    row.pos = {line_no, columns.at(lead + 1)};
    for (auto [a, b] : ranges) {
        std::string_view raw = line.substr(a, b - a);
        detail::InlineText cell = detail::render_inline(raw);
        std::size_t at = cell.first;
        if (at == std::string_view::npos) {
            // A blank cell points at what stands there (`&nbsp;`, `-`), else right after the `|`.
            std::size_t lead_space = raw.find_first_not_of(" \t\r");
            at = lead_space == std::string_view::npos ? 0 : lead_space;
        }
        row.cells.push_back(DocCell{std::move(cell.text), {line_no, columns.at(a + at)}});
    }
    return row;
}

// `## 一、总体情况` → `一、总体情况`: the byte where the heading text begins (0 when the line
// is not an ATX heading). OCR often omits the space after the marks before CJK text.
std::size_t heading_text_start(std::string_view line) {
    std::size_t i = line.find_first_not_of(' ');
    if (i == std::string_view::npos || i > 3 || line[i] != '#') return 0;
    std::size_t marks = line.find_first_not_of('#', i);
    if (marks == std::string_view::npos) return line.size();
    if (marks - i > 6) return 0;
    if (line[marks] == ' ' || line[marks] == '\t' || static_cast<unsigned char>(line[marks]) >= 0x80)
        return marks;
    return 0;
}

// A heading's closing marks (`## 标题 ##`) are markup too; the start stays where it was, so
// offsets into the result are offsets into `text`.
std::string_view without_closing_marks(std::string_view text) {
    std::size_t back = text.find_last_not_of(" \t");
    if (back == std::string_view::npos || text[back] != '#') return text;
    std::size_t end = text.find_last_not_of('#', back);
    if (end == std::string_view::npos) return {};
    return text[end] == ' ' || text[end] == '\t' ? text.substr(0, end) : text;
}

// Lines that are markup, not prose: a thematic break or setext underline (`---`, `***`,
// `===`), an HTML comment (`<!-- image -->`, page markers) or an image alone (`![](p3.jpg)`)
// as OCR tools leave them between paragraphs.
bool is_markup_line(std::string_view line) {
    std::string_view s = strip(line);
    if (s.starts_with("<!--") && s.ends_with("-->")) return true;
    if (s.starts_with("![") && s.ends_with(")") && s.find("](") != std::string_view::npos) return true;
    if (s.size() < 3) return false;
    for (char mark : {'-', '*', '_', '='}) {
        bool all = true;
        for (char c : s) all = all && (c == mark || c == ' ');
        if (all) return true;
    }
    return false;
}

}  // namespace

Result<Document> read_markdown(const SourceText& source) {
    Document doc;
    std::string_view text = source.text;
    bool in_table = false;
    int table_lines = 0;  // pipe lines of the current table so far, delimiter rows included
    auto close_table = [&] {
        if (in_table && !has_content(doc.blocks.back().table)) doc.blocks.pop_back();
        in_table = false;
    };
    int line_no = 0;
    for (std::size_t start = 0; start < text.size();) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(start, end - start);
        start = end + 1;
        ++line_no;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);

        std::size_t lead = line.find_first_not_of(" \t");
        if (lead != std::string_view::npos && line[lead] == '|') {
            auto ranges = cell_ranges(line, lead);
            if (!in_table) {
                Block b;
                b.kind = Block::Kind::table;
                b.table.pos = {line_no, column_of(line, lead)};
                doc.blocks.push_back(std::move(b));
                in_table = true;
                table_lines = 0;
            }
            ++table_lines;
            if (ranges.empty() || is_delimiter_row(line, ranges, table_lines == 2)) continue;
            doc.blocks.back().table.rows.push_back(make_row(line, line_no, lead, ranges));
            continue;
        }
        close_table();
        if (is_markup_line(line)) continue;
        std::size_t from = heading_text_start(line);
        std::string_view body = line.substr(from);
        if (from > 0) body = without_closing_marks(body);
        detail::InlineText prose = detail::render_inline(body);
        if (prose.text.empty()) continue;
        std::size_t at = prose.first != std::string_view::npos ? prose.first
                                                               : body.find_first_not_of(" \t");
        Block b;
        b.paragraph = Paragraph{std::move(prose.text), {line_no, column_of(line, from + at)}};
        doc.blocks.push_back(std::move(b));
    }
    close_table();
    return doc;
}

}  // namespace xxgk
