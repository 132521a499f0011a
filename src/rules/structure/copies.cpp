#include "rules/structure/copies.hpp"

#include <fmt/format.h>

#include "xxgk/template.hpp"

namespace xxgk::detail {
namespace {

// The same number, or both blank, or the same unreadable text.
bool same(const CellValue& a, const CellValue& b) {
    if (a.value || b.value) return a.value == b.value;
    if (a.blank || b.blank) return a.blank == b.blank;
    return a.raw == b.raw;
}

void compare(const CellValue& a, const CellValue& b, std::string zh, std::string en, Copies& out) {
    if (!same(a, b)) out.differences.push_back({std::move(zh), std::move(en), a.raw, b.raw});
}

void active_copies(const Report& r, std::vector<Copies>& out) {
    // Rows printed again inside an item, then items printed again (table 二 twice).
    for (std::size_t i = 0; i < r.active.items.size(); ++i) {
        const ActiveItem& item = r.active.items[i];
        const ActiveItem* first_item = &item;
        if (item.repeated)
            for (std::size_t j = 0; j < i; ++j)
                if (r.active.items[j].key == item.key && !r.active.items[j].repeated) {
                    first_item = &r.active.items[j];
                    break;
                }
        for (const ActiveRow& row : item.rows) {
            const std::string& key = row.repeats.empty() ? row.key : row.repeats;
            if (key.empty() || (row.repeats.empty() && !item.repeated)) continue;
            const ActiveRow* first = nullptr;
            for (const ActiveRow& candidate : first_item->rows)
                if (candidate.key == key) {
                    first = &candidate;
                    break;
                }
            if (!first || first == &row) continue;
            Copies c{"active_disclosure", item.key + "." + key,
                     fmt::format("表二「{}」「{}」行", item.label, row.label),
                     fmt::format("table 二 \"{}\" row \"{}\"", item.label, row.label), first->pos, row.pos, {}};
            for (std::size_t k = 0; k < item.columns.size() && k < row.cells.size() && k < first->cells.size(); ++k)
                compare(first->cells[k], row.cells[k], item.columns[k].label, item.columns[k].label, c);
            out.push_back(std::move(c));
        }
    }
}

void application_copies(const Report& r, std::vector<Copies>& out) {
    for (const ApplicationRow& row : r.applications.rows) {
        if (row.repeats.empty()) continue;
        const ApplicationRow* first = r.applications.row(row.repeats);
        if (!first) continue;
        Copies c{"applications", row.repeats, fmt::format("表三「{}」行", row.label),
                 fmt::format("table 三 row \"{}\"", row.label), first->pos, row.pos, {}};
        for (std::size_t k = 0; k < kApplicantColumns.size(); ++k)
            compare(first->cells[k], row.cells[k], std::string(applicant_column_label(kApplicantColumns[k])),
                    std::string(applicant_column_label_en(kApplicantColumns[k])), c);
        out.push_back(std::move(c));
    }
}

void review_copies(const Report& r, std::vector<Copies>& out) {
    if (!r.review.printed_twice) return;
    Copies c{"review_litigation", "", "表四", "table 四", r.review.cells[0].pos, r.review.second[0].pos, {}};
    for (std::size_t i = 0; i < 15; ++i) {
        const ReviewGroupSpec& group = review_group_specs()[i / 5];
        compare(r.review.cells[i], r.review.second[i],
                fmt::format("{}「{}」", group.name_zh, review_cell_labels()[i % 5]),
                fmt::format("{} {}", group.name_en, kReviewCells[i % 5]), c);
    }
    out.push_back(std::move(c));
}

std::string shown(const std::string& raw, const char* blank) { return raw.empty() ? blank : raw; }

}  // namespace

std::vector<Copies> find_copies(const Report& r) {
    std::vector<Copies> out;
    active_copies(r, out);
    application_copies(r, out);
    review_copies(r, out);
    return out;
}

std::string differences_zh(const Copies& c) {
    std::string s;
    for (const CellDifference& d : c.differences)
        s += fmt::format("{}{} {} 与 {}", s.empty() ? "" : "；", d.column_zh, shown(d.first, "空白"), shown(d.second, "空白"));
    return s;
}

std::string differences_en(const Copies& c) {
    std::string s;
    for (const CellDifference& d : c.differences)
        s += fmt::format("{}{} {} vs {}", s.empty() ? "" : "; ", d.column_en, shown(d.first, "blank"), shown(d.second, "blank"));
    return s;
}

}  // namespace xxgk::detail
