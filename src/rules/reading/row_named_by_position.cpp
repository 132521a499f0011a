// row-named-by-position: a table-三 row whose label is not the template's (a typo) was named by
// its place: the rows before and after it are known, and exactly one template row is missing
// between them; or its group and number are those of a template row the table lacks. The
// inference is the model's; this says it once per row.
#include <fmt/format.h>

#include "rules/support.hpp"

namespace xxgk::rules {
namespace {

void check(const Report& r, const CheckOptions&, FindingSink& sink) {
    const Applications& t = r.applications;
    for (std::size_t i = 0; i < t.rows.size(); ++i) {
        const ApplicationRow& row = t.rows[i];
        if (!row.named_by_position) continue;
        const std::string_view meant = application_row_spec(row.key)->label;
        // Named between two rows the template knows by their labels, or else by group and number.
        const ApplicationRow* before = i > 0 ? &t.rows[i - 1] : nullptr;
        const ApplicationRow* after = i + 1 < t.rows.size() ? &t.rows[i + 1] : nullptr;
        const bool between = before && after && !before->key.empty() && !after->key.empty() &&
                             !before->named_by_position && !after->named_by_position;
        Finding& f =
            between
                ? sink.add(fmt::format("表三「{}」不是模板的标签，按它在「{}」与「{}」之间的位置认定为「{}」", row.label,
                                       before->label, after->label, meant),
                           fmt::format("table 三: \"{}\" is not a label of the template; from its place between \"{}\" "
                                       "and \"{}\" it is taken as \"{}\" ({})",
                                       row.label, before->label, after->label, meant, row.key),
                           row.pos)
                : sink.add(fmt::format("表三「{}」不是模板的标签，按它所在的组和编号认定为「{}」", row.label, meant),
                           fmt::format("table 三: \"{}\" is not a label of the template; from its group and number "
                                       "it is taken as \"{}\" ({})",
                                       row.label, meant, row.key),
                           row.pos);
        f.table = "applications";
        f.row = row.key;
    }
}

}  // namespace

extern const Rule kRowNamedByPosition = {
    {.code = "XG211",
     .name = "row-named-by-position",
     .severity = Severity::note,
     .summary_zh = "表三某行的标签不是模板的写法（错字），按它在前后两行之间的位置或它所在的组和编号认定为所缺的那一行",
     .summary_en = "A table-3 row label is not the template's (a typo): the row is named by its place between its neighbours, or by its group and number",
     .bad_example = "broken-row-named-by-position.txt",
     .good_example = "clean-2021.txt"},
    check};

}  // namespace xxgk::rules
