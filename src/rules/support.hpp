#pragma once
// What the rules share: naming a cell in messages and a finding's logical place.
#include <string>
#include <string_view>

#include "xxgk/finding.hpp"
#include "xxgk/report.hpp"
#include "xxgk/rules.hpp"

namespace xxgk::detail {

// table/row/column of a finding from a cell key.
void set_logical_location(Finding& f, std::string_view cell_key);
// How a message names table 二, 三 or 四 by its key (active_disclosure, applications,
// review_litigation): 表三（收到和处理政府信息公开申请情况） / table 三 (applications).
std::string_view table_name_zh(std::string_view table);
std::string_view table_name_en(std::string_view table);
// How a message names a cell: 「row label」「column」 / "row label" / "column".
std::string cell_name_zh(std::string_view cell_key, const std::string& label);
std::string cell_name_en(std::string_view cell_key, const std::string& label);

// A report of a year before 2019 with none of the template's tables: written under the 2008
// regulation, before the national template existed. outside-template says so once; the rules
// about the template's tables and section headings do not apply to it.
inline bool outside_templates(const Report& r) {
    return r.year && *r.year < 2019 && !r.active.present && !r.active.pos.known() && !r.applications.present &&
           !r.applications.pos.known() && !r.review.present && !r.review.pos.known();
}

}  // namespace xxgk::detail
