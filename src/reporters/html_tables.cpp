// The three tables, each from the template's structure: table 三 with its two-level header and
// the result groups with their sub-rows, table 四 with its three groups under 行政复议 and
// 行政诉讼, table 二 item by item.
#include "reporters/html_tables.hpp"

#include <algorithm>
#include <set>
#include <utility>

#include "reporters/html_page.hpp"
#include "xxgk/template.hpp"

namespace xxgk::detail::html {
namespace {

// A label path "（三）不予公开 1.属于国家秘密" as its group and its leaf; no group: leaf alone.
std::pair<std::string_view, std::string_view> split_label(std::string_view label) {
    const std::size_t space = label.find(' ');
    if (space == std::string_view::npos) return {{}, label};
    return {label.substr(0, space), label.substr(space + 1)};
}

// In English, the canonical key under a Chinese label, so a reader without Chinese can follow.
std::string english(const Context& ctx, std::string_view words) {
    if (ctx.lang != Lang::en || words.empty()) return "";
    return "<span class=\"en\" lang=\"en\">" + text(words) + "</span>";
}

// A label as printed, its wrapped lines joined (Chinese wraps without a space).
std::string label(const Context& ctx, std::string_view zh, std::string_view en = {}) {
    std::string joined(zh);
    std::erase(joined, '\n');
    return text(joined) + english(ctx, en);
}

bool in(Template t, const ApplicationRowSpec& spec) { return t == Template::t2021 ? spec.in2021 : spec.in2019; }

}  // namespace

void write_applications_table(std::ostream& out, Context& ctx, const Report& report) {
    const Applications& a = report.applications;
    const Template layout = a.layout != Template::unknown ? a.layout : report.layout;
    std::vector<const ApplicationRowSpec*> rows;
    std::set<std::string_view> drawn_rows;
    for (const ApplicationRowSpec& spec : application_row_specs())
        if (in(layout, spec)) {
            rows.push_back(&spec);
            drawn_rows.insert(spec.key);
        }
    const auto in_results = [](const ApplicationRowSpec* s) {
        return s->role == RowRole::result || s->role == RowRole::results_total;
    };
    const auto results = std::count_if(rows.begin(), rows.end(), in_results);

    out << "<div class=\"scroll\"><table class=\"t3\">\n<thead>\n<tr><td class=\"note\" rowspan=\"3\" colspan=\"3\">"
        << kApplicationsNote << "</td><th scope=\"colgroup\" colspan=\"7\">" << label(ctx, kApplicantsHeader, "applicants")
        << "</th></tr>\n<tr>";
    auto column = [&](std::size_t c, std::string_view span) {
        out << "<th scope=\"col\" data-key=\"" << kApplicantColumns[c] << '"' << span << '>'
            << label(ctx, applicant_column_label(kApplicantColumns[c]), applicant_column_label_en(kApplicantColumns[c]))
            << "</th>";
    };
    column(0, " rowspan=\"2\"");
    out << "<th scope=\"colgroup\" colspan=\"5\">"
        << label(ctx, kLegalPersonsHeader, "legal persons and other organisations") << "</th>";
    column(6, " rowspan=\"2\"");
    out << "</tr>\n<tr>";
    for (std::size_t c = 1; c < 6; ++c) column(c, "");
    out << "</tr>\n</thead>\n<tbody>\n";

    auto cells = [&](const ApplicationRow* row, std::string_view key) {
        for (std::size_t c = 0; c < kApplicantColumns.size(); ++c)
            write_cell(out, ctx, row ? &row->cells[c] : nullptr,
                       key.empty() ? std::string() : "applications." + std::string(key) + "." + std::string(kApplicantColumns[c]));
    };
    bool results_open = false;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const ApplicationRowSpec& spec = *rows[i];
        const std::string key = "applications." + std::string(spec.key);
        const auto [group, leaf] = split_label(spec.label);
        out << "<tr>";
        if (!in_results(&spec)) {
            write_header(out, ctx, "scope=\"row\" colspan=\"3\"", "", label(ctx, spec.label, spec.key), key, spec.key);
        } else {
            if (!results_open) {
                results_open = true;
                out << "<th scope=\"rowgroup\" rowspan=\"" << results << "\" class=\"vert\">" << kResultsLabel << "</th>";
            }
            if (group.empty()) {
                write_header(out, ctx, "scope=\"row\" colspan=\"2\"", "", label(ctx, leaf, spec.key), key, spec.key);
            } else {
                if (i == 0 || split_label(rows[i - 1]->label).first != group) {
                    std::size_t span = 0;
                    while (i + span < rows.size() && split_label(rows[i + span]->label).first == group) ++span;
                    out << "<th scope=\"rowgroup\" rowspan=\"" << span << "\">" << text(group) << "</th>";
                }
                write_header(out, ctx, "scope=\"row\"", "", label(ctx, leaf, spec.key), key, spec.key);
            }
        }
        cells(a.row(spec.key), spec.key);
        out << "</tr>\n";
    }
    out << "</tbody>\n";

