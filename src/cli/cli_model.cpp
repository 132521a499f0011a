// Reads the CLI11 app into a CliSpec. What an option's value is comes from what the option
// declares: its type name (FILE, RULE,...), its positional name (PATH, RULE) and the names its
// IsMember validator accepts (shown by CLI11 as TEXT:{a,b,c}).
#include "cli_model.hpp"

#include "xxgk/rules.hpp"

namespace xxgk::cli {
namespace {

std::vector<std::string> split(const std::string& text, char sep) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (std::size_t end; (end = text.find(sep, start)) != std::string::npos; start = end + 1)
        parts.push_back(text.substr(start, end - start));
    parts.push_back(text.substr(start));
    return parts;
}

OptionSpec describe_option(const CLI::Option& o) {
    OptionSpec spec;
    const std::string type = o.get_type_name();
    if (o.get_positional()) {
        spec.names = {o.get_name(true)};
    } else {
        for (const std::string& s : o.get_snames()) spec.names.push_back("-" + s);
        for (const std::string& l : o.get_lnames()) spec.names.push_back("--" + l);
    }
    spec.help = o.get_description();
    spec.default_value = o.get_default_str();
    spec.list = o.get_items_expected_max() > 1;
    spec.required = o.get_required();
    spec.positional = o.get_positional();
    if (o.get_expected_max() == 0) {
        spec.default_value.clear();  // a flag: present or not
        return spec;
    }
    const std::size_t open = type.find('{'), close = type.rfind('}');
    const std::string base = type.substr(0, type.find(':'));
    if (open != std::string::npos && close != std::string::npos && close > open) {
        spec.choices = split(type.substr(open + 1, close - open - 1), ',');
        spec.values = OptionSpec::Values::choice;
        for (std::size_t i = 0; i < spec.choices.size(); ++i) spec.value += (i ? "|" : "") + spec.choices[i];
        return spec;
    }
    spec.value = o.get_positional() ? spec.names.front() : base;
    const std::string& name = spec.names.front();
    if (base.starts_with("RULE") || name == "RULE")
        spec.values = OptionSpec::Values::rule;
    else if (base == "FILE" || name == "PATH")
        spec.values = OptionSpec::Values::file;
    else
        spec.values = OptionSpec::Values::other;
    return spec;
}

// Hidden options have no group (CLI11's convention, as for subcommands).
template <typename App>
void describe_options(App& app, std::vector<OptionSpec>& options, std::vector<OptionSpec>* positionals) {
    for (const CLI::Option* o : app.get_options()) {
        if (o->get_group().empty()) continue;
        if (o->get_positional()) {
            if (positionals) positionals->push_back(describe_option(*o));
        } else {
            options.push_back(describe_option(*o));
        }
    }
}

}  // namespace

CliSpec describe_cli(const CLI::App& root) {
    CliSpec cli;
    cli.name = root.get_name();
    cli.help = root.get_description();
    describe_options(root, cli.options, nullptr);
    for (const CLI::App* sub : root.get_subcommands([](const CLI::App* s) { return !s->get_group().empty(); })) {
        CommandSpec c;
        c.name = sub->get_name();
        c.help = sub->get_description();
        describe_options(*sub, c.options, &c.positionals);
        cli.commands.push_back(std::move(c));
    }
    return cli;
}

std::vector<std::string> rule_names() {
    std::vector<std::string> names;
    for (const RuleInfo& r : rule_registry()) names.emplace_back(r.name);
    return names;
}

}  // namespace xxgk::cli
