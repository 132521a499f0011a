#pragma once
// The hidden `xxgk generate` subcommand (man page, completions), run by the build.
#include <CLI/CLI.hpp>

#include "commands.hpp"

namespace xxgk::cli {

Action setup_generate(CLI::App& app);

}  // namespace xxgk::cli
