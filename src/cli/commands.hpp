#pragma once
// The subcommands. Each adds its options to its CLI11 subcommand and returns the function
// that runs it once the command line has been parsed; main.cpp lists them in one table.
#include <cstddef>
#include <functional>

#include <CLI/CLI.hpp>

#include "xxgk/run.hpp"

namespace xxgk::cli {

using Action = std::function<int()>;

// --input-format auto|text|flat|markdown|html|docx|pdf, shared by check and extract.
void add_input_format_option(CLI::App& app, std::string& target);
// --max-size and --max-inflate (BYTES, or a number with K, M or G) and --max-pages, shared by
// check and extract.
void add_limit_options(CLI::App& app, std::size_t& max_size, std::size_t& max_inflate, int& max_pages);

Action setup_check(CLI::App& app);
Action setup_extract(CLI::App& app);
Action setup_rules(CLI::App& app);
Action setup_explain(CLI::App& app);

}  // namespace xxgk::cli
