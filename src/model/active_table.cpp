// Table 二: per item, a caption row (第二十条第（一）项), a header row (信息内容 …), data rows.
// Cells of a data row are taken by order, since data-row spans need not match the header's.
#include <algorithm>
#include <array>

#include "model/parts.hpp"
#include "labels/text.hpp"
#include "xxgk/model.hpp"

namespace xxgk::detail {
namespace {

std::string item_key(std::string_view norm) {
    for (const ActiveItemSpec& item : active_item_specs())
        if (contains(norm, item.caption_norm)) return std::string(item.key);
    return "";
}

// Province-added explanations follow the label in brackets: 规章(设区的市…应提供相关数据).
std::string without_remark(std::string norm) {
    std::size_t p = norm.find('(');
    if (p != std::string::npos && p > 0) norm.resize(p);
    return norm;
}

// The row a label names, if the item has that row in either template.
std::string row_key(const std::string& item, std::string_view label) {
    std::string norm = without_remark(normalize_label(label));
    if (item == "art20_9") return norm == kProcurementRow ? "centralized_procurement" : "";
    const ActiveItemSpec* spec = nullptr;
    for (const ActiveItemSpec& it : active_item_specs())
        if (it.key == item) spec = &it;
    if (!spec) return "";
    auto has = [&](std::string_view key) {
        for (Template t : {Template::t2019, Template::t2021})
            for (const auto& row : spec->rows(t))
                if (row.first == key) return true;
        return false;
    };
    for (const ActiveRowSpec& r : active_row_specs())
        if (norm == r.label && has(r.key)) return std::string(r.key);
    return "";
}

bool row_is_empty(const DocRow& row) {
    for (const auto& c : row.cells)
        if (!trim(c.text).empty()) return false;
    return true;
}

}  // namespace

void build_active(const Rows& rows, ActiveDisclosure& table) {
    int votes2019 = 0, votes2021 = 0;
    ActiveItem* item = nullptr;
    for (const DocRow* row : rows) {
        if (row_is_empty(*row)) continue;
        std::string first = normalize_label(row->cells[0].text);
        std::string key = item_key(first);
        if (!key.empty() || contains(first, kActiveCaptionPrefix)) {
            table.items.push_back(ActiveItem{key, printed_label(row->cells[0].text), row->pos, {}, {}});
            item = &table.items.back();
            continue;
        }
        if (!item) continue;
        if (starts_with(first, kActiveHeaderWord)) {
            item->columns.clear();
            // Empty cells after the last label pad a merged header cell (OCR grids): no column.
            std::size_t end = row->cells.size();
            while (end > 1 && trim(row->cells[end - 1].text).empty()) --end;
            for (std::size_t i = 1; i < end; ++i) {
                std::string norm = normalize_label(row->cells[i].text);
                ActiveColumn col{"col_" + std::to_string(i), printed_label(row->cells[i].text)};
                for (const ActiveColumnSpec& k : active_column_specs()) {
                    if (!contains(norm, k.fragment)) continue;
                    col.key = std::string(k.key);
                    (k.layout == Template::t2019 ? votes2019 : votes2021)++;
                    break;
                }
                item->columns.push_back(std::move(col));
            }
            continue;
        }
        ActiveRow data{row_key(item->key, row->cells[0].text), printed_label(row->cells[0].text),
                       row->pos, {}};
        data.assumed = row->recovered;
        for (std::size_t c = 0; c < item->columns.size(); ++c) {
            const ActiveColumnSpec* spec = active_column_spec(item->columns[c].key);
            const bool money = spec && spec->money, is_signed = spec && spec->is_signed;
            if (c + 1 < row->cells.size()) {
                const DocCell& cell = row->cells[c + 1];
                data.cells.push_back(read_cell(cell, is_signed, money));
            } else {
                CellValue missing;
                missing.unreadable = true;
                missing.problem = "the row has no cell for this column";
                missing.pos = row->pos;
                data.cells.push_back(std::move(missing));
            }
        }
        if (!data.key.empty() &&
            std::any_of(item->rows.begin(), item->rows.end(), [&](const ActiveRow& r) { return r.key == data.key; }))
            data.repeats = std::move(data.key);  // printed again in the same item
        item->rows.push_back(std::move(data));
    }
    // A second copy of the table: its items come again.
    for (std::size_t i = 0; i < table.items.size(); ++i)
        for (std::size_t j = 0; j < i && !table.items[i].key.empty(); ++j)
            if (table.items[j].key == table.items[i].key && !table.items[j].repeated) table.items[i].repeated = true;
    table.present = false;
    for (const auto& item : table.items) table.present = table.present || !item.key.empty();
    if (table.present) table.pos = table.items.front().pos;
    table.layout = votes2021 > votes2019   ? Template::t2021
                   : votes2019 > votes2021 ? Template::t2019
                                           : Template::unknown;
}

}  // namespace xxgk::detail
