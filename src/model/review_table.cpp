// Table 四: header rows of labels, then 15 numbers in template order (three groups of five).
// The numbers may stand in one row or be spread over several; labels are not needed to map
// them, the order is fixed by the template.
#include <array>

#include "model/parts.hpp"
#include "model/text_util.hpp"
#include "xxgk/model.hpp"

namespace xxgk::detail {
namespace {

constexpr std::array<std::string_view, 3> kGroupLabels = {
    "行政复议", "行政诉讼 未经复议直接起诉", "行政诉讼 复议后起诉"};
constexpr std::array<std::string_view, 5> kCellLabels = {
    "结果维持", "结果纠正", "其他结果", "尚未审结", "总计"};

// Words of table 四's header cells; text without any of them in a value position is a value
// that could not be read ("约5"), not a label.
constexpr std::array<std::string_view, 9> kLabelWords = {
    "复议", "诉讼", "起诉", "结果", "维持", "纠正", "尚未", "审结", "总计"};

bool is_label(std::string_view text) {
    std::string n = normalize_label(text);
    for (auto w : kLabelWords)
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
    table.complete = values.size() == 15;
    table.values = values.size();
    for (std::size_t i = 0; i < 15; ++i) {
        table.labels[i] = std::string(kGroupLabels[i / 5]) + " " + std::string(kCellLabels[i % 5]);
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
