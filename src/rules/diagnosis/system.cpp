// The identities of a report as equations: built once per run of the rules over a report that
// has a failing identity.
#include "rules/diagnosis/system.hpp"

#include <cmath>
#include <map>
#include <numeric>
#include <optional>

namespace xxgk::detail {

bool same_number(double a, double b) { return std::fabs(a - b) <= 1e-9 * std::max(1.0, std::fabs(a)); }

bool IdentitySystem::Equation::fails() const { return !same_number(residual, 0.0); }

IdentitySystem::IdentitySystem(const Report& report, BlankPolicy blank) : blank_(blank) {
    const bool unknown = blank == BlankPolicy::unknown;
    for (const IdentityDef& def : identities_for(report.layout)) {
        const IdentityResult r = evaluate_identity(def, report, unknown);
        if (r.status != IdentityStatus::holds && r.status != IdentityStatus::fails) continue;
        Equation eq{&def, r.detail.id, {}, r.detail.difference, 0};
        const int e = static_cast<int>(equations_.size());
        auto add = [&](const std::vector<std::string>& keys, int coefficient) {
            for (const std::string& key : keys) {
                auto [it, fresh] = index_.try_emplace(key, static_cast<int>(cells_.size()));
                if (fresh) {
                    Report::CellRef ref = report.lookup(key);
                    cells_.push_back(Cell{key, ref.cell, std::move(ref.label), {}, 0});
                }
                cells_[it->second].uses.push_back({e, coefficient});
                eq.terms.emplace_back(it->second, coefficient);
            }
        };
        add(def.lhs, +1);
        add(def.rhs, -1);
        equations_.push_back(std::move(eq));
    }
    // Components: equations joined by the cells they share.
    std::vector<int> parent(equations_.size());
    std::iota(parent.begin(), parent.end(), 0);
    auto root = [&](int e) {
        while (parent[e] != e) e = parent[e] = parent[parent[e]];
        return e;
    };
    for (const Cell& c : cells_)
        for (std::size_t u = 1; u < c.uses.size(); ++u) parent[root(c.uses[u].equation)] = root(c.uses[0].equation);
    std::map<int, int> number;
    for (std::size_t e = 0; e < equations_.size(); ++e) {
        auto [it, fresh] = number.try_emplace(root(static_cast<int>(e)), components_);
        if (fresh) ++components_;
        equations_[e].component = it->second;
    }
    for (Cell& c : cells_) c.component = equations_[c.uses.front().equation].component;
}

int IdentitySystem::cell_index(std::string_view key) const {
    auto it = index_.find(std::string(key));
    return it == index_.end() ? -1 : it->second;
}

std::vector<int> IdentitySystem::failing(int component) const {
    std::vector<int> out;
    for (std::size_t e = 0; e < equations_.size(); ++e)
        if (equations_[e].component == component && equations_[e].fails()) out.push_back(static_cast<int>(e));
    return out;
}

bool IdentitySystem::resolves(std::span<const Change> changes, int component) const {
    std::map<int, double> residual;  // the equations the changes touch, with their new residual
    for (const Change& ch : changes) {
        const Cell& c = cells_[ch.cell];
        if (c.component != component) return false;
        for (const Use& u : c.uses) {
            auto [it, fresh] = residual.try_emplace(u.equation, equations_[u.equation].residual);
            it->second += u.coefficient * (ch.value - c.value());
        }
    }
    for (std::size_t e = 0; e < equations_.size(); ++e) {
        if (equations_[e].component != component) continue;
        auto it = residual.find(static_cast<int>(e));
        const double r = it == residual.end() ? equations_[e].residual : it->second;
        if (!same_number(r, 0.0)) return false;
    }
    return true;
}

std::vector<IdentitySystem::Change> IdentitySystem::single_cell_fixes(int component) const {
    std::vector<Change> out;
    for (std::size_t k = 0; k < cells_.size(); ++k) {
        const Cell& c = cells_[k];
        if (c.component != component) continue;
        // The first equation of the cell fixes the change; the others must agree with it.
        const Use& u = c.uses.front();
        const double delta = -equations_[u.equation].residual / u.coefficient;
        if (same_number(delta, 0.0)) continue;
        const double suggested = c.value() + delta;
        if (suggested < 0) continue;  // a count is never negative: not this cell
        const Change change{static_cast<int>(k), suggested};
        if (resolves(std::span(&change, 1), component)) out.push_back(change);
    }
    return out;
}

const IdentitySystem& system_once(const Report& report, BlankPolicy blank) {
    const IdentitySystem& once = PerReport<IdentitySystem>::get(report, [&] { return IdentitySystem(report, blank); });
    if (once.blank() == blank) return once;
    static thread_local std::optional<IdentitySystem> other;  // another policy within the scope
    other.reset();
    other.emplace(report, blank);
    return *other;
}

}  // namespace xxgk::detail
