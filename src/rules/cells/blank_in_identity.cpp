// blank-in-identity: blank cells (empty, -, —, /, 无) took part in identities: read as 0, or
// (--blank unknown) those identities were not checked. One note per table, with its cells (a
// report that leaves its zeros blank has a hundred); a single blank is named in the message.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "rules/cells/cells.hpp"
#include "xxgk/identity.hpp"

namespace xxgk::rules {
namespace {

struct Blank {
    std::string key;
    int identities = 0;  // the identities it took part in
};

// One blank, named: 表三「（一）予以公开」行「科研机构」列为空白“-”，在 2 个等式中按 0 计.
void one(const Report& report, const Blank& b, bool unknown, FindingSink& sink, Finding*& out) {
    Report::CellRef ref = report.lookup(b.key);
    const std::string where_zh = detail::cell_name_zh(b.key, ref.label), where_en = detail::cell_name_en(b.key, ref.label);
    const std::string raw = ref.cell->raw.empty() ? "" : "“" + ref.cell->raw + "”";
    const std::string raw_en = ref.cell->raw.empty() ? "" : " (" + ref.cell->raw + ")";
    const int n = b.identities;
    out = unknown ? &sink.add(fmt::format("{}为空白{}，依赖它的 {} 个等式未校验（--blank unknown）", where_zh, raw, n),
                              fmt::format("{} is blank{}: {} identit{} not checked (--blank unknown)", where_en, raw_en,
                                          n, n == 1 ? "y" : "ies"),
                              ref.cell->pos)
                  : &sink.add(fmt::format("{}为空白{}，在 {} 个等式中按 0 计", where_zh, raw, n),
                              fmt::format("{} is blank{}: read as 0 in {} identit{}", where_en, raw_en, n,
                                          n == 1 ? "y" : "ies"),
                              ref.cell->pos);
    detail::set_logical_location(*out, b.key);
}

// Several blanks of one table: 表三：125 个空白单元格按 0 计，分布在 5 列.
void many(const std::string& table, std::size_t cells, std::size_t places, std::size_t identities, bool unknown,
          const Position& first, FindingSink& sink, Finding*& out) {
    const bool three = table == "applications";
    const std::string_view zh = three ? "表三" : "表四", en = three ? "table 三" : "table 四";
    const std::string in_zh = fmt::format("分布在 {} {}", places, three ? "列" : "组");
    const std::string in_en = fmt::format("in {} {}{}", places, three ? "column" : "group", places == 1 ? "" : "s");
    out = unknown ? &sink.add(fmt::format("{}：{} 个空白单元格（{}）未按 0 计，依赖它们的 {} 个等式未校验（--blank unknown）",
                                          zh, cells, in_zh, identities),
                              fmt::format("{}: {} blank cells {} not read as 0: the {} identit{} over them not "
                                          "checked (--blank unknown)",
                                          en, cells, in_en, identities, identities == 1 ? "y" : "ies"),
                              first)
                  : &sink.add(fmt::format("{}：{} 个空白单元格按 0 计，{}", zh, cells, in_zh),
                              fmt::format("{}: {} blank cells read as 0 {}", en, cells, in_en), first);
    out->table = table;
}

void check(const Report& report, const CheckOptions& options, FindingSink& sink) {
    const bool unknown = options.blank == BlankPolicy::unknown;
    std::map<std::string, int> uses;                        // blank cell key → identities it took part in
    std::map<std::string, std::set<std::string>> checks;    // table → the identities its blanks took part in
    for (const IdentityDef& def : identities_for(report.layout)) {
        if (!worth_evaluating(def, report)) continue;
        const IdentityResult r = evaluate_identity(def, report, unknown);
        // Identities over missing, unreadable or never printed cells are not checkable whatever the blanks.
        if (!r.missing.empty() || !r.unreadable.empty() || !r.unprinted.empty()) continue;
        for (const auto& key : r.blank) {
            ++uses[key];
            checks[key.substr(0, key.find('.'))].insert(r.detail.id);
        }
    }
    // A table with no value at all is said once, by table-blank.
    const std::vector<std::string_view> blank_tables = detail::blank_tables(report);
    std::map<std::string, std::vector<Blank>> by_table;
    for (const auto& [key, n] : uses) {
        std::string table = key.substr(0, key.find('.'));
        if (std::find(blank_tables.begin(), blank_tables.end(), table) == blank_tables.end())
            by_table[std::move(table)].push_back({key, n});
    }
    for (auto& [table, blanks] : by_table) {
        std::vector<NoteCell> cells;
        std::set<std::string> places;  // table 三's columns, table 四's groups
        for (const Blank& b : blanks) {
            Report::CellRef ref = report.lookup(b.key);
            cells.push_back({b.key, ref.label, ref.cell->raw, ref.cell->pos});
            places.insert(table == "applications" ? b.key.substr(b.key.rfind('.') + 1)
                                                  : b.key.substr(0, b.key.rfind('.')));
        }
        std::stable_sort(cells.begin(), cells.end(),
                         [](const NoteCell& a, const NoteCell& b) { return a.pos.order_key() < b.pos.order_key(); });
        Finding* f = nullptr;
        if (blanks.size() == 1)
            one(report, blanks.front(), unknown, sink, f);
        else
            many(table, cells.size(), places.size(), checks[table].size(), unknown, cells.front().pos, sink, f);
        f->cells = std::move(cells);
        f->not_verified = unknown;
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
