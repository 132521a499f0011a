#pragma once
// The identities of one report as equations over its cells, for the diagnoses: which fail and by
// how much, which cells they share, and whether changing some cells would make them all hold.
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "rules/per_report.hpp"
#include "xxgk/identity.hpp"
#include "xxgk/rules.hpp"

namespace xxgk::detail {

class IdentitySystem {
public:
    struct Use {
        int equation;
        int coefficient;  // +1: the cell is on the left side, -1: on the right
    };
    struct Cell {
        std::string key;
        const CellValue* cell = nullptr;
        std::string label;
        std::vector<Use> uses;
        int component = 0;
        double value() const { return cell->value.value_or(0.0); }  // a blank reads as 0
    };
    struct Equation {
        const IdentityDef* def = nullptr;
        std::string id;  // "applicant-total/granted", as IdentityDetail::id
        std::vector<std::pair<int, int>> terms;  // cell index, coefficient
        double residual = 0;  // left sum - right sum
        int component = 0;
        bool fails() const;
    };
    struct Change {
        int cell;
        double value;
    };

    // Only the identities that could be checked: every cell there and readable, not blank under
    // --blank unknown, and not assumed by a split of flattened text.
    IdentitySystem(const Report& report, BlankPolicy blank);

    BlankPolicy blank() const { return blank_; }
    const std::vector<Cell>& cells() const { return cells_; }
    const std::vector<Equation>& equations() const { return equations_; }
    int cell_index(std::string_view key) const;  // -1: in no checkable identity
    // Groups of equations that share no cell (table 三; each group of table 四): separate questions.
    int components() const { return components_; }
    std::vector<int> failing(int component) const;
    // With `changes` applied, does every equation of `component` hold?
    bool resolves(std::span<const Change> changes, int component) const;
    // Every single cell of `component` whose change alone makes all its equations hold, with
    // the value that does it (never a negative count).
    std::vector<Change> single_cell_fixes(int component) const;

private:
    std::vector<Cell> cells_;
    std::vector<Equation> equations_;
    std::unordered_map<std::string, int> index_;
    int components_ = 0;
    BlankPolicy blank_;
};

// The report's system under `blank`, built once per run of the rules (run_rules opens the
// SystemOnce scope): every diagnosis reads it.
using SystemOnce = PerReport<IdentitySystem>::Scope;
const IdentitySystem& system_once(const Report& report, BlankPolicy blank);

bool same_number(double a, double b);

}  // namespace xxgk::detail
