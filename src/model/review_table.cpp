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

bool is_label_row(const DocRow& row) {
    for (const auto& c : row.cells) {
        std::string n = normalize_label(c.text);
        if (!n.empty() && !parse_cell(c.text, {}, false, false).value &&
            !parse_cell(c.text, {}, false, false).blank)
            return true;
    }
    return false;
}

bool has_number(const DocRow& row) {
    for (const auto& c : row.cells)
        if (parse_cell(c.text, {}, true, true).value) return true;
    return false;
}

}  // namespace

void build_review(const Rows& rows, ReviewLitigation& table) {
    std::vector<const DocCell*> values;
    for (const DocRow* row : rows) {
        if (table.pos.line == 0 && table.pos.paragraph == 0) table.pos = row->pos;
        if (!has_number(*row) || is_label_row(*row)) continue;
        for (const auto& c : row->cells) values.push_back(&c);
    }
    table.present = !values.empty();
    table.complete = values.size() == 15;
    for (std::size_t i = 0; i < 15; ++i) {
        table.labels[i] = std::string(kGroupLabels[i / 5]) + " " + std::string(kCellLabels[i % 5]);
        if (i < values.size()) {
            table.cells[i] = parse_cell(values[i]->text, values[i]->pos, false, false);
        } else {
            table.cells[i].unreadable = true;
            table.cells[i].problem = "the table has no cell for this column";
            table.cells[i].pos = table.pos;
        }
    }
}

}  // namespace xxgk::detail
