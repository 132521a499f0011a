#pragma once
// The prose against the tables: the clauses of the six sections that restate a cell of table
// 二, 三 or 四, bound to those cells by keywords of the same clause only, and what the tables say.
#include <string>
#include <vector>

#include "rules/per_report.hpp"
#include "xxgk/finding.hpp"
#include "xxgk/report.hpp"

namespace xxgk::detail {

// A clause: split at 。；;，, and at 、 after a number; where it starts in the file.
struct Clause {
    std::string text;
    Position pos;
    bool sentence_start = false;  // the first clause after 。 or of a paragraph
};
std::vector<Clause> clauses_of(const Paragraph& paragraph);

enum class Verdict {
    agrees,
    differs,              // narrative-mismatch
    narrower_scope,       // differs, but speaks of one office's share (代表区政府受理)
    counts_carried_over,  // 受理 N = 新收 + 上年结转: the office counts carried-over ones as received
    not_verified,         // a cell it binds to is missing or unreadable: not compared (prose-not-verified)
};

struct ProseStatement {
    Statement statement;  // the clause, the number stated (0 for a claim), the cells and their sum
    Verdict verdict = Verdict::agrees;
    bool claim = false;         // 均获维持, 均已结案: every cell is 0
    std::string what_zh, what_en;  // the cells, as a message names them
    std::string also_zh, also_en;  // more to say: the number equals another cell; a blank total
};

// Every statement of the report's prose that binds to cells, in document order.
std::vector<ProseStatement> prose_statements(const Report& report);

// The statements, found once per run of the rules (run_rules opens the scope): four rules read
// them, and finding them is most of the rules' time.
using StatementsOnce = PerReport<std::vector<ProseStatement>>::Scope;
const std::vector<ProseStatement>& statements_once(const Report& report);

}  // namespace xxgk::detail
