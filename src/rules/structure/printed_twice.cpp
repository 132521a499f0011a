// printed-twice: rows (or table 四) printed twice with the same numbers: nothing contradicts,
// but the second copy is checked nowhere; one note per table says so.
#include <fmt/format.h>

#include "rules/structure/copies.hpp"
#include "rules/support.hpp"

namespace xxgk::rules {
namespace {

void check(const Report& report, const CheckOptions&, FindingSink& sink) {
    const std::vector<detail::Copies> copies = detail::find_copies(report);
    for (std::size_t i = 0; i < copies.size(); ++i) {
        const detail::Copies& c = copies[i];
        if (!c.differences.empty()) continue;
        // Once per table: the first same-number copy speaks for the others of its table.
        bool first_of_table = true;
        std::size_t count = 0;
        for (std::size_t j = 0; j < copies.size(); ++j) {
            if (copies[j].table != c.table || !copies[j].differences.empty()) continue;
            if (j < i) first_of_table = false;
            ++count;
        }
        if (!first_of_table) continue;
        Finding& f = count == 1
            ? sink.add(fmt::format("{}印了两次（第 {} 行与第 {} 行），数字相同；只核对第一处", c.name_zh, c.first.line,
                                   c.second.line),
                       fmt::format("{} is printed twice (lines {} and {}) with the same numbers; the first copy is checked",
                                   c.name_en, c.first.line, c.second.line),
                       c.second)
            : sink.add(fmt::format("{} 行印了两次，数字相同（如{}，第 {} 行与第 {} 行）；只核对第一处", count, c.name_zh,
                                   c.first.line, c.second.line),
                       fmt::format("{} rows are printed twice with the same numbers (e.g. {}, lines {} and {}); the "
                                   "first copies are checked",
                                   count, c.name_en, c.first.line, c.second.line),
                       c.second);
        f.table = c.table;
        if (count == 1) f.row = c.row;
    }
}

}  // namespace

extern const Rule kPrintedTwice = {
    {.code = "XG214",
     .name = "printed-twice",
     .severity = Severity::note,
     .summary_zh = "同一行（或整张表四）印了两次，数字相同：只核对第一处",
     .summary_en = "A row (or the whole of table 四) printed twice with the same numbers: the first copy is checked",
     .status = RuleStatus::preview,
     .bad_example = "broken-printed-twice.txt",
     .good_example = "clean-2021.txt"},
    check};

}  // namespace xxgk::rules
