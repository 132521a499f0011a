#pragma once
// CSV fields as RFC 4180 quotes them: what the extract CSV writers share.
#include <string>
#include <string_view>

namespace xxgk::detail {

std::string csv_field(std::string_view field);

}  // namespace xxgk::detail
