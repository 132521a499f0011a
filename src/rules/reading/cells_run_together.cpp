// cells-run-together: in flattened text, a row whose cells the page ran into one run of digits
// that no identity or plausibility could split (582143 for 制发/废止/现行有效). A limit of the
// input, not a defect: one note per row, with the run as printed; its rules were not checked.
#include <fmt/format.h>

#include <span>

#include "rules/support.hpp"
#include "xxgk/identity.hpp"

namespace xxgk::rules {
namespace {

// The run (every lost cell of a row holds the same one) and how many cells share it.
struct Lost {
    std::string run;
    std::size_t cells = 0;
    Position pos;
    std::vector<NoteCell> keys;  // the cells, not verified
};

// `key(c)`: the canonical key of the c-th cell; `label`: the row's printed label.
template <typename Key>
Lost lost_in(std::span<const CellValue> cells, const std::string& label, Key key) {
    Lost out;
    for (std::size_t c = 0; c < cells.size(); ++c)
        if (cells[c].run_together) {
            if (out.cells++ == 0) {
                out.run = cells[c].raw;
                out.pos = cells[c].pos;
            }
            out.keys.push_back({key(c), label, cells[c].raw, cells[c].pos});
        }
    return out;
}

void add(FindingSink& sink, Lost lost, const std::string& name_zh, const std::string& name_en,
         std::string table, std::string row) {
    Finding& f = sink.add(
        fmt::format("{}：页面丢失了这一行的单元格边界，{} 个单元格无法区分（{}），该行的规则未核对", name_zh, lost.cells,
                    lost.run),
        fmt::format("{}: the page lost the cell boundaries of this row; its {} cells could not be told apart ({}); "
                    "its rules were not checked",
                    name_en, lost.cells, lost.run),
        lost.pos);
    f.table = std::move(table);
    f.row = std::move(row);
    f.cells = std::move(lost.keys);
    f.not_verified = true;
}

void check(const Report& report, const CheckOptions&, FindingSink& sink) {
    for (const ActiveItem& item : report.active.items)
        for (const ActiveRow& row : item.rows) {
            const std::string prefix = "active_disclosure." + item.key + "." + (row.key.empty() ? "unknown" : row.key) + ".";
            auto key = [&](std::size_t c) {
                return prefix + (c < item.columns.size() ? item.columns[c].key : std::to_string(c + 1));
            };
            if (Lost lost = lost_in(row.cells, row.label, key); lost.cells > 0)
                add(sink, std::move(lost), fmt::format("表二「{}」「{}」行", item.label, row.label),
                    fmt::format("table 二 \"{}\" row \"{}\"", item.label, row.label), "active_disclosure",
                    item.key + "." + (row.key.empty() ? "unknown" : row.key));
        }
    for (const ApplicationRow& row : report.applications.rows) {
        if (!row.readings.empty()) continue;  // row-split-ambiguous names its readings
        const std::string row_key = row.key.empty() ? "unknown" : row.key;
        auto key = [&](std::size_t c) { return application_cell(row_key, kApplicantColumns[c]); };
        if (Lost lost = lost_in(row.cells, row.label, key); lost.cells > 0)
            add(sink, std::move(lost), fmt::format("表三「{}」行", row.label), fmt::format("table 三 row \"{}\"", row.label),
                "applications", row_key);
    }
    if (!report.review.complete) return;
    const std::span<const ReviewGroupSpec> groups = review_group_specs();
    for (std::size_t g = 0; g < groups.size(); ++g) {
        auto key = [&](std::size_t c) {
            return "review_litigation." + std::string(kReviewGroups[g]) + "." + std::string(kReviewCells[c]);
        };
        if (Lost lost = lost_in(std::span(report.review.cells).subspan(g * 5, 5), report.review.labels[g * 5], key);
            lost.cells > 0)
            add(sink, std::move(lost), fmt::format("表四「{}」", groups[g].name_zh), fmt::format("table 四 \"{}\"", groups[g].name_en),
                "review_litigation", std::string(kReviewGroups[g]));
    }
}

}  // namespace

extern const Rule kCellsRunTogether = {
    {.code = "XG216",
     .name = "cells-run-together",
     .severity = Severity::note,
     .summary_zh = "抓取的页面丢失了某行的单元格边界，连写数字无法拆分：该行未核对（输入的局限，不是报告的错误）",
     .summary_en = "The page lost a row's cell boundaries and its run of digits could not be split: the row was not "
                   "checked (a limit of the input, not a defect)",
     .status = RuleStatus::preview,
     .bad_example = "broken-cells-run-together.txt",
     .good_example = "clean-2021.txt"},
    check};

}  // namespace xxgk::rules
