// row-missing: a row the template requires is missing from table 三 or 二, or table 四 lacks
// some of its fifteen numbers.
#include <fmt/format.h>

#include "rules/support.hpp"

namespace xxgk::rules {
namespace {

void applications(const Report& r, FindingSink& sink) {
    const Applications& t = r.applications;
    if (!t.present) return;
    const ApplicationRow* before = nullptr;  // where a missing row should have stood
    for (const auto& key : application_row_keys(t.layout)) {
        if (const ApplicationRow* row = t.row(key)) {
            before = row;
            continue;
        }
        std::string_view label = application_row_spec(key)->label;
        std::string after_zh = before ? fmt::format("（应在「{}」之后）", before->label) : "";
        std::string after_en = before ? fmt::format(" (after \"{}\")", before->label) : "";
        Finding& f = sink.add(fmt::format("表三缺少「{}」行{}，涉及它的等式未校验", label, after_zh),
                              fmt::format("table 三 has no row \"{}\" ({}){}; identities over it not checked",
                                          label, key, after_en),
                              before ? before->pos : t.pos);
        f.table = "applications";
        f.row = key;
    }
}

void active(const Report& r, FindingSink& sink) {
    const ActiveDisclosure& t = r.active;
    if (!t.present) return;
    Template layout = t.layout != Template::unknown ? t.layout : r.layout;
    for (const ActiveItemSpec* spec : active_items(layout)) {
        const ActiveItem* item = nullptr;
        for (const auto& it : t.items)
            if (it.key == spec->key) item = &it;
        for (const auto& [row_key, row_label] : spec->rows(layout)) {
            bool found = false;
            if (item)
                for (const auto& row : item->rows) found = found || row.key == row_key;
            if (found) continue;
            Finding& f = sink.add(fmt::format("表二「{}」缺少「{}」行", spec->caption, row_label),
                                  fmt::format("table 二 \"{}\" has no row \"{}\"", spec->caption, row_label),
                                  item ? item->pos : t.pos);
            f.table = "active_disclosure";
            f.row = std::string(spec->key) + "." + std::string(row_key);
        }
    }
}

void review(const Report& r, FindingSink& sink) {
    if (!r.review.present || r.review.complete) return;
    int found = 0;
    for (const auto& c : r.review.cells) found += c.unreadable && c.raw.empty() ? 0 : 1;
    // More than 15 (extra columns): which 15 are meant cannot be known.
    Finding& f = r.review.values > 15
                     ? sink.add(fmt::format("表四应有 15 个数字单元格，却有 {} 个，其等式未校验", r.review.values),
                                fmt::format("table 四 should hold 15 numbers, found {}; its identities not checked",
                                            r.review.values),
                                r.review.pos)
                     : sink.add(fmt::format("表四应有 15 个数字单元格，只找到 {} 个，其等式未校验", found),
                                fmt::format("table 四 should hold 15 numbers, found {}; its identities not checked", found),
                                r.review.pos);
    f.table = "review_litigation";
}

void check(const Report& r, const CheckOptions&, FindingSink& sink) {
    applications(r, sink);
    active(r, sink);
    review(r, sink);
}

}  // namespace

extern const Rule kRowMissing = {
    {.code = "XG203",
     .name = "row-missing",
     .severity = Severity::error,
     .summary_zh = "表二、表三或表四缺少模板规定的行，用到它的勾稽关系无法核对",
     .summary_en = "A row the template requires is missing; identities that need it are not checked",
     .bad_example = "broken-row-missing.txt",
     .good_example = "clean-2019.txt"},
    check};

}  // namespace xxgk::rules
