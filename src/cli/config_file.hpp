#pragma once
// The config file, xxgk.toml or .xxgk.toml: where it is and what it says, before anyone asks
// what the keys mean (config.cpp matches them to the options of `xxgk check`).
#include <optional>
#include <string>
#include <vector>

#include "xxgk/error.hpp"

namespace xxgk::cli {

// "error: " stays English in both languages, as in the findings: editors and CI parse it.
inline std::string say(bool en, const std::string& zh, const std::string& english) { return en ? english : zh; }

// One `key = value` line, its value reduced to strings.
struct ConfigValue {
    enum class Type { string, integer, boolean, array, other };
    std::string key;
    int line = 0;
    Type type = Type::other;
    std::vector<std::string> items;  // one for a string, integer or boolean; an array's elements
    std::vector<int> item_lines;     // the line of each item (an array may span lines)
    bool mixed = false;              // an array holding something else than strings and integers
};

struct ConfigFile {
    std::string path;  // as shown to the user: "xxgk.toml", "../xxgk.toml", or what --config named
    std::string dir;   // the folder relative paths in it start from ("" for the current one)
    std::vector<ConfigValue> values;  // in the order of the file
};

inline constexpr std::size_t kMaxConfigSize = std::size_t{16} << 20;

// xxgk.toml or .xxgk.toml in the current folder or the nearest folder above it, stopping after
// the root of a repository (a folder holding .git) — the path relative to the current folder.
// nullopt when there is none; an Error (message with the folder) when one folder holds both.
Result<std::optional<std::string>> find_config(bool en);

// Reads and parses one config file: at most kMaxConfigSize bytes, a regular file only (a FIFO
// or a device is refused without blocking). The Error's message starts with the path.
Result<ConfigFile> read_config(const std::string& path, bool en);

}  // namespace xxgk::cli
