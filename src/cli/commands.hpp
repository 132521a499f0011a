#pragma once
// The subcommands. Each adds its options to its CLI11 subcommand and returns the function
// that runs it once the command line has been parsed; main.cpp lists them in one table.
#include <cstddef>
#include <functional>

#include <CLI/CLI.hpp>

namespace xxgk::cli {

// Exit codes (a contract, see DESIGN.md).
inline constexpr int kExitOk = 0;
inline constexpr int kExitFindings = 1;
inline constexpr int kExitUnreadable = 2;
inline constexpr int kExitUsage = 3;

using Run = std::function<int()>;

// --input-format auto|text|flat|markdown|html|docx|pdf, shared by check and extract.
void add_input_format_option(CLI::App& app, std::string& target);
// --max-size and --max-inflate (BYTES, or a number with K, M or G) and --max-pages, shared by
// check and extract.
void add_limit_options(CLI::App& app, std::size_t& max_size, std::size_t& max_inflate, int& max_pages);

Run setup_check(CLI::App& app);
Run setup_extract(CLI::App& app);
Run setup_rules(CLI::App& app);
Run setup_explain(CLI::App& app);

}  // namespace xxgk::cli
