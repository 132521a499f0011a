#pragma once
// The language of what the command line itself says — --help, usage errors, a failed write to
// stdout — which must be known before CLI11 parses anything: the last --lang of the command
// line (before --), else Chinese. (check's messages also follow the config file's `lang`,
// which is read only after parsing.)
#include <string>

#include <CLI/CLI.hpp>

#include "xxgk/lang.hpp"
#include "xxgk/messages.hpp"

namespace xxgk::cli {

Lang scan_lang(int argc, char** argv);
void set_ui_lang(Lang lang);
Lang ui_lang();

// A message in the command line's language (option descriptions, labels).
inline std::string ui(Msg id, std::initializer_list<MessageArg> args = {}) { return say(id, ui_lang(), args); }

// CLI11's help labels (Usage, OPTIONS, REQUIRED…) and help flag in the command line's language;
// called on the root app before any option or subcommand is added, which inherit them.
void localize_help(CLI::App& app);

// One usage error, in our words and the command line's language, and the hint to the
// --help of the command that was being parsed.
std::string usage_error_text(const CLI::App& app, const CLI::ParseError& error);

}  // namespace xxgk::cli
