// Table 三: header rows, then data rows whose last 7 cells are the applicant columns and whose
// leading cells are labels; a group label (（三）不予公开) stands only in its group's first row.
#include <algorithm>

#include "model/parts.hpp"
#include "labels/text.hpp"
#include "xxgk/model.hpp"

namespace xxgk::detail {
namespace {

bool looks_numeric(std::string_view text);

// Whether the text may hold a CJK ideograph: a lead byte E4..E9 (U+4000..U+9FFF). Without
// one it holds none of the header words, normalized or not (normalizing makes ideographs only
// of ideographs).
bool has_ideograph(std::string_view text) {
    return std::any_of(text.begin(), text.end(), [](char c) {
        return static_cast<unsigned char>(c) >= 0xE4 && static_cast<unsigned char>(c) <= 0xE9;
    });
}

bool is_header_row(const DocRow& row) {
    // Generic OCR headers (数据1 … 数据6, 合计): seven value positions holding only words.
    if (row.cells.size() >= 7) {
        bool words = true;
        for (std::size_t i = row.cells.size() - 7; i < row.cells.size() && words; ++i) {
            const std::string& t = row.cells[i].text;
            words = !trim(t).empty() && !looks_numeric(t) && !parse_cell(t, {}, false, false).blank;
        }
        if (words) return true;
    }
    for (const auto& c : row.cells) {
        if (!has_ideograph(c.text)) continue;  // a number, with stray spaces at most
        const std::string n = normalize_label(c.text);
        for (std::string_view word : application_header_words())
            if (contains(n, word)) return true;
    }
    return false;
}

// A sub-item label starts with an item number: "1.属于国家秘密", "3.其他".
bool is_sub_item(std::string_view norm) {
    return norm.size() >= 2 && norm[0] >= '1' && norm[0] <= '9' &&
           (norm[1] == '.' || starts_with(norm.substr(1), "、"));
}

std::string key_for(std::string_view leaf, std::string_view group) {
    for (const LabelFragment& f : application_row_fragments())
        if (contains(leaf, f.fragment)) return std::string(f.key);
    // Shortened labels keep their numbers: "(六)其他", "(七)合计".
    if (starts_with(leaf, kOtherGroupPrefix)) return "other";
    if (starts_with(leaf, kTotalGroupPrefix)) return "results_total";
    if (is_sub_item(leaf) && contains(leaf, kOtherWord) && starts_with(group, kOtherGroupPrefix)) return "other.other";
    return "";
}

bool looks_numeric(std::string_view text) {
    if (!may_have_value(text)) return false;  // most labels: no need to parse them
    CellValue v = parse_cell(text, {}, true, true);
    return v.value.has_value();
}

// A row with a label the template does not know (5.属于三类内部事物信息), between two rows it
// does, where exactly one template row is missing: that row, its label misspelt. Named by its
// place, and marked so (a note says so); anything less certain stays an unknown row.
void name_by_position(Applications& table) {
    if (table.layout == Template::unknown) return;
    const std::vector<std::string>& keys = application_row_keys(table.layout);
    auto index_of = [&](const std::string& key) {
        return static_cast<int>(std::find(keys.begin(), keys.end(), key) - keys.begin());
    };
    for (std::size_t i = 0; i < table.rows.size(); ++i) {
        if (!table.rows[i].key.empty() || i == 0 || i + 1 >= table.rows.size()) continue;
        const std::string& before = table.rows[i - 1].key;
        const std::string& after = table.rows[i + 1].key;
        if (before.empty() || after.empty()) continue;
        const int a = index_of(before), b = index_of(after);
        if (b - a != 2 || b >= static_cast<int>(keys.size())) continue;
        const std::string& missing = keys[static_cast<std::size_t>(a + 1)];
        if (table.row(missing)) continue;
        table.rows[i].key = missing;
        table.rows[i].named_by_position = true;
    }
}

}  // namespace

void build_applications(const Rows& rows, Applications& table) {
    std::string group_norm, group_printed;  // the current （一）…（七） group
    for (const DocRow* row : rows) {
        if (!table.pos.known()) table.pos = row->pos;
        if (is_header_row(*row)) continue;
        const auto& cells = row->cells;
        std::size_t label_count = cells.size() >= 8 ? cells.size() - 7 : 0;
        // More numbers than the 7 columns after the labels (a table with extra columns, or
        // 10,000 of them): which 7 are meant cannot be known, so none is read as one.
        std::size_t first_value = 0;
        while (first_value < cells.size() && !looks_numeric(cells[first_value].text)) ++first_value;
        const std::size_t value_cells = cells.size() - first_value;
        const bool too_many = first_value > 0 && value_cells > 7;
        if (too_many) label_count = first_value;
        if (cells.size() < 8) {
            // A row without 7 value cells: a label row of its own, or a row that lost cells.
            while (label_count < cells.size() && !looks_numeric(cells[label_count].text) &&
                   !trim(cells[label_count].text).empty())
                ++label_count;
        }
        std::vector<std::pair<std::string, std::string>> labels;  // normalized, printed
        for (std::size_t i = 0; i < label_count; ++i) {
            std::string printed = printed_label(cells[i].text);
            if (!printed.empty()) labels.emplace_back(normalize_label(printed), printed);
        }
        if (labels.empty()) continue;
        for (const auto& [norm, printed] : labels) {
            if (starts_with(norm, "(")) {
                group_norm = norm;
                group_printed = printed;
            } else if (!is_sub_item(norm)) {
                group_norm.clear();
                group_printed.clear();
            }
        }
        if (label_count == cells.size()) continue;  // a group label row without numbers
        const auto& [leaf_norm, leaf_printed] = labels.back();
        ApplicationRow out;
        out.key = key_for(leaf_norm, group_norm);
        out.label = is_sub_item(leaf_norm) && !group_printed.empty()
                        ? group_printed + " " + leaf_printed
                        : leaf_printed;
        out.pos = row->pos;
        out.recovered = row->recovered;
        out.readings = row->readings;
        for (std::size_t c = 0; c < 7; ++c) {
            std::size_t i = label_count + c;
            if (too_many) {
                out.cells[c] = read_cell(cells[i], false, false);
                out.cells[c].value.reset();
                out.cells[c].blank = false;
                out.cells[c].unreadable = true;
                out.cells[c].problem = "the row has more value cells than the template's 7";
            } else if (i < cells.size()) {
                out.cells[c] = read_cell(cells[i], false, false);
            } else {
                out.cells[c].unreadable = true;
                out.cells[c].problem = "the row has no cell for this column";
                out.cells[c].pos = row->pos;
            }
        }
        if (!out.key.empty() && table.row(out.key)) out.repeats = std::move(out.key);  // printed again
        table.rows.push_back(std::move(out));
    }
    // An anchor alone (a sentence that names the table) is not the table: it needs data rows.
    table.present = !table.rows.empty();
    bool split_other = table.row("other.overdue_correction") || table.row("other.unpaid_fee") ||
                       table.row("other.other");
    table.layout = split_other        ? Template::t2021
                   : table.row("other") ? Template::t2019
                                        : Template::unknown;
    // A 2021 table with a （六）其他处理 row of its own: a subtotal some tools add.
    if (table.layout == Template::t2021)
        for (auto& r : table.rows)
            if (r.key == "other") r.key.clear();
    name_by_position(table);
}

}  // namespace xxgk::detail
