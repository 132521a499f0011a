// likely-wrong-cell: the one cell whose change would make every failing identity hold without
// breaking another; when several would, the candidates, and never a guess among them.
#include <algorithm>

#include <fmt/format.h>

#include "rules/diagnosis/diagnosis.hpp"

namespace xxgk::rules {
namespace {

using detail::IdentitySystem;

// A statement of the prose that disagrees with the table (narrative-mismatch) and would agree
// if the cell took its suggested value: evidence for that cell.
bool supports(const Finding& f, const IdentitySystem::Cell& cell, double suggested) {
    if (!f.statement) return false;
    const Statement& s = *f.statement;
    if (std::find(s.cells.begin(), s.cells.end(), cell.key) == s.cells.end()) return false;
    return detail::same_number(s.table_value - cell.value() + suggested, s.stated);
}

std::vector<const Finding*> statements_for(std::span<const Finding> found, const IdentitySystem::Cell& cell,
                                           double suggested) {
    std::vector<const Finding*> out;
    for (const Finding& f : found)
        if (f.rule == "narrative-mismatch" && supports(f, cell, suggested)) out.push_back(&f);
    return out;
}

void name_one(const IdentitySystem& system, const IdentitySystem::Change& fix, std::vector<std::string> explains,
              std::size_t failing, const std::vector<const Finding*>& prose, FindingSink& sink) {
    const IdentitySystem::Cell& c = system.cells()[fix.cell];
    const std::string s = format_number(fix.value);
    std::string zh = fmt::format("{}可能填错：{}，改为 {} 则{}都成立，且不影响其他等式",
                                 detail::name_zh(c), detail::held_zh(c), s, detail::failing_zh(failing));
    std::string en = fmt::format("likely wrong cell: {} {}; {} would satisfy {} without breaking another",
                                 detail::name_en(c), detail::held_en(c), s, detail::failing_en(failing));
    if (!prose.empty()) {
        zh += fmt::format("；正文「{}」也是 {}", prose.front()->statement->text, s);
        en += fmt::format("; the prose says {} too (\"{}\")", s, prose.front()->statement->text);
        for (const Finding* f : prose) explains.push_back(f->fingerprint);
    }
    Diagnosis d;
    d.cell = c.key;
    if (!c.cell->blank) d.value = c.value();
    d.suggested_value = fix.value;
    d.explains = std::move(explains);
    detail::add_diagnosis(sink, std::move(zh), std::move(en), c.cell->pos, c.key, std::move(d));
}

void name_candidates(const IdentitySystem& system, std::vector<IdentitySystem::Change> fixes,
                     std::vector<std::string> explains, const std::vector<int>& failing, FindingSink& sink) {
    std::sort(fixes.begin(), fixes.end(), [&](const auto& a, const auto& b) {
        return system.cells()[a.cell].cell->pos.order_key() < system.cells()[b.cell].cell->pos.order_key();
    });
    std::string list_zh, list_en;
    Diagnosis d;
    for (const auto& fix : fixes) {
        const IdentitySystem::Cell& c = system.cells()[fix.cell];
        list_zh += fmt::format("{}{}（{} → {}）", list_zh.empty() ? "" : "、", detail::name_zh(c), detail::value_zh(c),
                               format_number(fix.value));
        list_en += fmt::format("{}{} ({} → {})", list_en.empty() ? "" : "; ", detail::name_en(c), detail::value_en(c),
                               format_number(fix.value));
        d.alternatives.push_back({c.key, fix.value});
    }
    d.explains = std::move(explains);
    // Placed at the failing total, where the identity's finding stands.
    const IdentitySystem::Equation& first = system.equations()[failing.front()];
    const IdentitySystem::Cell& anchor = system.cells()[system.cell_index(first.def->anchor)];
    detail::add_diagnosis(
        sink,
        fmt::format("无法确定哪一格填错：以下 {} 格中任改一格都能使{}成立：{}", fixes.size(),
                    detail::failing_zh(failing.size()), list_zh),
        fmt::format("cannot tell which cell is wrong: correcting any one of these {} cells satisfies {}: {}",
                    fixes.size(), detail::failing_en(failing.size()), list_en),
        anchor.cell->pos, anchor.key, std::move(d));
}

void diagnose(const Report& report, std::span<const Finding> found, const CheckOptions& options, FindingSink& sink) {
    const detail::FoundIdentities identities(found);
    if (identities.empty()) return;  // no identity failed, or the identity rules did not run
    const IdentitySystem& system = detail::system_once(report, options.blank);
    for (int component = 0; component < system.components(); ++component) {
        const std::vector<int> failing = system.failing(component);
        std::vector<std::string> explains = identities.of(system, failing);
        if (explains.empty()) continue;
        std::vector<IdentitySystem::Change> fixes = system.single_cell_fixes(component);
        if (fixes.empty()) continue;  // more than one cell is wrong: see the causes of a cluster
        // A statement of the prose that the change would make true tells one candidate from the others.
        std::vector<std::vector<const Finding*>> prose;
        std::size_t supported = 0, which = 0;
        for (std::size_t i = 0; i < fixes.size(); ++i) {
            prose.push_back(statements_for(found, system.cells()[fixes[i].cell], fixes[i].value));
            if (!prose.back().empty()) ++supported, which = i;
        }
        if (fixes.size() == 1)
            name_one(system, fixes[0], std::move(explains), failing.size(), prose[0], sink);
        else if (supported == 1)
            name_one(system, fixes[which], std::move(explains), failing.size(), prose[which], sink);
        else if (supported == 0 && options.rules.keeps("transposed-digits") &&
                 detail::transpositions(system, fixes).size() == 1)
            continue;  // one candidate is its digits swapped: transposed-digits says so, and the others
        else
            name_candidates(system, std::move(fixes), std::move(explains), failing, sink);
    }
}

}  // namespace

extern const Rule kLikelyWrongCell = {
    {.code = "XG107",
     .name = "likely-wrong-cell",
     .severity = Severity::note,
     .summary_zh = "等式不成立时，找出改正后能使所有等式成立的那一个单元格及其应填的数",
     .summary_en = "When identities fail, the one cell whose correction satisfies them all, and its value",
     .status = RuleStatus::preview,
     .bad_example = "broken-likely-wrong-cell.txt",
     .good_example = "clean-2021.txt"},
    nullptr, nullptr, diagnose};

}  // namespace xxgk::rules
