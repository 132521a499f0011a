// The diagnoses' shared parts: findings by identity, cell names and values in messages.
#include "rules/diagnosis/diagnosis.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

namespace xxgk::detail {

FoundIdentities::FoundIdentities(std::span<const Finding> found) {
    for (const Finding& f : found)
        if (f.identity) by_id_.emplace_back(f.identity->id, f.fingerprint);
}

std::vector<std::string> FoundIdentities::of(const IdentitySystem& system, const std::vector<int>& equations) const {
    std::vector<std::string> out;
    for (const auto& [id, fingerprint] : by_id_)
        for (int e : equations)
            if (system.equations()[e].id == id) out.push_back(fingerprint);
    return out;
}

std::string name_zh(const IdentitySystem::Cell& c) { return cell_name_zh(c.key, c.label); }
std::string name_en(const IdentitySystem::Cell& c) { return cell_name_en(c.key, c.label); }

std::string value_zh(const IdentitySystem::Cell& c) { return c.cell->blank ? "空白" : format_number(c.value()); }
std::string value_en(const IdentitySystem::Cell& c) { return c.cell->blank ? "blank" : format_number(c.value()); }
std::string held_zh(const IdentitySystem::Cell& c) {
    return c.cell->blank ? "表中为空白" : "表中为 " + format_number(c.value());
}
std::string held_en(const IdentitySystem::Cell& c) {
    return c.cell->blank ? "is blank" : "holds " + format_number(c.value());
}

std::string failing_zh(std::size_t n) { return n == 1 ? "不成立的等式" : fmt::format("全部 {} 个不成立的等式", n); }
std::string failing_en(std::size_t n) {
    return n == 1 ? "the failing identity" : fmt::format("all {} failing identities", n);
}

bool transposed(double a, double b) {
    if (a < 10 || b < 10 || a != std::trunc(a) || b != std::trunc(b) || a > 1e15 || b > 1e15) return false;
    const std::string x = fmt::format("{}", static_cast<long long>(a)), y = fmt::format("{}", static_cast<long long>(b));
    if (x.size() != y.size()) return false;
    for (std::size_t i = 0; i + 1 < x.size(); ++i) {
        if (x[i] == x[i + 1]) continue;
        std::string swapped = x;
        std::swap(swapped[i], swapped[i + 1]);
        if (swapped == y) return true;
    }
    return false;
}

std::vector<IdentitySystem::Change> transpositions(const IdentitySystem& system,
                                                   const std::vector<IdentitySystem::Change>& fixes) {
    std::vector<IdentitySystem::Change> out;
    for (const IdentitySystem::Change& fix : fixes) {
        const IdentitySystem::Cell& c = system.cells()[fix.cell];
        if (!c.cell->blank && transposed(c.value(), fix.value)) out.push_back(fix);
    }
    return out;
}

Finding& add_diagnosis(FindingSink& sink, std::string zh, std::string en, Position pos, std::string_view cell_key,
                       Diagnosis diagnosis) {
    Finding& f = sink.add(std::move(zh), std::move(en), pos);
    set_logical_location(f, cell_key);
    f.diagnosis = std::move(diagnosis);
    return f;
}

Diagnosis::Change change_of(const IdentitySystem& system, const IdentitySystem::Change& ch) {
    const IdentitySystem::Cell& c = system.cells()[ch.cell];
    // Table 三's label is its row's: the column joins it, as the cells of one row differ by column.
    std::string label = c.label;
    if (c.key.starts_with("applications."))
        label += " " + std::string(applicant_column_label(std::string_view(c.key).substr(c.key.rfind('.') + 1)));
    return {c.key, c.cell->blank ? std::nullopt : std::optional(c.value()), ch.value, std::move(label), c.cell->pos};
}

bool application_value(const IdentitySystem& system, std::string_view row, std::string_view column, int* index,
                       double* value) {
    const int k = system.cell_index(application_cell(row, column));
    if (k < 0) return false;
    *index = k;
    *value = system.cells()[k].value();
    return true;
}

bool add_cause(FindingSink& sink, const IdentitySystem& system, const FoundIdentities& found,
               std::vector<IdentitySystem::Change> changes, const std::function<Wording(std::size_t)>& wording) {
    if (changes.empty()) return false;
    const int component = system.cells()[changes.front().cell].component;
    const std::vector<int> failing = system.failing(component);
    if (failing.empty() || !system.resolves(changes, component)) return false;
    Diagnosis d;
    d.explains = found.of(system, failing);
    if (d.explains.empty()) return false;  // their rules did not run
    std::sort(changes.begin(), changes.end(), [&](const auto& a, const auto& b) {
        return system.cells()[a.cell].cell->pos.order_key() < system.cells()[b.cell].cell->pos.order_key();
    });
    for (const auto& ch : changes) d.changes.push_back(change_of(system, ch));
    const IdentitySystem::Cell& first = system.cells()[changes.front().cell];
    Wording w = wording(failing.size());
    add_diagnosis(sink, std::move(w.zh), std::move(w.en), first.cell->pos, first.key, std::move(d));
    return true;
}

}  // namespace xxgk::detail
