// blank-in-identity: a blank cell (empty, -, —, /, 无) took part in identities: read as 0, or
// (--blank unknown) they were not checked. One finding per blank cell, with how many.
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "rules/cells/cells.hpp"
#include "xxgk/identity.hpp"

namespace xxgk::rules {
namespace {

void check(const Report& report, const CheckOptions& options, FindingSink& sink) {
    const bool unknown = options.blank == BlankPolicy::unknown;
    std::map<std::string, int> uses;  // blank cell key → identities it took part in
    for (const IdentityDef& def : identities_for(report.layout)) {
        if (!worth_evaluating(def, report)) continue;
        const IdentityResult r = evaluate_identity(def, report, unknown);
        // Identities over missing or unreadable cells are not checkable whatever the blanks.
        if (r.missing.empty() && r.unreadable.empty())
            for (const auto& key : r.blank) ++uses[key];
    }
    const std::vector<std::string_view> blank_tables = detail::blank_tables(report);
    for (const auto& [key, n] : uses) {
        // A table with no value at all is said once, by table-blank.
        const std::string_view table = std::string_view(key).substr(0, key.find('.'));
        if (std::find(blank_tables.begin(), blank_tables.end(), table) != blank_tables.end()) continue;
        Report::CellRef ref = report.lookup(key);
        const std::string where_zh = detail::cell_name_zh(key, ref.label), where_en = detail::cell_name_en(key, ref.label);
        const std::string raw = ref.cell->raw.empty() ? "" : "“" + ref.cell->raw + "”";
        const std::string raw_en = ref.cell->raw.empty() ? "" : " (" + ref.cell->raw + ")";
        Finding& f = unknown
            ? sink.add(fmt::format("{}为空白{}，依赖它的 {} 个等式未校验（--blank unknown）", where_zh, raw, n),
                       fmt::format("{} is blank{}: {} identit{} not checked (--blank unknown)", where_en, raw_en, n,
                                   n == 1 ? "y" : "ies"),
                       ref.cell->pos)
            : sink.add(fmt::format("{}为空白{}，在 {} 个等式中按 0 计", where_zh, raw, n),
                       fmt::format("{} is blank{}: read as 0 in {} identit{}", where_en, raw_en, n, n == 1 ? "y" : "ies"),
                       ref.cell->pos);
        detail::set_logical_location(f, key);
    }
}

}  // namespace

extern const Rule kBlankInIdentity = {
    {.code = "XG209",
     .name = "blank-in-identity",
     .severity = Severity::note,
     .summary_zh = "勾稽关系中有空白单元格（空、-、—、/、无）：按0计算，或无法核对",
     .summary_en = "A blank cell (empty, -, —, /, 无) took part in an identity: read as 0, or unchecked",
     .bad_example = "broken-blank-in-identity.txt",
     .good_example = "clean-2019.txt"},
    check};

}  // namespace xxgk::rules
