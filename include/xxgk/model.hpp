#pragma once
// Document to Report: sections, tables, template, numbers.
#include "xxgk/document.hpp"
#include "xxgk/report.hpp"
#include "xxgk/source.hpp"

namespace xxgk {

Report build_report(const Document& doc, const SourceText& source, std::string format);

// Number parsing for one cell. `signed_ok`: the column may hold +/- values;
// `decimal_ok`: the column may hold decimals (money).
CellValue parse_cell(std::string_view text, Position pos, bool signed_ok, bool decimal_ok);

}  // namespace xxgk
