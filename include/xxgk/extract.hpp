#pragma once
// The typed model as JSON (schemas/report.schema.json).
#include <ostream>
#include <string>

#include <nlohmann/json.hpp>

#include "xxgk/report.hpp"

namespace xxgk {

nlohmann::ordered_json report_to_json(const Report& report);

// `extract --format csv`: one row per cell (file, issuer, year, template, table, row key,
// column key, printed label, value, raw, line); rows of unknown keys have an empty key.
void write_csv_header(std::ostream& out);
void write_csv_rows(std::ostream& out, const Report& report, const std::string& path);

}  // namespace xxgk
