// The config file applied to `xxgk check`: each key is one of check's long options, and its
// value goes through that option's own validators, so the file accepts exactly what the
// command line does. What an option's value is comes from the option too: a FILE is relative
// to the config file's folder, a RULE must be a rule.
#include "config.hpp"

#include <algorithm>
#include <cctype>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "config_file.hpp"
#include "toml_text.hpp"
#include "ui_lang.hpp"
#include "xxgk/rules.hpp"

namespace xxgk::cli {
namespace {

struct ConfigChoice {
    std::string file;  // --config FILE; empty: look for one
    bool isolated = false;
};

struct Origin {
    enum class Source { default_value, command_line, file } source = Source::default_value;
    int line = 0;
    std::vector<std::string> items;  // as the file gave them (after paths were resolved)
};

struct Applied {
    std::optional<ConfigFile> file;
    std::map<const CLI::Option*, Origin> origins;  // options the command line or the file set
};

void add_config_options(CLI::App& app, ConfigChoice& choice) {
    CLI::Option* config =
        app.add_option("--config", choice.file, ui(Msg::help_check_config))
            ->type_name("FILE")
            ->configurable(false);
    app.add_flag("--isolated", choice.isolated, ui(Msg::help_check_isolated))->configurable(false)->excludes(config);
}

// The options a config file may set: the long, configurable ones (not --help, --config).
std::vector<CLI::Option*> config_options(CLI::App& app) {
    return app.get_options([](CLI::Option* o) { return o->get_configurable() && !o->get_lnames().empty(); });
}

const std::string& key_of(const CLI::Option* o) { return o->get_lnames().front(); }

bool is_flag(const CLI::Option* o) { return o->get_expected_max() == 0; }
bool is_list(const CLI::Option* o) { return o->get_items_expected_max() > 1; }

// The option's declared value ("FILE", "RULE,...", "TEXT:{zh,en}") without a TEXT: prefix.
std::string value_name(const CLI::Option* o) {
    std::string name = o->get_type_name();
    if (name.starts_with("TEXT:")) name.erase(0, 5);
    return name;
}

// Messages in check's --lang, else in the config file's `lang`, else in xxgk's own --lang.
bool english(CLI::App& app, const ConfigFile* file) {
    if (CLI::Option* lang = app.get_option_no_throw("--lang"); lang != nullptr && lang->count() > 0)
        return lang->results().back() == "en";
    if (file != nullptr) {
        for (const ConfigValue& v : file->values)
            if (v.key == "lang" && v.type == ConfigValue::Type::string) return v.items.front() == "en";
    }
    return ui_lang() == Lang::en;  // `xxgk --lang en config`
}

std::string written(const ConfigValue& v) {
    if (v.type == ConfigValue::Type::array) return toml_array(v.items);
    if (v.type == ConfigValue::Type::string) return toml_quote(v.items.front());
    return v.items.empty() ? "?" : v.items.front();
}

class Applier {
public:
    Applier(const ConfigFile& file, bool en) : file_(file), en_(en) {}
    const std::string& error() const { return error_; }

    // The value's items for `option`, checked for their kind; nullopt and error() when wrong.
    std::optional<std::vector<std::string>> items(const ConfigValue& v, const CLI::Option* option) {
        const std::string key = toml_quote(v.key);
        const auto type = v.type;
        if (is_flag(option)) {
            if (type != ConfigValue::Type::boolean)
                return fail(v.line, "键 " + key + " 的值应为 true 或 false", "key " + key + " takes true or false");
        } else if (is_list(option)) {
            if (type != ConfigValue::Type::array || v.mixed)
                return fail(v.line, "键 " + key + " 的值应为字符串数组，如 " + v.key + " = [\"…\"]",
                            "key " + key + " takes an array of strings: " + v.key + " = [\"…\"]");
        } else if (type != ConfigValue::Type::string && type != ConfigValue::Type::integer) {
            return fail(v.line, "键 " + key + " 的值应为字符串或整数", "key " + key + " takes a string or an integer");
        }
        std::vector<std::string> items = v.items;
        const std::string kind = value_name(option);
        for (std::size_t i = 0; i < items.size(); ++i) {
            const int line = v.item_lines[i];
            if (kind.starts_with("RULE") && !known_rules(items[i], key, line)) return std::nullopt;
            // Relative to the config file, wherever xxgk runs from; "-" is stdin or stdout.
            if (kind == "FILE" && !file_.dir.empty() && !items[i].empty() && items[i] != "-" && items[i][0] != '/')
                items[i] = file_.dir + "/" + items[i];
        }
        return items;
    }

