#pragma once
// The CLI described as data, read from the CLI11 app itself, for the generators of the man page
// and the shell completions: an option or a subcommand added to the app appears in them at
// once, and so do new rules and formats (their names come from the registries through the
// options' validators).
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace xxgk::cli {

struct OptionSpec {
    enum class Values { none, choice, rule, file, other };
    std::vector<std::string> names;    // "-o", "--output"; a positional: its name ("PATH")
    std::string value;                 // what it takes, as printed: "FILE", "zh|en"; "" for a flag
    std::string help;
    std::string default_value;         // "" when none is shown
    std::vector<std::string> choices;  // the names it accepts, when it accepts only those
    Values values = Values::none;      // what a completion offers for its value
    bool list = false;                 // may be given several times (or takes several)
    bool required = false;
    bool positional = false;
};

struct CommandSpec {
    std::string name, help;
    std::vector<OptionSpec> options;      // hidden ones left out
    std::vector<OptionSpec> positionals;
};

struct CliSpec {
    std::string name, help;
    std::vector<OptionSpec> options;     // the top-level ones (--version, --lang)
    std::vector<CommandSpec> commands;   // hidden subcommands (group "") left out
};

CliSpec describe_cli(const CLI::App& root);

// The rule names of the registry, for completing a rule.
std::vector<std::string> rule_names();

}  // namespace xxgk::cli
