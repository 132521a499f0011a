// Table 二: per item, a caption row (第二十条第（一）项), a header row (信息内容 …), data rows.
// Cells of a data row are taken by order, since data-row spans need not match the header's.
#include <array>

#include "model/parts.hpp"
#include "model/text_util.hpp"
#include "xxgk/model.hpp"

namespace xxgk::detail {
namespace {

struct Known {
    std::string_view label;  // normalized label fragment
    std::string_view key;
    Template layout;  // which template prints it (unknown: both)
};

// Order matters: more specific fragments first.
constexpr std::array<Known, 13> kColumns = {{
    {"本年新制作", "new_made", Template::t2019},
    {"本年新公开", "new_published", Template::t2019},
    {"对外公开总", "total_published", Template::t2019},
    {"上一年项目", "previous_count", Template::t2019},
    {"增/减", "change", Template::t2019},
    {"本年处理决定", "decisions", Template::t2021},
    {"处理决定", "decisions", Template::t2019},
    {"采购项目", "procurement_items", Template::t2019},
    {"采购总金额", "procurement_amount", Template::t2019},
    {"制发", "issued", Template::t2021},
    {"废止", "repealed", Template::t2021},
    {"现行有效", "in_force", Template::t2021},
    {"收费金额", "fee_amount", Template::t2021},
}};

constexpr std::array<Known, 8> kRows = {{
    {"规章", "regulations", Template::unknown},
    {"规范性文件", "normative_documents", Template::t2019},
    {"行政规范性文件", "normative_documents", Template::t2021},
    {"行政许可", "administrative_licensing", Template::unknown},
    {"其他对外管理服务事项", "other_management_services", Template::t2019},
    {"行政处罚", "administrative_penalty", Template::unknown},
    {"行政强制", "administrative_coercion", Template::unknown},
    {"行政事业性收费", "administrative_fees", Template::unknown},
}};
constexpr std::string_view kProcurementRow = "政府集中采购";

std::string item_key(std::string_view norm) {
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 5> items = {{
        {"第二十条第(一)项", "art20_1"}, {"第二十条第(五)项", "art20_5"},
        {"第二十条第(六)项", "art20_6"}, {"第二十条第(八)项", "art20_8"},
        {"第二十条第(九)项", "art20_9"},
    }};
    for (auto [label, key] : items)
        if (contains(norm, label)) return std::string(key);
    return "";
}

// Province-added explanations follow the label in brackets: 规章(设区的市…应提供相关数据).
std::string without_remark(std::string norm) {
    std::size_t p = norm.find('(');
    if (p != std::string::npos && p > 0) norm.resize(p);
    return norm;
}

std::string row_key(const std::string& item, std::string_view label) {
    std::string norm = without_remark(normalize_label(label));
    if (item == "art20_9") return norm == kProcurementRow ? "centralized_procurement" : "";
    static const std::array<std::pair<std::string_view, std::array<std::string_view, 2>>, 4>
        rows_of = {{{"art20_1", {"regulations", "normative_documents"}},
                    {"art20_5", {"administrative_licensing", "other_management_services"}},
                    {"art20_6", {"administrative_penalty", "administrative_coercion"}},
                    {"art20_8", {"administrative_fees", ""}}}};
    for (const auto& r : kRows) {
        if (norm != r.label) continue;
        for (const auto& [it, keys] : rows_of)
            if (it == item && (keys[0] == r.key || keys[1] == r.key)) return std::string(r.key);
    }
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
        if (!key.empty() || contains(first, "第二十条第")) {
            table.items.push_back(ActiveItem{key, printed_label(row->cells[0].text), row->pos, {}, {}});
            item = &table.items.back();
            continue;
        }
        if (!item) continue;
        if (starts_with(first, "信息内容")) {
            item->columns.clear();
            // Empty cells after the last label pad a merged header cell (OCR grids): no column.
            std::size_t end = row->cells.size();
            while (end > 1 && trim(row->cells[end - 1].text).empty()) --end;
            for (std::size_t i = 1; i < end; ++i) {
                std::string norm = normalize_label(row->cells[i].text);
                ActiveColumn col{"col_" + std::to_string(i), printed_label(row->cells[i].text)};
                for (const auto& k : kColumns) {
                    if (!contains(norm, k.label)) continue;
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
        for (std::size_t c = 0; c < item->columns.size(); ++c) {
            const std::string& ck = item->columns[c].key;
            bool money = ck == "procurement_amount" || ck == "fee_amount";
            if (c + 1 < row->cells.size()) {
                const DocCell& cell = row->cells[c + 1];
                data.cells.push_back(parse_cell(cell.text, cell.pos, ck == "change", money));
            } else {
                CellValue missing;
                missing.unreadable = true;
                missing.problem = "the row has no cell for this column";
                missing.pos = row->pos;
                data.cells.push_back(std::move(missing));
            }
        }
        item->rows.push_back(std::move(data));
    }
    table.present = false;
    for (const auto& item : table.items) table.present = table.present || !item.key.empty();
    if (table.present) table.pos = table.items.front().pos;
    table.layout = votes2021 > votes2019   ? Template::t2021
                   : votes2019 > votes2021 ? Template::t2019
                                           : Template::unknown;
}

}  // namespace xxgk::detail