    // Sets the option as the command line would have, through its validators.
    bool set(CLI::Option* option, const ConfigValue& v, const std::vector<std::string>& items) {
        option->clear();
        option->add_result(items);
        try {
            option->run_callback();
            return true;
        } catch (const CLI::ParseError&) {
            option->clear();
            const std::string key = toml_quote(v.key), expected = value_name(option);
            fail(v.line, "键 " + key + " 的值 " + written(v) + " 不对（应为 " + expected + "）",
                 "key " + key + ": bad value " + written(v) + " (expected " + expected + ")");
            return false;
        }
    }

    std::nullopt_t fail(int line, const std::string& zh, const std::string& en) {
        error_ = file_.path + ":" + std::to_string(line) + ": error: " + say(en_, zh, en);
        return std::nullopt;
    }

private:
    // Every rule a RULE,... value names exists (as --select says, but naming the file).
    bool known_rules(const std::string& value, const std::string& key, int line) {
        std::string list = value;
        std::transform(list.begin(), list.end(), list.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        std::size_t start = 0;
        while (start <= list.size()) {
            std::size_t end = std::min(list.find(',', start), list.size());
            std::string name = list.substr(start, end - start);
            name.erase(0, name.find_first_not_of(' '));
            name.erase(name.find_last_not_of(' ') + 1);
            start = end + 1;
            if (name.empty() || find_rule(name) != nullptr) continue;
            const std::string near(rule_suggestion(name));
            const std::string rule = toml_quote(name);
            if (near.empty())
                fail(line, "键 " + key + "：没有规则 " + rule + "（xxgk rules 列出所有规则）",
                     "key " + key + ": unknown rule " + rule + " (xxgk rules lists them)");
            else
                fail(line, "键 " + key + "：没有规则 " + rule + "，是否想写 \"" + near + "\"？",
                     "key " + key + ": unknown rule " + rule + "; did you mean \"" + near + "\"?");
            return false;
        }
        return true;
    }

    const ConfigFile& file_;
    bool en_;
    std::string error_;
};

// Finds, reads and applies the config file; 0, or the exit code after one line on stderr.
int apply_config(CLI::App& app, const ConfigChoice& choice, Applied& applied) {
    const std::vector<CLI::Option*> options = config_options(app);
    for (CLI::Option* o : options)
        if (o->count() > 0) applied.origins[o] = {Origin::Source::command_line, 0, o->results()};
    bool en = english(app, nullptr);
    std::string path = choice.file;
    if (choice.isolated) return kExitOk;
    if (path.empty()) {
        Result<std::optional<std::string>> found = find_config(en);
        if (!found) {
            std::cerr << found.error().message << '\n';
            return kExitUsage;
        }
        if (!found.value()) return kExitOk;
        path = *found.value();
    }
    Result<ConfigFile> file = read_config(path, en);
    if (!file) {
        std::cerr << file.error().message << '\n';
        // A file that cannot be read is exit 2, as a baseline is; what it says is usage.
        return file.error().line > 0 ? kExitUsage : kExitUnreadable;
    }
    applied.file = std::move(file.value());
    en = english(app, &*applied.file);
    Applier applier(*applied.file, en);
    for (const ConfigValue& v : applied.file->values) {
        auto it = std::find_if(options.begin(), options.end(), [&](const CLI::Option* o) { return key_of(o) == v.key; });
        if (it == options.end()) {
            std::vector<std::string_view> keys;
            for (const CLI::Option* o : options) keys.push_back(key_of(o));
            const std::string near(nearest_name(v.key, keys));
            const std::string key = toml_quote(v.key);
            if (near.empty())
                applier.fail(v.line, "未知的键 " + key + "（xxgk config 列出所有的键）",
                             "unknown key " + key + " (xxgk config lists every key)");
            else
                applier.fail(v.line, "未知的键 " + key + "，是否想写 \"" + near + "\"？",
                             "unknown key " + key + "; did you mean \"" + near + "\"?");
            std::cerr << applier.error() << '\n';
            return kExitUsage;
        }
        CLI::Option* option = *it;
        std::optional<std::vector<std::string>> items = applier.items(v, option);
        if (!items) {
            std::cerr << applier.error() << '\n';
            return kExitUsage;
        }
        // "" for an option without a default (format, output) and [] for a list are how
        // `xxgk config` shows them unset, so that its output reads back as a config file.
        const bool unset = items->empty() || (!is_list(option) && !is_flag(option) && option->get_default_str().empty() &&
                                              items->size() == 1 && items->front().empty());
        // Through the validators even when the command line wins: a wrong file is wrong anyway.
        const std::vector<std::string> given = option->results();
        const bool ok = unset || applier.set(option, v, *items);
        if (!ok) {
            std::cerr << applier.error() << '\n';
            return kExitUsage;
        }
        if (!given.empty()) {
            applier.set(option, v, given);  // the command line wins
            continue;
        }
        applied.origins[option] = {Origin::Source::file, v.line, *items};
    }
    return kExitOk;
}

// One `key = value` line of `xxgk config`, as TOML.
std::string setting_line(const CLI::Option* o, const Origin* origin) {
    std::vector<std::string> values;
    if (origin != nullptr)
        values = origin->items;
    else if (!o->get_default_str().empty())
        values = {o->get_default_str()};
    std::string text = key_of(o) + " = ";
    if (is_flag(o)) return text + (!values.empty() && values.back() != "false" && values.back() != "0" ? "true" : "false");
    if (is_list(o)) return text + toml_array(values);
    const std::string value = values.empty() ? "" : values.back();
    const bool number = value_name(o).ends_with("INT") && !value.empty() &&
                        value.find_first_not_of("0123456789") == std::string::npos;
    return text + (number ? value : toml_quote(value));
}

int print_config(CLI::App& app, const Applied& applied) {
    const bool en = english(app, applied.file ? &*applied.file : nullptr);
    if (applied.file)
        std::cout << say(en, "# xxgk check 的设置；配置文件：", "# Settings of xxgk check; config file: ")
                  << applied.file->path << '\n';
    else
        std::cout << say(en, "# xxgk check 的设置；没有读配置文件（xxgk.toml 或 .xxgk.toml，从当前文件夹向上找到仓库根）",
                         "# Settings of xxgk check; no config file read (xxgk.toml or .xxgk.toml, looked "
                         "for from the current folder up to the repository's root)")
                  << '\n';
    std::vector<std::pair<std::string, std::string>> lines;
    std::size_t width = 0;
    for (const CLI::Option* o : config_options(app)) {
        auto it = applied.origins.find(o);
        const Origin* origin = it == applied.origins.end() ? nullptr : &it->second;
        std::string where = say(en, "默认", "default");
        if (origin != nullptr && origin->source == Origin::Source::command_line) where = say(en, "命令行", "command line");
        if (origin != nullptr && origin->source == Origin::Source::file)
            where = applied.file->path + ":" + std::to_string(origin->line);
        lines.emplace_back(setting_line(o, origin), where);
        width = std::max(width, lines.back().first.size());
    }
    for (const auto& [setting, where] : lines)
        std::cout << setting << std::string(width - setting.size() + 2, ' ') << "# " << where << '\n';
    return kExitOk;
}

}  // namespace

Action setup_check_configured(CLI::App& app) {
    Action check = setup_check(app);
    auto choice = std::make_shared<ConfigChoice>();
    add_config_options(app, *choice);
    return [&app, choice, check] {
        Applied applied;
        if (int stop = apply_config(app, *choice, applied); stop != kExitOk) return stop;
        return check();
    };
}

Action setup_config(CLI::App& app) {
    // The options of check, so that the keys, their checks and their defaults are the same; the
    // check itself (kept alive: the options write into what it holds) never runs.
    Action check = setup_check(app);
    app.remove_option(app.get_option("PATH"));
    auto choice = std::make_shared<ConfigChoice>();
    add_config_options(app, *choice);
    return [&app, choice, check] {
        Applied applied;
        if (int stop = apply_config(app, *choice, applied); stop != kExitOk) return stop;
        return print_config(app, applied);
    };
}

}  // namespace xxgk::cli
