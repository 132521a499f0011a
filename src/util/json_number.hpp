#pragma once
// Counts are integers in a report, so they are integers in JSON; money keeps its decimals.
#include <cmath>
#include <cstdint>

#include <nlohmann/json.hpp>

namespace xxgk::util {

inline nlohmann::ordered_json json_number(double v) {
    if (!std::isfinite(v)) return nullptr;
    if (v == std::trunc(v) && std::fabs(v) < 9.0e15) return static_cast<std::int64_t>(v);
    return v;
}

}  // namespace xxgk::util
