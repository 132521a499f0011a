// row-split-ambiguous: in flattened text, table-三 rows whose runs of glued digits can be cut in
// more than one way that satisfies every identity (two rows printed 121000013, whose readings
// can be swapped). A limit of the input: one note for the table naming each row and its
// readings; their cells are not verified, never guessed; every other identity is checked.
#include <fmt/format.h>

#include "rules/support.hpp"
#include "xxgk/identity.hpp"

namespace xxgk::rules {
namespace {

std::string joined(const std::vector<std::string>& readings, std::string_view between) {
    std::string out;
    for (const std::string& r : readings) out += (out.empty() ? "" : std::string(between)) + r;
    return out;
}

void check(const Report& report, const CheckOptions&, FindingSink& sink) {
    std::string rows_zh, rows_en;
    std::size_t rows = 0;
    std::vector<NoteCell> cells;
    for (const ApplicationRow& row : report.applications.rows) {
        if (row.readings.empty()) continue;
        ++rows;
        const std::string& run = row.cells[0].raw;
        rows_zh += fmt::format("{}「{}」“{}”可读作 {}", rows_zh.empty() ? "" : "；", row.label, run,
                               joined(row.readings, " 或 "));
        rows_en += fmt::format("{}row \"{}\" \"{}\" reads {}", rows_en.empty() ? "" : "; ", row.label, run,
                               joined(row.readings, " or "));
        const std::string key = row.key.empty() ? "unknown" : row.key;
        for (std::size_t c = 0; c < kApplicantColumns.size(); ++c)
            cells.push_back({application_cell(key, kApplicantColumns[c]), row.label, row.cells[c].raw, row.cells[c].pos});
    }
    if (rows == 0) return;
    const std::size_t n = cells.size();
    Finding& f = sink.add(
        fmt::format("表三有 {} 行的连写数字不止一种拆法满足全部等式，无法确定：{}；这 {} 个单元格未核对，表三其余等式照常核对",
                    rows, rows_zh, n),
        fmt::format("table 三: the digit runs of {} row{} can be split in more than one way that satisfies every "
                    "identity: {}; these {} cells were not verified, every other identity was checked",
                    rows, rows == 1 ? "" : "s", rows_en, n),
        cells.front().pos);
    f.table = "applications";
    f.cells = std::move(cells);
    f.not_verified = true;
}

}  // namespace

extern const Rule kRowSplitAmbiguous = {
    {.code = "XG230",
     .name = "row-split-ambiguous",
     .severity = Severity::note,
     .summary_zh = "抓取的页面丢失了单元格边界，表三某些行的连写数字有多种拆法都满足全部等式：这些行未核对（输入的局限，不是报告的错误）",
     .summary_en = "The page lost the cell boundaries and some table 3 rows' digit runs can be split in several ways "
                   "that satisfy every identity: those rows were not checked (a limit of the input, not a defect)",
     .status = RuleStatus::preview,
     .bad_example = "broken-row-split-ambiguous.txt",
     .good_example = "clean-2019.txt"},
    check};

}  // namespace xxgk::rules
