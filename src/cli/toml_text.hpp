#pragma once
// Values written as TOML: for `xxgk config`, and for quoting a user's value in a message
// (control characters escaped, so nothing from a file reaches the terminal as a sequence).
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace xxgk::cli {

inline std::string toml_quote(std::string_view s) {
    std::string out = "\"";
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20 || u == 0x7f) {
            char buffer[8];
            std::snprintf(buffer, sizeof buffer, "\\u%04X", u);
            out += buffer;
        } else {
            out += c;
        }
    }
    return out + "\"";
}

inline std::string toml_array(const std::vector<std::string>& items) {
    std::string out = "[";
    for (std::size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + toml_quote(items[i]);
    return out + "]";
}

}  // namespace xxgk::cli