    // Rows the template of this table does not have, as printed, after its own.
    bool extra = false;
    for (const ApplicationRow& row : a.rows) {
        if (!row.key.empty() && drawn_rows.count(row.key)) continue;
        if (!extra) {
            extra = true;
            out << "<tbody class=\"extra\">\n<tr><th scope=\"colgroup\" colspan=\"10\">"
                << pick(ctx.lang, "模板之外的行", "Rows the template does not have") << "</th></tr>\n";
        }
        out << "<tr>";
        write_header(out, ctx, "scope=\"row\" colspan=\"3\"", "", label(ctx, row.label, row.key),
                     row.key.empty() ? std::string() : "applications." + row.key, row.key);
        cells(&row, row.key);
        out << "</tr>\n";
    }
    if (extra) out << "</tbody>\n";
    out << "</table></div>\n";
}

void write_review_table(std::ostream& out, Context& ctx, const Report& report) {
    const ReviewLitigation& r = report.review;
    const auto groups = review_group_specs();
    const auto cell_labels = review_cell_labels();
    // "行政诉讼 未经复议直接起诉": a heading over its groups, then the group's own.
    auto top = [](const ReviewGroupSpec& g) { return split_label(g.label).first.empty() ? g.label : split_label(g.label).first; };
    auto sub = [](const ReviewGroupSpec& g) { return split_label(g.label).first.empty() ? std::string_view{} : split_label(g.label).second; };
    auto group_key = [](const ReviewGroupSpec& g) { return "review_litigation." + std::string(g.key); };
    auto cell_heads = [&](std::string_view span) {
        for (std::size_t c = 0; c < cell_labels.size(); ++c)
            out << "<th scope=\"col\" data-key=\"" << kReviewCells[c] << '"' << span << '>'
                << label(ctx, cell_labels[c], kReviewCells[c]) << "</th>";
    };

    out << "<div class=\"scroll\"><table class=\"t4\">\n<thead>\n<tr>";
    for (std::size_t g = 0; g < groups.size();) {
        std::size_t n = 1;
        while (g + n < groups.size() && !sub(groups[g]).empty() && top(groups[g + n]) == top(groups[g])) ++n;
        const std::string span = " colspan=\"" + std::to_string(5 * n) + '"';
        if (sub(groups[g]).empty())
            write_header(out, ctx, "scope=\"colgroup\"" + span, "", label(ctx, groups[g].label, groups[g].name_en),
                         group_key(groups[g]), groups[g].key);
        else
            out << "<th scope=\"colgroup\"" << span << '>' << text(top(groups[g])) << "</th>";
        g += n;
    }
    out << "</tr>\n<tr>";
    for (const ReviewGroupSpec& g : groups) {
        if (sub(g).empty()) cell_heads(" rowspan=\"2\"");
        else write_header(out, ctx, "scope=\"colgroup\" colspan=\"5\"", "", label(ctx, sub(g), g.name_en), group_key(g), g.key);
    }
    out << "</tr>\n<tr>";
    for (const ReviewGroupSpec& g : groups)
        if (!sub(g).empty()) cell_heads("");
    out << "</tr>\n</thead>\n<tbody>\n<tr>";
    for (std::size_t g = 0; g < groups.size(); ++g)
        for (std::size_t c = 0; c < kReviewCells.size(); ++c) {
            const std::size_t i = g * kReviewCells.size() + c;
            write_cell(out, ctx, i < r.values ? &r.cells[i] : nullptr,
                       group_key(groups[g]) + "." + std::string(kReviewCells[c]));
        }
    out << "</tr>\n</tbody>\n</table></div>\n";
}

