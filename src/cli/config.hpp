#pragma once
// The config file applied to `xxgk check`, and `xxgk config`. Its keys are check's long
// options, read from the CLI11 app itself: an option added to check is a key at once.
#include <CLI/CLI.hpp>

#include "commands.hpp"

namespace xxgk::cli {

// `xxgk check` plus --config FILE and --isolated; the config file is applied (command-line
// options win) after parsing, before the check runs.
Action setup_check_configured(CLI::App& app);

// `xxgk config [CHECK OPTIONS]`: the settings `xxgk check` would use, as TOML, each with
// where it came from (default, command line, or the file and line).
Action setup_config(CLI::App& app);

}  // namespace xxgk::cli
