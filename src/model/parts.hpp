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

// A heading is short: 30 CJK characters at most, once normalized.
constexpr std::size_t kMaxHeadingBytes = 90;

// The section key a heading names ("" when the paragraph is not a section heading); a
// normalize_label_prefix of at least kMaxHeadingBytes is enough.
std::string section_key(std::string_view normalized_paragraph, int* number);

}  // namespace xxgk::detail
