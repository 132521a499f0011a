#pragma once
// The man page xxgk.1 (roff), from the CLI's own description.
#include <ostream>

#include "cli_model.hpp"

namespace xxgk::cli {

void write_manpage(std::ostream& out, const CliSpec& cli);

}  // namespace xxgk::cli
