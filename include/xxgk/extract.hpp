#pragma once
// The typed model as JSON (schemas/report.schema.json).
#include <nlohmann/json.hpp>

#include "xxgk/report.hpp"

namespace xxgk {

nlohmann::ordered_json report_to_json(const Report& report);

}  // namespace xxgk
