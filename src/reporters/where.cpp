#include "reporters/where.hpp"

#include <fmt/format.h>

#include "xxgk/reporters.hpp"

namespace xxgk::detail {

bool is_docx_place(const Position& p) { return p.line <= 0 && (p.table > 0 || p.paragraph > 0 || p.page > 0); }

namespace {

// "（第 2 个表格，第 5 行，第 3 格）" / " (table 2, row 5, cell 3)". "第 2 个表格", not "表 2": the
// report's own tables are 表二, 表三, 表四, and the second table of a document is usually 表三.
std::string table_place(const Position& p, Lang lang) {
    const bool en = lang == Lang::en;
    std::string parts = en ? fmt::format("table {}", p.table) : fmt::format("第 {} 个表格", p.table);
    if (p.row > 0) parts += en ? fmt::format(", row {}", p.row) : fmt::format("，第 {} 行", p.row);
    if (p.row > 0 && p.cell > 0) parts += en ? fmt::format(", cell {}", p.cell) : fmt::format("，第 {} 格", p.cell);
    return en ? " (" + parts + ")" : "（" + parts + "）";
}

}  // namespace

std::string docx_place(const Position& p, Lang lang, bool with_column) {
    if (!is_docx_place(p)) return "";
    const bool en = lang == Lang::en;
    // A PDF: the page (its box is in the JSON and SARIF outputs).
    if (p.table <= 0 && p.paragraph <= 0) return en ? fmt::format(" (page {})", p.page) : fmt::format("（第 {} 页）", p.page);
    if (p.table > 0) return table_place(p, lang);
    // A clause of a .docx paragraph: the character it starts at, counted from the paragraph's first.
    if (with_column && p.column > 0)
        return en ? fmt::format(" (paragraph {}, character {})", p.paragraph, p.column)
                  : fmt::format("（第 {} 段，第 {} 字）", p.paragraph, p.column);
    return en ? fmt::format(" (paragraph {})", p.paragraph) : fmt::format("（第 {} 段）", p.paragraph);
}

namespace {

// "（…）" / " (…)" without the brackets.
std::string unbracketed(const std::string& s, Lang lang) {
    if (s.empty()) return s;
    return lang == Lang::en ? s.substr(2, s.size() - 3) : s.substr(3, s.size() - 6);
}

}  // namespace

std::string place_words(const Position& p, Lang lang) {
    if (is_docx_place(p)) return unbracketed(docx_place(p, lang), lang);
    if (p.line > 0 && p.table > 0) return unbracketed(table_place(p, lang), lang);
    return "";
}

std::string where_to_look(const std::string& named, const Position& p, Lang lang, bool with_column) {
    std::string at = where(named, p, lang, with_column);
    if (!is_docx_place(p) && p.line > 0 && p.table > 0) at += table_place(p, lang);
    return at;
}

std::string where(const std::string& named, const Position& p, Lang lang, bool with_column) {
    const std::string path = terminal_safe(named);
    if (is_docx_place(p)) return path + docx_place(p, lang, with_column);
    if (p.line <= 0) return path;
    if (!with_column || p.column <= 0) return fmt::format("{}:{}", path, p.line);
    return fmt::format("{}:{}:{}", path, p.line, p.column);
}

}  // namespace xxgk::detail
