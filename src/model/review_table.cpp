// Table 四: header rows of labels, then 15 numbers in template order (three groups of five).
// The numbers may stand in one row or be spread over several; labels are not needed to map
// them, the order is fixed by the template.

#include "model/parts.hpp"
#include "labels/text.hpp"
#include "xxgk/model.hpp"

namespace xxgk::detail {
namespace {

bool is_label(std::string_view text) {
    std::string n = normalize_label(text);
    for (std::string_view w : review_label_words())
        if (contains(n, w)) return true;
    return false;
}

// The value cells of a row: those after its last label cell, if one of them is a number or
// all of them are placeholders. A header row has none; nor has a row of empty cells (Word's
// trailing row) or of prose. A row of `-` placeholders has five blank values.
std::vector<const DocCell*> row_values(const DocRow& row) {
    std::size_t first = 0;
    for (std::size_t i = 0; i < row.cells.size(); ++i)
        if (is_label(row.cells[i].text)) first = i + 1;
    std::vector<const DocCell*> out;
    bool number = false, placeholders_only = true, any = false;
    for (std::size_t i = first; i < row.cells.size(); ++i) {
        out.push_back(&row.cells[i]);
        CellValue v = parse_cell(row.cells[i].text, {}, true, true);
        number = number || v.value.has_value();
        placeholders_only = placeholders_only && v.blank;
        any = any || !trim(row.cells[i].text).empty();
    }
    if (!any || !(number || placeholders_only)) out.clear();
    return out;
}

}  // namespace

void build_review(const Rows& rows, ReviewLitigation& table) {
    std::vector<const DocCell*> values;
    std::vector<bool> recovered;  // per value: its row was split assuming its sums
    for (const DocRow* row : rows) {
        if (!table.pos.known()) table.pos = row->pos;
        for (const DocCell* c : row_values(*row)) values.push_back(c);
        recovered.resize(values.size(), row->recovered);
    }
    table.present = !values.empty();
    table.printed_twice = values.size() == 30;
    table.complete = values.size() == 15 || table.printed_twice;
    table.values = values.size();
    if (table.printed_twice)
        for (std::size_t i = 0; i < 15; ++i)
            table.second[i] = parse_cell(values[15 + i]->text, values[15 + i]->pos, false, false);
    for (std::size_t i = 0; i < 15; ++i) {
        table.labels[i] = std::string(review_group_specs()[i / 5].label) + " " + std::string(review_cell_labels()[i % 5]);
        if (i < values.size()) {
            table.cells[i] = parse_cell(values[i]->text, values[i]->pos, false, false);
            table.recovered[i / 5] = table.recovered[i / 5] || recovered[i];
        } else {
            table.cells[i].unreadable = true;
            table.cells[i].problem = "the table has no cell for this column";
            table.cells[i].pos = table.pos;
        }
    }
}

}  // namespace xxgk::detail
