// Table 三: header rows, then data rows whose last 7 cells are the applicant columns and whose
// leading cells are labels; a group label (（三）不予公开) stands only in its group's first row.
#include <algorithm>
#include <optional>

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

// Tools (not the template) add a 法人或其他组织小计 column: the header cell that names it, and
// where its values stand among the eight: after the five legal-person columns, or before them
// when the header prints it before 商业企业. -1 when the row names none.
int subtotal_column_of(const DocRow& header, std::string* printed) {
    int at = -1;
    for (const auto& c : header.cells) {
        if (!has_ideograph(c.text)) continue;
        const std::string n = normalize_label(c.text);
        if (at < 0 && contains(n, kSubtotalWord)) {
            at = 6;
            *printed = printed_label(c.text);
        } else if (at >= 0 && contains(n, "商业企业")) {
            at = 1;
        }
    }
    return at;
}

// The group a 小计 row closes: the key prefix ("denied") of the sub-item row before it, and the
// group's label as the template prints it (（三）不予公开).
std::pair<std::string, std::string> subtotal_group(const Applications& table, const std::vector<std::string>& groups) {
    if (table.rows.empty() || groups.back().empty()) return {};
    const std::string& key = table.rows.back().key;
    const std::size_t dot = key.find('.');
    const ApplicationRowSpec* spec = application_row_spec(key);
    if (dot == std::string::npos || !spec) return {};
    const std::string_view label = spec->label;
    return {key.substr(0, dot), std::string(label.substr(0, label.find(' ')))};
}

// "(三)不予公开" → "(三)": the group's number, which OCR and typos leave alone more often than
// its words.
std::string_view group_numeral(std::string_view norm) {
    if (!starts_with(norm, "(")) return {};
    const std::size_t close = norm.find(')');
    return close == std::string_view::npos ? std::string_view{} : norm.substr(0, close + 1);
}

// The template row of this layout numbered `number` in the group numbered `numeral`
// ("(三)", '4' → denied.third_party_rights), or "".
std::string key_of_slot(Template layout, std::string_view numeral, char number) {
    for (const ApplicationRowSpec& spec : application_row_specs()) {
        if (!(layout == Template::t2021 ? spec.in2021 : spec.in2019)) continue;
        const std::size_t space = spec.label.find(' ');  // "（三）不予公开 4.保护第三方合法权益"
        if (space == std::string_view::npos) continue;
        const std::string group = normalize_label(spec.label.substr(0, space));
        const std::string leaf = normalize_label(spec.label.substr(space + 1));
        if (group_numeral(group) == numeral && is_sub_item(leaf) && leaf[0] == number) return std::string(spec.key);
    }
    return "";
}

// Rows with a label the template does not know (5.属于三类内部事物信息, a typo) named by their
// place, and marked so (a note says so); anything less certain stays an unknown row. A row
// between two known rows where exactly one template row is missing is that row; a numbered
// sub-item (4.保护第三人合法权益 under （三）) is the template's row of that number in that
// group when the table lacks it and no other unknown row claims it.
// `leaves` and `groups`: each row's normalized leaf label and group label.
void name_by_position(Applications& table, const std::vector<std::string>& leaves,
                      const std::vector<std::string>& groups) {
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
    std::vector<std::string> slot(table.rows.size());
    for (std::size_t i = 0; i < table.rows.size(); ++i) {
        const ApplicationRow& row = table.rows[i];
        if (!row.key.empty() || !row.repeats.empty() || !is_sub_item(leaves[i])) continue;
        const std::string_view numeral = group_numeral(groups[i]);
        if (numeral.empty()) continue;
        slot[i] = key_of_slot(table.layout, numeral, leaves[i][0]);
        if (!slot[i].empty() && table.row(slot[i])) slot[i].clear();
    }
    for (std::size_t i = 0; i < table.rows.size(); ++i) {
        if (slot[i].empty() || std::count(slot.begin(), slot.end(), slot[i]) != 1) continue;
        table.rows[i].key = slot[i];
        table.rows[i].named_by_position = true;
    }
}

}  // namespace

void build_applications(const Rows& rows, Applications& table) {
    std::string group_norm, group_printed;  // the current （一）…（七） group
    std::vector<std::string> leaves, groups;  // per row of the table: its normalized labels
    int subtotal_at = -1;  // the subtotal column's place among eight value cells, -1 without one
    std::vector<DocCell> without_subtotal;
    for (const DocRow* row : rows) {
        if (!table.pos.known()) table.pos = row->pos;
        if (is_header_row(*row)) {
            if (subtotal_at < 0) subtotal_at = subtotal_column_of(*row, &table.subtotal_column);
            continue;
        }
        // The subtotal column's cell set aside: the row is then as the template prints it.
        std::optional<DocCell> subtotal_cell;
        if (subtotal_at >= 0 && row->cells.size() >= 9) {
            without_subtotal = row->cells;
            const auto at = without_subtotal.end() - 8 + subtotal_at;
            subtotal_cell = *at;
            without_subtotal.erase(at);
        }
        const auto& cells = subtotal_cell ? without_subtotal : row->cells;
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
        if (subtotal_cell) out.subtotal = read_cell(*subtotal_cell, false, false);
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
        if (leaf_norm == kSubtotalWord && out.key.empty()) {
            // A 小计 row a tool added after a group's sub-items: set aside with its group.
            if (auto [group, group_label] = subtotal_group(table, groups); !group.empty()) {
                out.key = std::move(group);
                out.label = group_label + " " + out.label;
                table.subtotal_rows.push_back(std::move(out));
                continue;
            }
        }
        table.rows.push_back(std::move(out));
        leaves.push_back(leaf_norm);
        groups.push_back(is_sub_item(leaf_norm) ? group_norm : std::string());
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
    name_by_position(table, leaves, groups);
}

}  // namespace xxgk::detail
