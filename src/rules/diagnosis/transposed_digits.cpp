// transposed-digits: when several cells could each fix a failing identity (a total of table 四),
// the one whose printed value, with two neighbouring digits swapped, would do it (41 typed for
// 14). A single candidate is likely-wrong-cell's to name; this one says the others too.
#include <cmath>
#include <string>

#include <fmt/format.h>

#include "rules/diagnosis/diagnosis.hpp"

namespace xxgk::rules {
namespace {

using detail::IdentitySystem;

void diagnose(const Report& report, std::span<const Finding> found, const CheckOptions& options, FindingSink& sink) {
    const detail::FoundIdentities identities(found);
    if (identities.empty()) return;
    const IdentitySystem& system = detail::system_once(report, options.blank);
    for (int component = 0; component < system.components(); ++component) {
        const std::vector<int> failing = system.failing(component);
        std::vector<std::string> explains = identities.of(system, failing);
        if (explains.empty()) continue;
        const std::vector<IdentitySystem::Change> fixes = system.single_cell_fixes(component);
        if (fixes.size() < 2) continue;
        const std::vector<IdentitySystem::Change> swaps = detail::transpositions(system, fixes);
        if (swaps.size() != 1) continue;
        const IdentitySystem::Cell& c = system.cells()[swaps[0].cell];
        const std::string v = format_number(c.value()), s = format_number(swaps[0].value);
        Diagnosis d;
        d.cell = c.key;
        d.value = c.value();
        d.suggested_value = swaps[0].value;
        d.explains = std::move(explains);
        for (const auto& fix : fixes) d.alternatives.push_back({system.cells()[fix.cell].key, fix.value});
        detail::add_diagnosis(
            sink,
            fmt::format("{}的 {} 可能是 {} 两位数字颠倒：改为 {} 则{}都成立（另有 {} 格任改一格也能成立，无法确定）",
                        detail::name_zh(c), v, s, s, detail::failing_zh(failing.size()), fixes.size() - 1),
            fmt::format("{}: {} looks like {} with two digits transposed; {} satisfies {} (so would {} other cells, "
                        "each alone: not certain)",
                        detail::name_en(c), v, s, s, detail::failing_en(failing.size()), fixes.size() - 1),
            c.cell->pos, c.key, std::move(d));
    }
}

}  // namespace

extern const Rule kTransposedDigits = {
    {.code = "XG110",
     .name = "transposed-digits",
     .severity = Severity::note,
     .summary_zh = "某格的数两位数字颠倒（如 13 填成 31）：调回后所有等式成立",
     .summary_en = "A value with two digits transposed (31 for 13): swapped back, every identity holds",
     .status = RuleStatus::preview,
     .bad_example = "broken-transposed-digits.txt",
     .good_example = "clean-2021.txt"},
    nullptr, nullptr, diagnose};

}  // namespace xxgk::rules
