// Finding and reading the config file, a side file.
#include "config_file.hpp"

#include <algorithm>
#include <filesystem>
#include <string_view>

#include <toml++/toml.h>

#include "xxgk/source.hpp"

namespace xxgk::cli {
namespace {

namespace fs = std::filesystem;

Error file_error(const std::string& path, bool en, const std::string& zh, const std::string& english) {
    return Error{path + ": error: " + say(en, zh, english), 0};
}

Error line_error(const std::string& path, int line, bool en, const std::string& zh, const std::string& english) {
    return Error{path + ":" + std::to_string(line) + ": error: " + say(en, zh, english), line};
}

// Read as every side file is (xxgk/source.hpp): within 16 MiB, and never blocking on a FIFO
// or a device someone named xxgk.toml.
Result<std::string> read_bounded(const std::string& path, bool en) {
    Result<std::string> text = read_side_file(path);
    if (!text) {
        const Error& e = text.error();
        return file_error(path, en, "无法读取配置文件：" + (e.message_zh.empty() ? e.message : e.message_zh),
                          "cannot read the config file: " + e.message);
    }
    return text;
}

int line_of(const toml::source_region& where) { return static_cast<int>(where.begin.line); }

// The value reduced to strings; `mixed` when an array holds a table, a float, a date...
ConfigValue convert(const std::string& key, int line, const toml::node& node) {
    ConfigValue v;
    v.key = key;
    v.line = line;
    auto scalar = [](const toml::node& n) -> std::optional<std::string> {
        if (auto s = n.as_string()) return s->get();
        if (auto i = n.as_integer()) return std::to_string(i->get());
        return std::nullopt;
    };
    if (auto b = node.as_boolean()) {
        v.type = ConfigValue::Type::boolean;
        v.items = {b->get() ? "true" : "false"};
        v.item_lines = {line};
    } else if (auto a = node.as_array()) {
        v.type = ConfigValue::Type::array;
        for (const toml::node& item : *a) {
            std::optional<std::string> s = scalar(item);
            if (!s) {
                v.mixed = true;
                continue;
            }
            v.items.push_back(*s);
            v.item_lines.push_back(line_of(item.source()));
        }
    } else if (std::optional<std::string> s = scalar(node)) {
        v.type = node.is_string() ? ConfigValue::Type::string : ConfigValue::Type::integer;
        v.items = {*s};
        v.item_lines = {line};
    }
    return v;
}

}  // namespace

Result<std::optional<std::string>> find_config(bool en) {
    std::error_code ec;
    fs::path dir = fs::current_path(ec);
    if (ec) return std::optional<std::string>{};
    std::string up;  // "", "../", "../../", ...
    for (;;) {
        const bool plain = fs::exists(dir / "xxgk.toml", ec), hidden = fs::exists(dir / ".xxgk.toml", ec);
        if (plain && hidden) {
            const std::string where = up.substr(0, up.size() - 1);
            return Error{"xxgk: error: " + say(en, "xxgk.toml 和 .xxgk.toml 同在" + (up.empty() ? "当前文件夹" : " " + where) + "，只能留一个",
                                               "both xxgk.toml and .xxgk.toml in " + (up.empty() ? "the current folder" : where) + "; keep one"),
                         0};
        }
        if (plain || hidden) return std::optional<std::string>{up + (plain ? "xxgk.toml" : ".xxgk.toml")};
        // The repository's root is as far as a project's settings go.
        if (fs::exists(dir / ".git", ec) || !dir.has_parent_path() || dir.parent_path() == dir)
            return std::optional<std::string>{};
        dir = dir.parent_path();
        up += "../";
    }
}

Result<ConfigFile> read_config(const std::string& path, bool en) {
    Result<std::string> text = read_bounded(path, en);
    if (!text) return text.error();
    ConfigFile file;
    file.path = path;
    file.dir = fs::path(path).parent_path().string();
    toml::table table;
    try {
        table = toml::parse(text.value(), path);
    } catch (const toml::parse_error& e) {
        const std::string what(e.description());
        return line_error(path, line_of(e.source()), en, "不是有效的 TOML：" + what, "not valid TOML: " + what);
    }
    for (auto&& [key, node] : table) {
        file.values.push_back(convert(std::string(key.str()), line_of(key.source()), node));
    }
    // A TOML table is sorted by key; messages and `xxgk config` follow the file.
    std::stable_sort(file.values.begin(), file.values.end(),
                     [](const ConfigValue& a, const ConfigValue& b) { return a.line < b.line; });
    return file;
}

}  // namespace xxgk::cli
