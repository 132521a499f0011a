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
// How a message names a cell: 「row label」「column」 / "row label" / "column".
std::string cell_name_zh(std::string_view cell_key, const std::string& label);
std::string cell_name_en(std::string_view cell_key, const std::string& label);

}  // namespace xxgk::detail
