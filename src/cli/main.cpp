// The front end: one table of subcommands, CLI11 parsing, exit codes. The work is in libxxgk.
#include <unistd.h>

#include <exception>
#include <optional>
#include <iostream>
#include <string_view>
#include <utility>
#include <vector>

#include "commands.hpp"
#include "config.hpp"
#include "generate.hpp"
#include "std_streams.hpp"
#include "ui_lang.hpp"
#include "version.hpp"

namespace {

using namespace xxgk;
using namespace xxgk::cli;

struct Command {
    const char* name;
    std::optional<Msg> description;  // none: hidden
    Action (*setup)(CLI::App&);
};

const Command kCommands[] = {
    {"check", Msg::help_cmd_check, setup_check_configured},
    {"extract", Msg::help_cmd_extract, setup_extract},
    {"rules", Msg::help_cmd_rules, setup_rules},
    {"explain", Msg::help_cmd_explain, setup_explain},
    {"config", Msg::help_cmd_config, setup_config},
    {"generate", std::nullopt, setup_generate},  // hidden: the man page and completions, for the build
};

// After a usage error: an argument taken for an option that names an existing file was
// meant as that file (`xxgk check -x.txt`); say how to name it, as GNU rm does.
void hint_dash_files(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--") return;
        if (arg.size() > 1 && arg[0] == '-' && ::access(argv[i], F_OK) == 0)
            std::cerr << "xxgk: " << ui(Msg::cli_dash_file, {arg}) << '\n';
    }
}

}  // namespace

int main(int argc, char** argv) {
    prepare_standard_streams();
    remove_outputs_on_interrupt();
    set_ui_lang(scan_lang(argc, argv));
    CLI::App app{ui(Msg::help_app), "xxgk"};
    localize_help(app);
    // --lang before --version: CLI11 runs the callbacks in this order, so the text sees it.
    std::string lang = "zh";
    app.add_option("--lang", lang, ui(Msg::help_lang))->check(CLI::IsMember({"zh", "en"}))->capture_default_str();
    app.set_version_flag("--version", [&lang] { return version_text(lang == "en"); }, ui(Msg::help_version));
    app.require_subcommand(1);
    std::vector<std::pair<CLI::App*, Action>> commands;
    for (const Command& c : kCommands) {
        CLI::App* sub = app.add_subcommand(c.name, c.description ? ui(*c.description) : "");
        sub->group(c.description ? ui(Msg::help_label_subcommands) : "");
        sub->get_help_ptr()->group(ui(Msg::help_label_options_group));
        commands.emplace_back(sub, c.setup(*sub));
    }
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        // --help and --version are "errors" with exit code 0; everything else is usage, in our
        // words and the user's language.
        if (e.get_exit_code() == 0) return finish_stdout(app.exit(e));
        std::cerr << usage_error_text(app, e);
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
        std::cerr << "xxgk: " << ui(Msg::cli_internal_error, {e.what()}) << '\n';
        return kExitUnreadable;
    }
    return kExitUsage;
}
