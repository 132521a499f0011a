// aggregate-sum: a report the --expect list marks as an aggregate (a district that sums its
// departments and streets) against the sum of its children's tables 三 and 四, cell by cell.
#include <cmath>

#include <fmt/format.h>

#include "rules/cross/cross.hpp"
#include "rules/cross/listed.hpp"

namespace xxgk::rules {
namespace {

struct Child {
    const ReportDigest* report;
    std::string name;
};

// What a cell is called in messages, and its logical place.
struct CellName {
    std::string zh, en, table, row, column, key;
};

CellName name_of(std::size_t k) {
    const std::span<const ApplicationRowSpec> rows = application_row_specs();
    if (k < rows.size() * 7) {
        const ApplicationRowSpec& row = rows[k / 7];
        const std::string_view column = kApplicantColumns[k % 7];
        return {fmt::format("表三「{}」「{}」列", row.label, applicant_column_label(column)),
                fmt::format("table 三 \"{}\", column \"{}\"", row.label, applicant_column_label_en(column)),
                "applications", std::string(row.key), std::string(column),
                fmt::format("applications.{}.{}", row.key, column)};
    }
    const std::size_t i = k - rows.size() * 7;
    const ReviewGroupSpec& group = review_group_specs()[i / 5];
    const std::string_view cell = kReviewCells[i % 5];
    return {fmt::format("表四「{}」「{}」", group.name_zh, review_cell_labels()[i % 5]),
            fmt::format("table 四 {}, \"{}\"", group.name_en, cell), "review_litigation", std::string(group.key),
            std::string(cell), fmt::format("review_litigation.{}.{}", group.key, cell)};
}

std::string names(const std::vector<std::string>& list, std::string_view separator) {
    std::string out;
    for (const std::string& n : list) out += (out.empty() ? "" : std::string(separator)) + n;
    return out;
}

void compare(std::size_t index, const ReportDigest& aggregate, const std::vector<Child>& children, CrossSink& sink) {
    int unchecked = 0;
    for (std::size_t k = 0; k < aggregate.cells.size(); ++k) {
        const double own = aggregate.cells[k];
        double sum = 0;
        int missing = std::isnan(own) ? 1 : 0;
        for (const Child& c : children) {
            const double v = k < c.report->cells.size() ? c.report->cells[k] : std::nan("");
            if (std::isnan(v)) ++missing;
            else sum += v;
        }
        if (missing == static_cast<int>(children.size()) + 1) continue;  // a row of the other template
        if (missing > 0) {
            ++unchecked;
            continue;
        }
        if (std::fabs(own - sum) < 1e-9) continue;
        std::vector<std::string> parts;
        for (const Child& c : children) parts.push_back(fmt::format("{} {}", c.name, format_number(c.report->cells[k])));
        const CellName n = name_of(k);
        const std::string diff = format_number(own - sum);
        Finding& f = sink.add(
            index,
            fmt::format("{}：本报告为 {}，{} 个下级单位合计 {}（{}），差 {}", n.zh, format_number(own), children.size(),
                        format_number(sum), names(parts, "、"), diff),
            fmt::format("{}: {} here, {} summed over its {} children ({}), difference {}", n.en, format_number(own),
                        format_number(sum), children.size(), names(parts, ", "), diff),
            k < aggregate.cell_places.size() ? aggregate.cell_places[k] : aggregate.tables_pos);
        f.table = n.table;
        f.row = n.row;
        f.column = n.column;
        f.diagnosis = Diagnosis{.cell = n.key, .value = own, .suggested_value = sum};
    }
    if (unchecked > 0) {
        Finding& f = sink.add(index,
                              fmt::format("与下级单位之和核对时，有 {} 个单元格未核对：本报告或下级单位的报告中读不出数值",
                                          unchecked),
                              fmt::format("{} cell{} not checked against the children's sum: no value could be read "
                                          "there in this report or a child's",
                                          unchecked, unchecked == 1 ? "" : "s"),
                              aggregate.tables_pos);
        f.severity = Severity::note;  // what could not be verified, not a defect
    }
}

void check(std::span<const ReportDigest> digests, const ExpectedReports& list, CrossSink& sink) {
    const detail::ListMatch m = detail::match_list(digests, list);
    for (const auto& slot : m.slots) {
        const ExpectedEntry& entry = list.entries[slot.entry];
        if (!entry.aggregate || slot.report == detail::kNoReport) continue;  // a missing aggregate: report-missing
        std::vector<Child> children;
        std::vector<std::string> absent;
        for (const auto& child : m.slots) {
            const ExpectedEntry& e = list.entries[child.entry];
            if (e.parent_key != entry.key || child.year != slot.year) continue;
            if (child.report == detail::kNoReport) absent.push_back(e.issuer);
            else children.push_back({&digests[child.report], e.issuer});
        }
        const ReportDigest& aggregate = digests[slot.report];
        if (!absent.empty()) {
            Finding& f = sink.add(
                slot.report,
                fmt::format("无法与下级单位之和核对：{} 个下级单位的 {} 年报告不在本次检查中（{}）", absent.size(),
                            slot.year, names(absent, "、")),
                fmt::format("not checkable against its children's sum: {} child{} missing from the run for {} ({})",
                            absent.size(), absent.size() == 1 ? "" : "ren", slot.year, names(absent, ", ")),
                aggregate.tables_pos);
            f.severity = Severity::note;  // the sum cannot be made: nothing is known to be wrong
            continue;
        }
        if (!children.empty()) compare(slot.report, aggregate, children, sink);
    }
}

}  // namespace

extern const CrossRule kAggregateSum = {
    {.code = "XG306",
     .name = "aggregate-sum",
     .severity = Severity::warning,
     .summary_zh = "--expect 名单中标为汇总的报告，表三、表四应逐格等于其下级单位报告之和",
     .summary_en = "A report the --expect list marks as an aggregate equals its children's tables 三 and 四, cell by cell",
     .bad_example = "broken-aggregate-sum/",
     .good_example = "batch-office/"},
    nullptr, check};

}  // namespace xxgk::rules
