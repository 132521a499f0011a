#pragma once
// Tables 二, 三 and 四 of a report drawn as the national template prints them (rows, columns,
// groups and items from include/xxgk/template.hpp), every cell as printed and marked where the
// findings point. Rows the report lacks are drawn empty and hatched; rows the template lacks
// follow the template's.
#include <ostream>

#include "reporters/html_cells.hpp"
#include "xxgk/report.hpp"

namespace xxgk::detail::html {

void write_active_table(std::ostream& out, Context& ctx, const Report& report);
void write_applications_table(std::ostream& out, Context& ctx, const Report& report);
void write_review_table(std::ostream& out, Context& ctx, const Report& report);

}  // namespace xxgk::detail::html
