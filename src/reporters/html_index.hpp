#pragma once
// The index of the HTML page: one row per file (issuer, year, template, counts, status) linking
// to its section, the summary, and the rule counts. Built from a small entry per file, kept while
// the sections stream out, and written once the run ends.
#include <optional>
#include <ostream>
#include <span>
#include <string>

#include "reporters/html_page.hpp"
#include "xxgk/reporters.hpp"

namespace xxgk::detail::html {

struct IndexEntry {
    std::string path, section;  // section: the id of its section
    std::string issuer;         // empty: unknown
    std::optional<int> year;
    Template layout = Template::unknown;
    FileResult::Status status = FileResult::Status::ok;
    Counts counts;
    bool late = false;  // cross-report findings came after its section was written
};

IndexEntry index_entry(const FileResult& result, std::string section);
// Cross-report findings about the file: counted, and the status they make.
void add_late(IndexEntry& entry, const std::vector<Finding>& findings);

void write_index(std::ostream& out, std::span<const IndexEntry> entries, const RunEnd& end, bool baseline, Lang lang);

}  // namespace xxgk::detail::html
