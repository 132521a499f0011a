// The command line's language, CLI11's help labels, and its usage errors said in our words.
// CLI11 (2.1) gives an error's kind by its class and the details only inside its English text,
// whose forms are fixed by that version: they are read back here, and an error of another
// form is still said, with CLI11's words in parentheses.
#include "ui_lang.hpp"

#include <memory>
#include <regex>
#include <string_view>
#include <vector>

namespace xxgk::cli {
namespace {

Lang g_lang = Lang::zh;

// Columns a text takes on a terminal: a Chinese character (three or four bytes of UTF-8 from
// U+1100 on) two, others one.
std::size_t columns(std::string_view text) {
    std::size_t n = 0;
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c & 0xC0) == 0x80) continue;  // a continuation byte
        n += c >= 0xE1 ? 2 : 1;
    }
    return n;
}

// CLI11's help, its left column padded by columns rather than bytes (a Chinese label such as
// 必填 would push the descriptions out of line).
class Formatter : public CLI::Formatter {
public:
    std::string make_option(const CLI::Option* opt, bool is_positional) const override {
        const std::string name = "  " + make_option_name(opt, is_positional) + make_option_opts(opt);
        const std::string desc = make_option_desc(opt);
        const std::size_t width = get_column_width(), used = columns(name);
        std::string out = name;
        if (!desc.empty()) out += used >= width ? "\n" + std::string(width, ' ') : std::string(width - used, ' ');
        out += desc;
        return out + '\n';
    }
};

// "{a,b,c}" → "a, b, c" (zh: "a、b、c").
std::string choices(std::string list) {
    std::string out;
    const std::string sep = ui_lang() == Lang::en ? ", " : "、";
    std::size_t start = 0;
    while (start <= list.size()) {
        const std::size_t comma = std::min(list.find(',', start), list.size());
        out += (out.empty() ? "" : sep) + list.substr(start, comma - start);
        start = comma + 1;
    }
    return out;
}

// The subcommands of the app the error came from, for "a subcommand is required".
std::string subcommand_names(const CLI::App& app) {
    std::string names;
    for (const CLI::App* sub : app.get_subcommands([](const CLI::App* s) { return !s->get_group().empty(); }))
        names += (names.empty() ? "" : (ui_lang() == Lang::en ? ", " : "、")) + sub->get_name();
    return names;
}

// The command whose parse failed: the deepest one parsed.
const CLI::App* failing_app(const CLI::App& app) {
    for (const CLI::App* sub : app.get_subcommands()) return failing_app(*sub);
    return &app;
}

std::string message(const CLI::App& app, const CLI::ParseError& e) {
    const std::string what = e.what(), kind = e.get_name();
    std::smatch m;
    // An ExtrasError thrown by a subcommand carries the subcommand's name as its kind.
    if (std::regex_match(what, m, std::regex("The following arguments? (?:was|were) not expected: (.*)"))) {
        const std::string first = m[1].str().substr(0, m[1].str().find(' '));
        if (first.size() > 1 && first[0] == '-') return ui(Msg::usage_unknown_option, {first});
        return ui(Msg::usage_extra_arguments, {m[1].str()});
    }
    if (kind == "ArgumentMismatch" && std::regex_match(what, m, std::regex("(\\S+): \\d+ required (.*) missing")))
        return ui(Msg::usage_missing_value, {m[1].str(), m[2].str()});
    if (kind == "ValidationError") {
        if (std::regex_match(what, m, std::regex("(\\S+): (.*) not in \\{(.*)\\}")))
            return ui(Msg::usage_bad_choice, {m[1].str(), m[2].str(), choices(m[3].str())});
        if (std::regex_match(what, m, std::regex("(\\S+): Value (.*) not in range (.*) to (.*)")))
            return ui(Msg::usage_out_of_range, {m[1].str(), m[2].str(), m[3].str(), m[4].str()});
        // Our own validators (sizes) speak the command line's language already.
        if (std::regex_match(what, m, std::regex("(\\S+): (.*)"))) return ui(Msg::usage_bad_value, {m[1].str(), m[2].str()});
    }
    if (kind == "ConversionError" && std::regex_match(what, m, std::regex("Could not convert: (\\S+) = (.*)")))
        return ui(Msg::usage_not_a_number, {m[1].str(), m[2].str()});
    if (kind == "RequiredError") {
        if (what == "A subcommand is required") return ui(Msg::usage_subcommand, {subcommand_names(*failing_app(app))});
        if (std::regex_match(what, m, std::regex("(\\S+) is required"))) return ui(Msg::usage_required, {m[1].str()});
    }
    if (kind == "ExcludesError" && std::regex_match(what, m, std::regex("(\\S+) excludes (\\S+)")))
        return ui(Msg::usage_excludes, {m[1].str(), m[2].str()});
    if (kind == "RequiresError" && std::regex_match(what, m, std::regex("(\\S+) requires (\\S+)")))
        return ui(Msg::usage_requires, {m[1].str(), m[2].str()});
    return ui(Msg::usage_other, {what});
}

// "xxgk check" for the hint.
std::string command_path(const CLI::App* app) {
    std::string path = app->get_name();
    for (const CLI::App* p = app->get_parent(); p != nullptr; p = p->get_parent()) path = p->get_name() + " " + path;
    return path;
}

}  // namespace

Lang scan_lang(int argc, char** argv) {
    Lang lang = Lang::zh;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--") break;
        std::string_view value;
        if (arg == "--lang" && i + 1 < argc)
            value = argv[i + 1];
        else if (arg.starts_with("--lang="))
            value = arg.substr(7);
        if (auto l = lang_from_name(value)) lang = *l;
    }
    return lang;
}

void set_ui_lang(Lang lang) { g_lang = lang; }
Lang ui_lang() { return g_lang; }

void localize_help(CLI::App& app) {
    auto formatter = std::make_shared<Formatter>();
    formatter->label("Usage", ui(Msg::help_label_usage));
    formatter->label("OPTIONS", ui(Msg::help_label_options));
    formatter->label("SUBCOMMAND", ui(Msg::help_label_subcommand));
    formatter->label("SUBCOMMANDS", ui(Msg::help_label_subcommands));
    formatter->label("Positionals", ui(Msg::help_label_positionals));
    formatter->label("REQUIRED", ui(Msg::help_label_required));
    formatter->label("Excludes", ui(Msg::help_label_excludes));
    formatter->label("Needs", ui(Msg::help_label_needs));
    app.formatter(formatter);
    app.option_defaults()->group(ui(Msg::help_label_options_group));
    app.set_help_flag("-h,--help", ui(Msg::help_help));
}

std::string usage_error_text(const CLI::App& app, const CLI::ParseError& error) {
    return "xxgk: " + message(app, error) + '\n' + ui(Msg::usage_hint, {command_path(failing_app(app))}) + '\n';
}

}  // namespace xxgk::cli
