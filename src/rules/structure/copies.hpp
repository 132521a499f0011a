#pragma once
// A row or a table printed twice in one report, and what differs between the two copies: the
// input of printed-twice (same numbers, a note) and printed-twice-differs (an error).
#include <string>
#include <vector>

#include "xxgk/report.hpp"

namespace xxgk::detail {

struct CellDifference {
    std::string column_zh, column_en;  // the column (table 三, 二) or cell (table 四)
    std::string first, second;         // as printed; "" for a blank cell
};

struct Copies {
    std::string table;               // applications, review_litigation, active_disclosure
    std::string row;                 // the row's key; "" for table 四 printed whole
    std::string name_zh, name_en;    // 表三「一、…」行 / table 三 row "…"
    Position first, second;          // where each copy is
    std::vector<CellDifference> differences;  // empty: the same numbers
};

// Every second copy in the report, in report order (table 二, 三, then 四).
std::vector<Copies> find_copies(const Report& r);

// "自然人 142 与 999；总计 186 与 1043" / "natural person 142 vs 999; total 186 vs 1043".
std::string differences_zh(const Copies& c);
std::string differences_en(const Copies& c);

}  // namespace xxgk::detail
