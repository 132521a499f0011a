#pragma once
// The language of every message a user sees: Chinese (the users' language, and the reports'
// own labels) by default, English with --lang en. Parsed once, at the edge.
#include <optional>
#include <string_view>

namespace xxgk {

enum class Lang { zh, en };

inline std::string_view lang_name(Lang lang) { return lang == Lang::en ? "en" : "zh"; }
inline std::optional<Lang> lang_from_name(std::string_view name) {
    if (name == "zh") return Lang::zh;
    if (name == "en") return Lang::en;
    return std::nullopt;
}

}  // namespace xxgk
