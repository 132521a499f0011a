// tool-subtotals: table 三 carries subtotals a tool added (a 法人或其他组织小计 column, 小计 rows
// closing a group), which the template does not have. The model set them aside, so they take
// no part in the identities; this checks each against its parts and says so once per table.
#include <fmt/format.h>

#include <array>
#include <string>
#include <vector>

#include "rules/support.hpp"

namespace xxgk::rules {
namespace {

struct Mismatch {
    std::string where_zh, where_en;
    double printed, parts;
};

// The sum of the given cells, or nothing when one of them holds no value.
std::optional<double> sum_of(const std::vector<const CellValue*>& cells) {
    double sum = 0;
    for (const CellValue* c : cells) {
        if (!c->value) return std::nullopt;
        sum += *c->value;
    }
    return sum;
}

// One subtotal against its parts: counted as checked, and as a mismatch when it differs.
void compare(const CellValue& subtotal, const std::vector<const CellValue*>& parts, std::string where_zh,
             std::string where_en, int& checked, std::vector<Mismatch>& out) {
    const std::optional<double> sum = sum_of(parts);
    if (!subtotal.value || !sum) return;
    ++checked;
    if (*subtotal.value != *sum) out.push_back({std::move(where_zh), std::move(where_en), *subtotal.value, *sum});
}

void check(const Report& report, const CheckOptions&, FindingSink& sink) {
    const Applications& t = report.applications;
    if (t.subtotal_column.empty() && t.subtotal_rows.empty()) return;
    int checked = 0;
    std::vector<Mismatch> bad;
    auto check_column = [&](const ApplicationRow& row) {
        if (!row.subtotal) return;
        std::vector<const CellValue*> five;
        for (std::size_t c = 1; c <= 5; ++c) five.push_back(&row.cells[c]);
        compare(*row.subtotal, five, fmt::format("「{}」行「{}」", row.label, t.subtotal_column),
                fmt::format("row \"{}\", \"{}\"", row.label, t.subtotal_column), checked, bad);
    };
    for (const ApplicationRow& row : t.rows) check_column(row);
    for (const ApplicationRow& sub : t.subtotal_rows) {
        check_column(sub);
        const std::string prefix = sub.key + ".";
        for (std::size_t c = 0; c < 7; ++c) {
            std::vector<const CellValue*> parts;
            for (const ApplicationRow& row : t.rows)
                if (row.key.compare(0, prefix.size(), prefix) == 0) parts.push_back(&row.cells[c]);
            compare(sub.cells[c], parts,
                    fmt::format("「{}」行「{}」列", sub.label, applicant_column_label(kApplicantColumns[c])),
                    fmt::format("row \"{}\", column \"{}\"", sub.label, applicant_column_label_en(kApplicantColumns[c])),
                    checked, bad);
        }
    }
    std::string what_zh, what_en;
    if (!t.subtotal_column.empty()) {
        what_zh = fmt::format("「{}」列", t.subtotal_column);
        what_en = fmt::format("a column \"{}\"", t.subtotal_column);
    }
    if (!t.subtotal_rows.empty()) {
        what_zh += fmt::format("{}{} 个「{}」行", what_zh.empty() ? "" : "和 ", t.subtotal_rows.size(), kSubtotalWord);
        what_en += fmt::format("{}{} \"{}\" row{}", what_en.empty() ? "" : " and ", t.subtotal_rows.size(), kSubtotalWord,
                               t.subtotal_rows.size() == 1 ? "" : "s");
    }
    std::string verdict_zh, verdict_en;
    if (bad.empty()) {
        verdict_zh = fmt::format("核对了其中 {} 个数，都与各自的明细之和相符", checked);
        verdict_en = fmt::format("{} of their numbers were checked against the sums of their parts, and all agree", checked);
    } else {
        // The first few disagreements, each with both numbers: the report's own sums are wrong there.
        constexpr std::size_t kShown = 3;
        std::string list_zh, list_en;
        for (std::size_t i = 0; i < bad.size() && i < kShown; ++i) {
            list_zh += fmt::format("{}{}印的是 {}，明细之和为 {}", i ? "；" : "", bad[i].where_zh, bad[i].printed, bad[i].parts);
            list_en += fmt::format("{}{} prints {}, its parts sum to {}", i ? "; " : "", bad[i].where_en, bad[i].printed,
                                   bad[i].parts);
        }
        if (bad.size() > kShown) {
            list_zh += fmt::format("；另有 {} 处", bad.size() - kShown);
            list_en += fmt::format("; {} more", bad.size() - kShown);
        }
        verdict_zh = fmt::format("核对了其中 {} 个数，{} 个与明细之和不符：{}", checked, bad.size(), list_zh);
        verdict_en = fmt::format("{} of their numbers were checked against the sums of their parts, {}: {}", checked,
                                 bad.size() == 1 ? std::string("one disagrees") : fmt::format("{} disagree", bad.size()),
                                 list_en);
    }
    Finding& f = sink.add(
        fmt::format("表三有模板之外的小计{}（制表工具所加），已按表头和所在的组识别，不计入模板的等式；{}", what_zh, verdict_zh),
        fmt::format("table 三 has subtotals the template does not have ({}, added by a tool): recognised by their "
                    "header and group, and left out of the template's identities; {}",
                    what_en, verdict_en),
        t.pos);
    f.table = "applications";
}

}  // namespace

extern const Rule kToolSubtotals = {
    {.code = "XG217",
     .name = "tool-subtotals",
     .severity = Severity::note,
     .summary_zh = "表三有模板之外的小计（法人或其他组织小计列、小计行）：不计入模板的等式，只与各自的明细核对",
     .summary_en = "Table 3 has subtotals the template lacks (a legal-person subtotal column, subtotal rows): left out of the identities, checked against their parts",
     .status = RuleStatus::preview,
     .bad_example = "broken-tool-subtotals.txt",
     .good_example = "clean-2021.txt"},
    check};

}  // namespace xxgk::rules
