// The numeric cells of tables 二, 三 and 四, in report order, for the cell rules.
#include "rules/cells/cells.hpp"

namespace xxgk::detail {

void for_each_cell(const Report& r, const std::function<bool(const CellValue&, bool)>& wanted,
                   const std::function<void(const std::string&, const std::string&, const CellValue&)>& visit) {
    // Second copies are compared by printed-twice, not visited again.
    for (const auto& item : r.active.items) {
        if (item.repeated) continue;
        for (const auto& row : item.rows) {
            if (!row.repeats.empty()) continue;
            for (std::size_t c = 0; c < row.cells.size() && c < item.columns.size(); ++c) {
                const ActiveColumnSpec* spec = active_column_spec(item.columns[c].key);
                if (!wanted(row.cells[c], spec && spec->is_signed)) continue;
                visit("active_disclosure." + item.key + "." + (row.key.empty() ? "unknown" : row.key) + "." +
                          item.columns[c].key,
                      row.label + " " + item.columns[c].label, row.cells[c]);
            }
        }
    }
    for (const auto& row : r.applications.rows) {
        if (!row.repeats.empty()) continue;
        for (std::size_t c = 0; c < kApplicantColumns.size(); ++c)
            if (wanted(row.cells[c], false))
                visit("applications." + (row.key.empty() ? "unknown" : row.key) + "." + std::string(kApplicantColumns[c]),
                      row.label, row.cells[c]);
    }
    if (r.review.complete)
        for (std::size_t i = 0; i < 15; ++i)
            if (wanted(r.review.cells[i], false))
                visit("review_litigation." + std::string(kReviewGroups[i / 5]) + "." + std::string(kReviewCells[i % 5]),
                      r.review.labels[i], r.review.cells[i]);
}

namespace {

// Blank, and so known to hold nothing: an unreadable cell holds something.
bool empty(const CellValue& c) { return !c.value && !c.unreadable; }

}  // namespace

std::vector<std::string_view> blank_tables(const Report& r) {
    std::vector<std::string_view> out;
    bool any_row = false, all_blank = true;
    for (const auto& item : r.active.items)
        for (const auto& row : item.rows) {
            any_row = true;
            for (const auto& c : row.cells) all_blank = all_blank && empty(c);
        }
    if (r.active.present && any_row && all_blank) out.push_back("active_disclosure");
    all_blank = true;
    for (const auto& row : r.applications.rows)
        for (const auto& c : row.cells) all_blank = all_blank && empty(c);
    if ((r.applications.present || r.applications.pos.known()) && all_blank) out.push_back("applications");
    // Table 四 with no value cell is not `present`, but its rows were seen (its pos is known).
    all_blank = true;
    if (r.review.present)
        for (const auto& c : r.review.cells) all_blank = all_blank && empty(c);
    if (r.review.pos.known() && all_blank) out.push_back("review_litigation");
    return out;
}

}  // namespace xxgk::detail
