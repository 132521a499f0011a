// A cell of the model by its canonical key.
#include <string>

#include "xxgk/report.hpp"

namespace xxgk {
namespace {

int index_of(auto const& list, std::string_view key) {
    for (std::size_t i = 0; i < list.size(); ++i)
        if (list[i] == key) return static_cast<int>(i);
    return -1;
}

}  // namespace

const ApplicationRow* Applications::row(std::string_view key) const {
    // Sizes first: comparing a string with a string_view compares their bytes even when the
    // sizes differ, and every identity term looks a row up.
    for (const auto& r : rows)
        if (r.key.size() == key.size() && r.key == key) return &r;
    return nullptr;
}

namespace {

// The cell under a canonical key, or null; its printed label goes to *label when asked for.
const CellValue* find_cell(const Report& r, std::string_view key, std::string* label) {
    auto take = [&](std::string_view& rest) {
        std::size_t dot = rest.find('.');
        std::string_view head = rest.substr(0, dot);
        rest = dot == std::string_view::npos ? std::string_view{} : rest.substr(dot + 1);
        return head;
    };
    std::string_view rest = key;
    std::string_view table = take(rest);
    if (table == "applications") {
        // Row keys contain dots themselves: the column is the last part.
        std::size_t dot = rest.rfind('.');
        if (dot == std::string_view::npos) return nullptr;
        const ApplicationRow* row = r.applications.row(rest.substr(0, dot));
        int col = index_of(kApplicantColumns, rest.substr(dot + 1));
        if (!row || col < 0) return nullptr;
        if (label) *label = row->label;
        return &row->cells[col];
    }
    if (table == "review_litigation") {
        int g = index_of(kReviewGroups, take(rest));
        int c = index_of(kReviewCells, rest);
        if (!r.review.complete || g < 0 || c < 0) return nullptr;
        if (label) *label = r.review.labels[g * 5 + c];
        return &r.review.cells[g * 5 + c];
    }
    if (table == "active_disclosure") {
        std::string_view item_key = take(rest), row_key = take(rest), col_key = rest;
        for (const auto& item : r.active.items) {
            if (item.key != item_key || item.repeated) continue;
            int c = -1;
            for (std::size_t i = 0; i < item.columns.size(); ++i)
                if (item.columns[i].key == col_key) c = static_cast<int>(i);
            for (const auto& row : item.rows) {
                if (row.key == row_key && c >= 0 && c < static_cast<int>(row.cells.size())) {
                    if (label) *label = row.label + " " + item.columns[c].label;
                    return &row.cells[c];
                }
            }
        }
    }
    return nullptr;
}

}  // namespace

Report::CellRef Report::lookup(std::string_view key) const {
    CellRef ref;
    ref.cell = find_cell(*this, key, &ref.label);
    return ref;
}

const CellValue* Report::cell_at(std::string_view key) const { return find_cell(*this, key, nullptr); }

}  // namespace xxgk
