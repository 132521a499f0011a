#include "readers/pdf/headers.hpp"

namespace xxgk::pdf {

std::vector<GridTable> tables_by_position(const std::vector<const TextBox*>&, const Pages&) { return {}; }

}  // namespace xxgk::pdf
