#pragma once
// The model builder's parts, one per table plus the sections; each fills its part of Report.
#include <vector>

#include "xxgk/document.hpp"
#include "xxgk/report.hpp"

namespace xxgk::detail {

using Rows = std::vector<const DocRow*>;

void build_sections(const Document& doc, Report& report);
void build_active(const Rows& rows, ActiveDisclosure& table);
void build_applications(const Rows& rows, Applications& table);
void build_review(const Rows& rows, ReviewLitigation& table);

// False only when parse_cell(text) cannot have a value: a value needs a digit, and a digit is
// an ASCII one or a sequence led by EF (full width) or, in text not checked as UTF-8, by C0,
// C1, E0 or F0 (overlong forms). Labels are asked whether they are numbers in every row.
bool may_have_value(std::string_view text);

// parse_cell on a document cell, which may be one whose boundaries the page lost.
CellValue read_cell(const DocCell& cell, bool signed_ok, bool decimal_ok);

// The title, year and issuer from the lines before the first section (`front`), the
// overview's first line and the report's last lines (`tail`, at most kSignatureLines), in
// that order of trust (issuer.cpp).
constexpr std::size_t kSignatureLines = 4;
void read_title_issuer_year(const std::vector<std::string_view>& front, std::string_view overview_opening,
                            const std::vector<std::string_view>& tail, Report& report);

// A heading is short: 30 CJK characters at most, once normalized.
constexpr std::size_t kMaxHeadingBytes = 90;

// The section key a heading names ("" when the paragraph is not a section heading); a
// normalize_label_prefix of at least kMaxHeadingBytes is enough.
std::string section_key(std::string_view normalized_paragraph, int* number);

}  // namespace xxgk::detail
