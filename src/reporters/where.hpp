#pragma once
// How every reporter names a place in a file: path:line:col for text input, for a .docx
// (which has no lines) the table, row and cell or the paragraph, and for a PDF the page, in the
// message language.
#include <string>
#include <string_view>

#include "xxgk/document.hpp"
#include "xxgk/lang.hpp"

namespace xxgk::detail {

// True when `p` is a .docx or PDF place: no line, but a table, a paragraph or a page.
bool is_docx_place(const Position& p);

// "（第 3 个表格，第 5 行，第 2 格）" / " (table 3, row 5, cell 2)", "（第 12 段）" / " (paragraph 12)",
// a clause of a paragraph "（第 12 段，第 34 字）" / " (paragraph 12, character 34)" (its column;
// left out when not wanted), "（第 4 页）" / " (page 4)";
// empty unless is_docx_place(p). Parts that are 0 are left out.
std::string docx_place(const Position& p, Lang lang, bool with_column = true);

// The place in words, for a column of its own (the step summary, the workbook): what
// docx_place says without its brackets ("第 3 个表格，第 5 行，第 2 格" / "table 3, row 5, cell 2",
// "第 4 页"), and for a cell of an HTML table its table, row and cell; empty for a place that
// is a line alone.
std::string place_words(const Position& p, Lang lang);

// path:line:col, path:line (column unknown or not wanted), path, or path + docx_place.
std::string where(const std::string& path, const Position& p, Lang lang,
                  bool with_column = true);

// where(), and for a cell of an HTML table (a Word-exported page is often one long line) its
// table, row and cell too, as a .docx place names them: for people, where gcc-style tools
// would not parse it.
std::string where_to_look(const std::string& path, const Position& p, Lang lang, bool with_column = true);

}  // namespace xxgk::detail
