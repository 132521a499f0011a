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

// The section key a heading names ("" when the paragraph is not a section heading).
std::string section_key(std::string_view normalized_paragraph, int* number);

}  // namespace xxgk::detail
