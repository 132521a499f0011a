#pragma once
// Cutting a run of glued digits back into cells (flattened text): every reading of one run
// that the number format and the sums allow, and the choice between the readings of several
// table-三 rows that only the column identities can make.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace xxgk::flat {

// One number of a reading: its text as printed (sign and unit included), the byte offset in
// the run where it starts, and its value.
struct Number {
    std::string text;
    std::size_t offset = 0;
    double value = 0;
};
using Reading = std::vector<Number>;

struct SplitRules {
    std::size_t count = 0;  // numbers in a reading
    // > 0: in every `group` consecutive numbers the last is the sum of the others (a table-三
    // row: 7; table 四: 5). 0: the format alone decides.
    std::size_t group = 0;
    std::vector<bool> decimal_ok;  // per number; empty: whole numbers only
};

struct Split {
    std::vector<Reading> readings;  // readings that satisfy the rules, at most max_readings
    std::size_t count = 0;          // how many do; max_readings + 1: more than max_readings
    // Per group (one entry when group == 0): the group's numbers are the same in every
    // reading the format allows, sums aside — whitespace, signs, digit counts and "no
    // leading zero" alone fixed them, so any sum over them is a real check.
    std::vector<bool> forced;
    bool exhausted = false;  // the work bound was reached: count and forced are not final
    std::size_t steps = 0;   // the work done, in search steps (at most max_steps)
    std::size_t max_steps = 0;
};

// `run` holds digits, signs ('+', '-', '−', which start a number), '.', units after a
// number (万元, 元, 件: a cut follows) and whitespace (a cut). A number has no leading zero
// unless it is 0 or a decimal below 1. Any other character: no reading at all.
// `max_steps` bounds the work of the whole call.
Split split_run(std::string_view run, const SplitRules& rules, std::size_t max_readings = 64,
                std::size_t max_steps = 200'000);

// Column identities over table rows: for every column c, the sum over rows r of
// coefficients[r] * value of row r in column c is 0.
using Identity = std::vector<int>;

struct Choice {
    enum class Status {
        unique,        // pick[r] is row r's reading
        ambiguous,     // row `row` keeps `readings` readings that satisfy every identity
        inconsistent,  // no combination satisfies the identities any combination can satisfy
        too_many,      // more than max_combinations combinations to try
    };
    Status status = Status::unique;
    std::vector<std::size_t> pick;
    std::size_t row = 0;
    std::size_t readings = 0;
    // ambiguous: per row, the readings that some combination satisfying every identity uses,
    // when more than one does (empty for the others, whose pick those combinations agree on).
    std::vector<std::vector<std::size_t>> kept;
};

// Chooses one reading per row. Rows with one candidate are fixed; the others are tried in
// every combination. An identity that fails in every combination is broken whatever the
// choice (a data error, reported by the rules later), so it takes no part in the choice.
Choice choose_readings(const std::vector<std::vector<Reading>>& candidates,
                       const std::vector<Identity>& identities, std::size_t max_combinations = 100'000);

}  // namespace xxgk::flat
