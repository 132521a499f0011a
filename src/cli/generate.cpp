// `xxgk generate man|bash|zsh|fish -o FILE`, hidden: the build writes the man page and the
// completions with it, from the very CLI it installs.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>

#include "commands.hpp"
#include "completions.hpp"
#include "generate.hpp"
#include "manpage.hpp"
#include "ui_lang.hpp"

namespace xxgk::cli {
namespace {

struct GenerateArgs {
    std::string kind;
    std::string output;
};

int run_generate(const CLI::App& root, const GenerateArgs& args) {
    const CliSpec cli = describe_cli(root);
    std::ostringstream text;
    if (args.kind == "man")
        write_manpage(text, cli);
    else
        write_completion(text, args.kind, cli);
    if (args.output.empty()) {
        std::cout << text.str();
        return kExitOk;
    }
    // Whole or not at all: a build interrupted here leaves no half page behind.
    const std::string temporary = args.output + ".tmp";
    std::ofstream file(temporary, std::ios::binary);
    file << text.str();
    file.close();
    if (!file || std::rename(temporary.c_str(), args.output.c_str()) != 0) {
        std::remove(temporary.c_str());
        std::cerr << "xxgk: " << ui(Msg::cli_cannot_write_file, {args.output}) << '\n';
        return kExitUnreadable;
    }
    return kExitOk;
}

}  // namespace

Action setup_generate(CLI::App& app) {
    app.group("");  // hidden: for the build, not for users
    auto args = std::make_shared<GenerateArgs>();
    app.add_option("KIND", args->kind, "What to write")->check(CLI::IsMember({"man", "bash", "zsh", "fish"}))->required();
    app.add_option("--output,-o", args->output, "Write to FILE (default: standard output)")->type_name("FILE");
    return [&app, args] { return run_generate(*app.get_parent(), *args); };
}

}  // namespace xxgk::cli
