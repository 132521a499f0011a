// The front end: one table of subcommands, CLI11 parsing, exit codes. The work is in libxxgk.
#include <unistd.h>

#include <exception>
#include <iostream>
#include <string_view>
#include <utility>
#include <vector>

#include "commands.hpp"
#include "config.hpp"
#include "generate.hpp"
#include "std_streams.hpp"
#include "version.hpp"

namespace {

using namespace xxgk;
using namespace xxgk::cli;

struct Command {
    const char* name;
    const char* description;
    Action (*setup)(CLI::App&);
};

constexpr Command kCommands[] = {
    {"check", "Check reports and print what is wrong, cell by cell", setup_check_configured},
    {"extract", "Print the typed model of one report as JSON", setup_extract},
    {"rules", "List every rule: code, name, severity, summary", setup_rules},
    {"explain", "Print the documentation of one rule", setup_explain},
    {"config", "Print the settings check would use (takes check's options) and where each came from", setup_config},
    {"generate", "", setup_generate},  // hidden: the man page and completions, for the build
};

// After a usage error: an argument taken for an option that names an existing file was
// meant as that file (`xxgk check -x.txt`); say how to name it, as GNU rm does.
void hint_dash_files(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--") return;
        if (arg.size() > 1 && arg[0] == '-' && ::access(argv[i], F_OK) == 0)
            std::cerr << "xxgk: '" << arg << "' was taken for an option; to name the file, put -- before it"
                      << " or write ./" << arg << '\n';
    }
}

}  // namespace

int main(int argc, char** argv) {
    prepare_standard_streams();
    remove_outputs_on_interrupt();
    CLI::App app{"xxgk: checks 政府信息公开工作年度报告 (annual government-information-"
                 "disclosure reports) like a compiler checks code",
                 "xxgk"};
    // --lang before --version: CLI11 runs the callbacks in this order, so the text sees it.
    std::string lang = "zh";
    app.add_option("--lang", lang, "Language of --version")->check(CLI::IsMember({"zh", "en"}))->capture_default_str();
    app.set_version_flag("--version", [&lang] { return version_text(lang == "en"); },
                         "Print the version, the commit and the optional parts built in, and exit");
    app.require_subcommand(1);
    std::vector<std::pair<CLI::App*, Action>> commands;
    for (const Command& c : kCommands) {
        CLI::App* sub = app.add_subcommand(c.name, c.description);
        commands.emplace_back(sub, c.setup(*sub));
    }
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        // --help and --version are "errors" with exit code 0; everything else is usage.
        if (app.exit(e) == 0) return finish_stdout(kExitOk);
        hint_dash_files(argc, argv);
        return kExitUsage;
    }
    try {
        for (auto& [sub, run] : commands) {
            if (sub->parsed()) return finish_stdout(run());
        }
    } catch (const std::exception& e) {
        // Never a crash: a bug still ends with one line and the "could not read" code.
        finish_stdout(kExitUnreadable);
        std::cerr << "xxgk: internal error: " << e.what() << '\n';
        return kExitUnreadable;
    }
    return kExitUsage;
}
