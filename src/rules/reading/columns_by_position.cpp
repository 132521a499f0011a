// columns-by-position: a PDF table printed without ruling lines: its columns were placed under
// its header words. Said once per table: which column a number stands in was inferred, not read.
#include <fmt/format.h>

#include "rules/support.hpp"

namespace xxgk::rules {
namespace {

void check(const Report& r, const CheckOptions&, FindingSink& sink) {
    struct T { bool placed; Position pos; std::string_view zh, en, key; };
    const T list[] = {
        {r.active.by_position, r.active.pos, "表二", "table 二", "active_disclosure"},
        {r.applications.by_position, r.applications.pos, "表三", "table 三", "applications"},
        {r.review.by_position, r.review.pos, "表四", "table 四", "review_litigation"},
    };
    for (const auto& t : list) {
        if (!t.placed) continue;
        Finding& f = sink.add(
            fmt::format("PDF 中的{}没有表格线，各列按表头文字的位置划分；数字所在的列是推断的，请对照原文核对", t.zh),
            fmt::format("{} in the PDF has no ruling lines: its columns were placed by the positions of its header "
                        "words, so which column a number is in was inferred; compare with the original",
                        t.en),
            t.pos);
        f.table = std::string(t.key);
    }
}

}  // namespace

extern const Rule kColumnsByPosition = {
    {.code = "XG212",
     .name = "columns-by-position",
     .severity = Severity::note,
     .summary_zh = "PDF 表格没有表格线：各列按表头文字的位置划分，数字所在的列是推断的",
     .summary_en = "A PDF table without ruling lines: its columns were placed by the positions of its header words",
     .bad_example = "pdf/web-no-rulings-2021.pdf",
     .good_example = "clean-2021.txt"},
    check};

}  // namespace xxgk::rules
