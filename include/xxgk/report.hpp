#pragma once
// The typed model of one report, independent of the input format.
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "xxgk/document.hpp"
#include "xxgk/template.hpp"

namespace xxgk {

// One numeric cell as printed. `value` is null when the cell is blank or unreadable.
struct CellValue {
    std::string raw;   // the cell text as printed (whitespace trimmed)
    std::optional<double> value;
    bool blank = false;       // empty or a placeholder (-, —, /, 无)
    bool unreadable = false;  // text that is not a number for this column
    std::string problem;      // why it is unreadable (English, for messages)
    std::string unit;         // unit stripped from the cell: 元, 万元, 件, or empty
    Position pos;
    // The page lost the boundaries between this cell and its neighbours (flattened text):
    // `raw` is their one run of digits; unreadable, and a limit of the input, not a defect.
    bool run_together = false;
};

// Table 二 (主动公开政府信息情况).
struct ActiveColumn {
    std::string key;    // e.g. new_made, decisions, fee_amount
    std::string label;  // as printed
};
struct ActiveRow {
    std::string key;  // e.g. regulations; empty for a row the template does not have
    std::string label;
    Position pos;
    std::vector<CellValue> cells;  // aligned with the item's columns
    // Flattened text: split out of one run of digits as the only reading that keeps the
    // template's bounds within one year (本年新公开数量 ≤ 对外公开总数量; 现行有效件数 ≥
    // 本年制发件数 − 本年废止件数): assumed, not read.
    bool assumed = false;
    // Set on a second copy of the row `repeats` in its item (key left empty): compared with
    // the first copy (printed-twice), checked nowhere else.
    std::string repeats;
};
struct ActiveItem {
    std::string key;  // art20_1, art20_5, art20_6, art20_8, art20_9
    std::string label;
    Position pos;
    std::vector<ActiveColumn> columns;
    std::vector<ActiveRow> rows;
    // A second copy of an item printed before (table 二 printed twice): its rows are compared
    // with the first copy's (printed-twice); lookups find the first copy.
    bool repeated = false;
};
struct ActiveDisclosure {
    bool present = false;
    bool by_position = false;  // a PDF table without rulings: columns placed by its header words
    Position pos;
    Template layout = Template::unknown;  // what its own labels say
    std::vector<ActiveItem> items;
};

// Table 三 (收到和处理政府信息公开申请情况).
struct ApplicationRow {
    std::string key;    // canonical row key; empty for a row the template does not have
    std::string label;  // printed label path, e.g. "（三）不予公开 1.属于国家秘密"
    Position pos;
    std::array<CellValue, 7> cells;
    // The cells were split out of one run of digits assuming total = the six applicant
    // columns (flattened text): that identity was assumed, not checked.
    bool recovered = false;
    // The label is not the template's (a typo): the row was named by its place between the
    // rows before and after it, the only template row missing there.
    bool named_by_position = false;
    // Flattened text: its run has several readings that fit every identity (each as its
    // numbers joined by '|'), so its cells could not be recovered (they are run_together).
    std::vector<std::string> readings;
    // Set on a second copy of the row `repeats` (key left empty): compared with the first
    // copy (printed-twice), checked nowhere else.
    std::string repeats;
    // Its cell of a 法人或其他组织小计 column a tool added (Applications::subtotal_column).
    std::optional<CellValue> subtotal;
};
struct Applications {
    bool present = false;
    bool by_position = false;  // a PDF table without rulings: columns placed by its header words
    Position pos;
    Template layout = Template::unknown;
    std::vector<ApplicationRow> rows;  // in file order
    const ApplicationRow* row(std::string_view key) const;
    // Subtotals a tool added, which the template does not have: set aside from the identities,
    // checked by tool-subtotals. The printed header of a 法人或其他组织小计 column ("" without
    // one; each row's cell is ApplicationRow::subtotal), and 小计 rows closing a group, each
    // keyed by its group's key prefix ("denied" for （三）不予公开).
    std::string subtotal_column;
    std::vector<ApplicationRow> subtotal_rows;
};

// Table 四 (行政复议、行政诉讼).
struct ReviewLitigation {
    bool present = false;
    bool by_position = false;  // a PDF table without rulings: columns placed by its header words
    bool complete = false;  // all 15 cells were found, and no more
    std::size_t values = 0;  // value cells found (more than 15: extra columns)
    Position pos;
    std::array<CellValue, 15> cells;  // group-major: review×5, direct×5, after_review×5
    std::array<std::string, 15> labels;
    // Per group: its five numbers were split out of a run of digits assuming total = the
    // four results (flattened text): that identity was assumed, not checked.
    std::array<bool, 3> recovered{};
    // Exactly 30 values: the table printed twice. `cells` hold the first copy, `second` the
    // other, which printed-twice compares with it.
    bool printed_twice = false;
    std::array<CellValue, 15> second;
};

struct Section {
    int number = 0;    // 1..6
    std::string key;   // overview, active_disclosure, applications, review_litigation, problems, other
    std::string heading;
    Position pos;
    std::string text;  // the prose under the heading
    std::vector<Paragraph> paragraphs;  // the same prose, paragraph by paragraph, each where it stands
};

struct Report {
    std::string path;
    std::string format;    // "text"
    std::string encoding;
    Template layout = Template::unknown;
    std::string title;
    std::optional<int> year;
    std::optional<std::string> issuer;
    std::vector<Section> sections;
    ActiveDisclosure active;
    Applications applications;
    ReviewLitigation review;

    // A cell by its canonical key ("applications.new_received.total",
    // "review_litigation.review.upheld", "active_disclosure.art20_1.regulations.new_made")
    // with its printed label; null when the report has no such cell.
    struct CellRef {
        const CellValue* cell = nullptr;
        std::string label;
    };
    CellRef lookup(std::string_view key) const;
    const CellValue* cell_at(std::string_view key) const;  // lookup without the label
};

}  // namespace xxgk
