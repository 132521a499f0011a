// Rules over the reports of one run: last year's carried-forward applications and documents in
// force against this year's, copied tables, and two reports for one issuer and year.
#include <fmt/format.h>

#include <cmath>
#include <map>
#include <unordered_map>

#include "xxgk/cross.hpp"

namespace xxgk {
namespace {

// Copies are told apart from the many small bodies whose tables are all zeros.
constexpr int kMinNonzeroForCopy = 10;

std::string where(const ReportDigest& d, const Position& p) {
    return p.line > 0 ? fmt::format("{}:{}", d.path, p.line) : d.path;
}

using Out = std::vector<std::pair<std::size_t, Finding>>;

void carry_over(const ReportDigest& now, std::size_t index, const ReportDigest& last, Out& out) {
    for (std::size_t c = 0; c < 7; ++c) {
        const DigestCell& a = now.carried_over[c];
        const DigestCell& b = last.carried_forward[c];
        if (!a.value || !b.value || *a.value == *b.value) continue;
        std::string col_zh(applicant_column_label(kApplicantColumns[c]));
        std::string col_en(applicant_column_label_en(kApplicantColumns[c]));
        std::string diff = format_number(*a.value - *b.value);
        Finding f = make_finding(
            "carry-over-continuity",
            fmt::format("申请人「{}」列：本年「二、上年结转」为 {}，而 {} 年报告 {} 的「四、结转下年度继续办理」为 {}（差 {}）",
                        col_zh, format_number(*a.value), *last.year, where(last, b.pos), format_number(*b.value), diff),
            fmt::format("column \"{}\": carried over from last year is {}, but the {} report {} carried forward {} (difference {})",
                        col_en, format_number(*a.value), *last.year, where(last, b.pos), format_number(*b.value), diff),
            a.pos);
        f.table = "applications";
        f.row = "carried_over";
        f.column = std::string(kApplicantColumns[c]);
        out.emplace_back(index, std::move(f));
    }
}

void documents(const ReportDigest& now, std::size_t index, const ReportDigest& last, Out& out) {
    if (now.layout != Template::t2021 || last.layout != Template::t2021) return;
    static constexpr std::string_view rows_zh[] = {"规章", "行政规范性文件"};
    static constexpr std::string_view rows_en[] = {"regulations", "normative documents"};
    static constexpr std::string_view keys[] = {"regulations", "normative_documents"};
    for (std::size_t i = 0; i < 2; ++i) {
        const auto& n = now.documents[i];
        const auto& l = last.documents[i];
        if (!n.in_force.value || !n.issued.value || !n.repealed.value || !l.in_force.value) continue;
        double expected = *l.in_force.value + *n.issued.value - *n.repealed.value;
        if (std::fabs(*n.in_force.value - expected) < 1e-9) continue;
        std::string a = format_number(*n.in_force.value), e = format_number(expected);
        std::string diff = format_number(*n.in_force.value - expected);
        Finding f = make_finding(
            "active-documents-continuity",
            fmt::format("表二「{}」现行有效件数为 {}，按 {} 年报告 {} 的 {} 件 + 本年制发 {} − 本年废止 {} 应为 {}（差 {}）",
                        rows_zh[i], a, *last.year, where(last, l.in_force.pos), format_number(*l.in_force.value),
                        format_number(*n.issued.value), format_number(*n.repealed.value), e, diff),
            fmt::format("table 二 {} in force: {}, but the {} report {} had {} + {} issued − {} repealed = {} (difference {})",
                        rows_en[i], a, *last.year, where(last, l.in_force.pos), format_number(*l.in_force.value),
                        format_number(*n.issued.value), format_number(*n.repealed.value), e, diff),
            n.in_force.pos);
        f.table = "active_disclosure";
        f.row = "art20_1." + std::string(keys[i]);
        f.column = "in_force";
        out.emplace_back(index, std::move(f));
    }
}

std::string who(const ReportDigest& d) {
    return fmt::format("{}，{}", d.issuer.value_or("发布机关不详"),
                       d.year ? std::to_string(*d.year) + " 年" : "年度不详");
}

std::string who_en(const ReportDigest& d) {
    return fmt::format("{}, {}", d.issuer.value_or("issuer unknown"),
                       d.year ? std::to_string(*d.year) : "year unknown");
}

}  // namespace

std::vector<std::pair<std::size_t, Finding>> check_across(const std::vector<ReportDigest>& digests) {
    Out out;
    std::map<std::pair<std::string, int>, std::size_t> by_issuer_year;  // first report of each
    std::unordered_map<std::uint64_t, std::size_t> by_tables;
    for (std::size_t i = 0; i < digests.size(); ++i) {
        const ReportDigest& d = digests[i];
        if (d.issuer && d.year) {
            auto [it, fresh] = by_issuer_year.emplace(std::make_pair(*d.issuer, *d.year), i);
            const ReportDigest& first = digests[it->second];
            // Identical tables: one report published twice (a page and its attachment).
            if (!fresh && first.tables_hash != d.tables_hash) {
                Finding f = make_finding("duplicate-issuer-year",
                    fmt::format("{} 也是「{}」{} 年的报告：同一机关同一年度有两份报告", first.path, *d.issuer, *d.year),
                    fmt::format("{} is also the {} report of \"{}\": two reports for one issuer and year", first.path, *d.year, *d.issuer),
                    {});
                out.emplace_back(i, std::move(f));
            }
        }
        if (d.nonzero_cells >= kMinNonzeroForCopy) {
            auto [it, fresh] = by_tables.emplace(d.tables_hash, i);
            const ReportDigest& other = digests[it->second];
            bool same_report = other.issuer == d.issuer && other.year == d.year;
            if (!fresh && !same_report) {
                Finding f = make_finding("duplicate-report",
                    fmt::format("表二、表三、表四的数字与 {}（{}）完全相同：疑似照抄的报告", other.path, who(other)),
                    fmt::format("tables 二, 三 and 四 are identical to those of {} ({}): a copied report?", other.path, who_en(other)),
                    d.tables_pos);
                out.emplace_back(i, std::move(f));
            }
        }
    }
    // Last year's report of the same issuer, wherever it stands in the input.
    for (std::size_t i = 0; i < digests.size(); ++i) {
        const ReportDigest& d = digests[i];
        if (!d.issuer || !d.year) continue;
        auto last = by_issuer_year.find({*d.issuer, *d.year - 1});
        if (last == by_issuer_year.end()) continue;
        carry_over(d, i, digests[last->second], out);
        documents(d, i, digests[last->second], out);
    }
    return out;
}

}  // namespace xxgk
