#pragma once
// What format sniffers look at: the content, and counts over its lines made once for all of them.
#include <optional>
#include <string>
#include <string_view>

#include "xxgk/readers.hpp"

namespace xxgk {

struct LineCounts {
    int pipe_rows = 0;  // lines that start with | and hold another |
    int tab_cells = 0;  // lines that start with a TAB
};

class Content {
public:
    Content(std::string_view path, std::string_view data) : path(path), data(data) {}
    const LineCounts& lines() const;
    std::string extension() const;  // lower case, without the dot; empty when none

    std::string_view path;
    std::string_view data;

private:
    mutable std::optional<LineCounts> lines_;
};

// ASCII case-insensitive; `lower_prefix` is in lower case.
bool starts_with_ci(std::string_view s, std::string_view lower_prefix);

}  // namespace xxgk
