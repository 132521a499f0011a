#pragma once
// One file's part of the HTML page: its title and facts, its tables drawn and marked, the prose
// statements that contradict them, and its findings in the words of the text output, each linked
// to its place.
#include <functional>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "xxgk/reporters.hpp"

namespace xxgk::detail::html {

// The id of file number `number`'s section ("r3"); its elements' ids start with it and "-".
std::string section_id(std::size_t number);

void write_section(std::ostream& out, const FileResult& result, std::size_t number, Lang lang);

// The section id of a file of the page by its path; empty when the page has no such file.
using SectionOf = std::function<std::string(std::string_view path)>;

// A finding about several reports (with --cross), cross finding number `number`: the text
// output's words, each path in them that names a file of the page linking to its section.
void write_cross_finding(std::ostream& out, const std::string& path, const Finding& f, std::size_t number,
                         const SectionOf& section_of, Lang lang);

// The paths `section_of` knows in `text`: [begin, end) spans, in order, not overlapping. A path
// starts the text or follows a space, and ends the text or comes before ':', a space, a bracket
// or a comma (as messages name files: "path:12", "path（第 2 页）", "path (issuer, 2021)").
std::vector<std::pair<std::size_t, std::size_t>> find_paths(std::string_view text, const SectionOf& section_of);

}  // namespace xxgk::detail::html
