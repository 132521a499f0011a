// The front end: one table of subcommands, CLI11 parsing, exit codes. The work is in libxxgk.
#include <exception>
#include <iostream>
#include <utility>
#include <vector>

#include "commands.hpp"

#ifndef XXGK_VERSION
#define XXGK_VERSION "0.1.0"
#endif

namespace {

using namespace xxgk::cli;

struct Command {
    const char* name;
    const char* description;
    Run (*setup)(CLI::App&);
};

constexpr Command kCommands[] = {
    {"check", "Check reports and print what is wrong, cell by cell", setup_check},
    {"extract", "Print the typed model of one report as JSON", setup_extract},
    {"rules", "List every rule: code, name, severity, summary", setup_rules},
    {"explain", "Print the documentation of one rule", setup_explain},
};

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"xxgk: checks 政府信息公开工作年度报告 (annual government-information-"
                 "disclosure reports) like a compiler checks code",
                 "xxgk"};
    app.set_version_flag("--version", "xxgk " XXGK_VERSION);
    app.require_subcommand(1);
    std::vector<std::pair<CLI::App*, Run>> commands;
    for (const Command& c : kCommands) {
        CLI::App* sub = app.add_subcommand(c.name, c.description);
        commands.emplace_back(sub, c.setup(*sub));
    }
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        // --help and --version are "errors" with exit code 0; everything else is usage.
        return app.exit(e) == 0 ? kExitOk : kExitUsage;
    }
    try {
        for (auto& [sub, run] : commands) {
            if (sub->parsed()) return run();
        }
    } catch (const std::exception& e) {
        // Never a crash: a bug still ends with one line and the "could not read" code.
        std::cout.flush();
        std::cerr << "xxgk: internal error: " << e.what() << '\n';
        return kExitUnreadable;
    }
    return kExitUsage;
}
