#pragma once
// Shell completion scripts (bash, zsh, fish), from the CLI's own description.
#include <ostream>
#include <string>

#include "cli_model.hpp"

namespace xxgk::cli {

// False when `shell` is not one of bash, zsh, fish.
bool write_completion(std::ostream& out, const std::string& shell, const CliSpec& cli);

}  // namespace xxgk::cli
