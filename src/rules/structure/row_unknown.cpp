// row-unknown: a row of table 三 or 二 the template does not have (a province's extra row, a
// tool's subtotal, or a template row whose label was mistyped); kept, not checked.
#include <fmt/format.h>

#include "rules/support.hpp"

namespace xxgk::rules {
namespace {

void check(const Report& r, const CheckOptions&, FindingSink& sink) {
    if (r.applications.present)
        for (const auto& row : r.applications.rows) {
            if (!row.key.empty() || !row.repeats.empty()) continue;  // a second copy: printed-twice
            Finding& f = sink.add(fmt::format("表三有模板之外的行「{}」，未参与校验", row.label),
                                  fmt::format("table 三 has a row the template does not have: \"{}\"; not checked", row.label),
                                  row.pos);
            f.table = "applications";
        }
    if (!r.active.present) return;
    for (const auto& item : r.active.items) {
        if (item.repeated) continue;  // said once, of the first copy
        for (const auto& row : item.rows) {
            if (!row.key.empty() || !row.repeats.empty()) continue;
            Finding& f = sink.add(
                fmt::format("表二「{}」有模板之外的行「{}」，未参与校验", item.label, row.label),
                fmt::format("table 二 \"{}\" has a row the template does not have: \"{}\"; not checked", item.label, row.label),
                row.pos);
            f.table = "active_disclosure";
            f.row = item.key;
        }
    }
}

}  // namespace

extern const Rule kRowUnknown = {
    {.code = "XG204",
     .name = "row-unknown",
     .severity = Severity::note,
     .summary_zh = "模板没有的行（如省里增加的“其他主动公开文件”），保留在模型中但不核对",
     .summary_en = "A row the template does not have (e.g. a province-added row); kept, not checked",
     .bad_example = "broken-row-unknown.txt",
     .good_example = "clean-2019.txt"},
    check};

}  // namespace xxgk::rules
