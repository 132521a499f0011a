#pragma once
// The checks run_rules calls, and what they share.
#include <string>
#include <string_view>
#include <vector>

#include "xxgk/finding.hpp"
#include "xxgk/report.hpp"
#include "xxgk/rules.hpp"

namespace xxgk::detail {

void check_identities(const Report& report, const CheckOptions& options, std::vector<Finding>& out);
void check_structure(const Report& report, std::vector<Finding>& out);
void check_cells(const Report& report, std::vector<Finding>& out);
// row-split-assumed: rows of flattened text whose cells were split assuming their total.
void check_split_rows(const Report& report, std::vector<Finding>& out);

// table/row/column of a finding from a cell key.
void set_logical_location(Finding& f, std::string_view cell_key);
// How a message names a cell: 「row label」「column」 / "row label" / "column".
std::string cell_name_zh(std::string_view cell_key, const std::string& label);
std::string cell_name_en(std::string_view cell_key, const std::string& label);

}  // namespace xxgk::detail
