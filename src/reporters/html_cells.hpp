#pragma once
// One cell or header of a drawn table: its value as printed and, where findings point, its mark,
// its data-cell / data-rules attributes and the findings about it (shown on hover or tap).
#include <ostream>
#include <set>
#include <span>
#include <string>
#include <string_view>

#include "reporters/html_marks.hpp"
#include "xxgk/report.hpp"

namespace xxgk::detail::html {

// What drawing one report's tables needs, and what it leaves for the findings list.
struct Context {
    std::span<const Finding> findings;
    const Marks& marks;
    std::string id_prefix;  // "r3-": the ids of one report's elements
    Lang lang = Lang::zh;
    std::set<std::string, std::less<>> drawn = {};  // keys drawn with an id: what the findings link to
    int tips = 0;                                    // tooltips written so far, for their ids

    std::string id_of(std::string_view key) const { return id_prefix + std::string(key); }
};

// <td> of a value cell under its canonical key, with `attributes` (a span); null: the report has
// no such cell.
void write_cell(std::ostream& out, Context& ctx, const CellValue* cell, std::string_view key,
                std::string_view attributes = {});

// <th> of a row, group or item header: its `attributes` (scope, spans), `classes` and label,
// already HTML. `key` names the row or group (findings that stand there mark it); empty: none.
// `own` is its part of a cell's key path ("denied.state_secret", "art20_1"), written as data-key
// as column headers have theirs, so a tool finds the headers of a cell.
void write_header(std::ostream& out, Context& ctx, std::string_view attributes, std::string_view classes,
                  std::string_view label_html, std::string_view key = {}, std::string_view own = {});

// One line of arithmetic, "58 + 3 = 61 ≠ 57 + 3 = 60", with the term of `cell` in bold.
std::string arithmetic_line(const IdentityDetail& id, std::string_view cell, Lang lang);

}  // namespace xxgk::detail::html
