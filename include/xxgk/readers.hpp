#pragma once
// Readers turn UTF-8 text into a Document. They know markup, not reports.
#include "xxgk/document.hpp"
#include "xxgk/error.hpp"
#include "xxgk/source.hpp"

namespace xxgk {

// Plain text in the one-cell-per-line layout: table rows are blank-line separated blocks of
// TAB-led lines; a line without TAB right after a cell line continues that cell.
Result<Document> read_plain_text(const SourceText& source);

}  // namespace xxgk