void write_active_table(std::ostream& out, Context& ctx, const Report& report) {
    const ActiveDisclosure& active = report.active;
    const Template layout = active.layout != Template::unknown ? active.layout : report.layout;
    // The template's items in order, then those the report has besides.
    std::vector<std::pair<const ActiveItemSpec*, const ActiveItem*>> items;
    auto item_of = [&](std::string_view key) -> const ActiveItem* {
        for (const ActiveItem& item : active.items)
            if (item.key == key) return &item;
        return nullptr;
    };
    for (const ActiveItemSpec* spec : active_items(layout)) items.emplace_back(spec, item_of(spec->key));
    for (const ActiveItem& item : active.items) {
        if (std::any_of(items.begin(), items.end(), [&](const auto& p) { return p.second == &item; })) continue;
        const ActiveItemSpec* spec = nullptr;
        for (const ActiveItemSpec& s : active_item_specs())
            if (s.key == item.key) spec = &s;
        items.emplace_back(spec, &item);
    }
    std::size_t width = 3;
    for (const ActiveItem& item : active.items) width = std::max(width, item.columns.size());
    const std::string full = " colspan=\"" + std::to_string(width + 1) + '"';

    out << "<div class=\"scroll\"><table class=\"t2\">\n";
    for (const auto& [spec, item] : items) {
        const std::string item_key = spec ? std::string(spec->key) : item->key;
        const std::string key = item_key.empty() ? std::string() : "active_disclosure." + item_key;
        out << "<tbody>\n<tr>";
        write_header(out, ctx, "scope=\"colgroup\"" + full, "item", label(ctx, spec ? spec->caption : item->label, item_key),
                     key, item_key);
        out << "</tr>\n";
        if (!item) {
            out << "<tr><td" << full << " class=\"absent\">" << pick(ctx.lang, "报告中没有这一项", "not in the report")
                << "</td></tr>\n</tbody>\n";
            continue;
        }
        const std::size_t n = std::max<std::size_t>(item->columns.size(), 1);
        out << "<tr><th scope=\"col\">" << kActiveHeaderWord << "</th>";
        for (std::size_t c = 0; c < item->columns.size(); ++c) {
            const std::size_t span = width / n + (c < width % n ? 1 : 0);
            out << "<th scope=\"col\" data-key=\"" << attr(item->columns[c].key) << '"'
                << (span > 1 ? " colspan=\"" + std::to_string(span) + '"' : std::string()) << '>'
                << label(ctx, item->columns[c].label, item->columns[c].key) << "</th>";
        }
        out << "</tr>\n";
        // The template's rows of the item (drawn empty where the report lacks one), then the others.
        struct Line {
            std::string_view label, key;
            const ActiveRow* row;
        };
        std::vector<Line> lines;
        if (spec)
            for (const auto& [row_key, row_label] : spec->rows(layout)) {
                const ActiveRow* found = nullptr;
                for (const ActiveRow& row : item->rows)
                    if (!found && row.key == row_key) found = &row;
                lines.push_back({row_label, row_key, found});
            }
        for (const ActiveRow& row : item->rows)
            if (std::none_of(lines.begin(), lines.end(), [&](const Line& l) { return l.row == &row; }))
                lines.push_back({row.label, row.key, &row});
        for (const Line& line : lines) {
            const std::string row_path = line.key.empty() || key.empty() ? std::string() : key + "." + std::string(line.key);
            out << "<tr>";
            write_header(out, ctx, "scope=\"row\"", "", label(ctx, line.label, line.key), row_path, line.key);
            if (item->columns.empty()) out << "<td colspan=\"" << width << "\" class=\"missing\"></td>";
            for (std::size_t c = 0; c < item->columns.size(); ++c) {
                // A value under a wide header spans like it, as the template prints its
                // single-column items.
                const std::size_t span = width / n + (c < width % n ? 1 : 0);
                const CellValue* cell = line.row && c < line.row->cells.size() ? &line.row->cells[c] : nullptr;
                write_cell(out, ctx, cell, row_path.empty() ? std::string() : row_path + "." + item->columns[c].key,
                           span > 1 ? "colspan=\"" + std::to_string(span) + '"' : std::string());
            }
            out << "</tr>\n";
        }
        out << "</tbody>\n";
    }
    out << "</table></div>\n";
}

}  // namespace xxgk::detail::html
