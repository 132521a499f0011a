// value-in-neighbouring-column: in one row of table 三, values typed one column off — two
// neighbours exchanged, or the row shifted by one column from some point on.
#include <algorithm>
#include <array>
#include <numeric>

#include <fmt/format.h>

#include "rules/diagnosis/diagnosis.hpp"

namespace xxgk::rules {
namespace {

using detail::IdentitySystem;
using Row = std::array<double, 7>;

enum class Kind { exchanged, shifted_right, shifted_left };

struct Hypothesis {
    Kind kind;
    std::string row;
    std::size_t column;  // the first column of the pair or of the shift
    std::vector<IdentitySystem::Change> changes;
};

// The rows each way of typing one column off would have meant. Right: from column a on, each
// value stands one column right of its own (column a left at 0, the total pushed out and
// recomputed); left: from column a on, each value stands one column left of its own (the total
// column left at 0, column a's own value lost and recomputed from the total).
std::vector<std::pair<Kind, std::size_t>> shapes() {
    std::vector<std::pair<Kind, std::size_t>> out;
    for (std::size_t a = 0; a + 1 < 7; ++a)
        for (Kind k : {Kind::exchanged, Kind::shifted_right, Kind::shifted_left}) out.emplace_back(k, a);
    return out;
}

bool meant(const Row& p, Kind kind, std::size_t a, Row& t) {
    t = p;
    switch (kind) {
        case Kind::exchanged:
            std::swap(t[a], t[a + 1]);
            return true;
        case Kind::shifted_right:
            if (p[a] != 0) return false;
            for (std::size_t c = a; c < 6; ++c) t[c] = p[c + 1];
            t[6] = std::accumulate(t.begin(), t.begin() + 6, 0.0);
            return true;
        case Kind::shifted_left: {
            if (p[6] != 0) return false;
            for (std::size_t c = a; c < 6; ++c) t[c + 1] = p[c];
            t[a] = 0;
            t[a] = t[6] - std::accumulate(t.begin(), t.begin() + 6, 0.0);
            return true;
        }
    }
    return false;
}

void diagnose(const Report& report, std::span<const Finding> found, const CheckOptions& options, FindingSink& sink) {
    const detail::FoundIdentities identities(found);
    if (identities.empty()) return;
    const IdentitySystem& system = detail::system_once(report, options.blank);
    std::vector<Hypothesis> fits;
    for (const std::string& row : application_row_keys(report.layout)) {
        Row p{};
        std::array<int, 7> index{};
        bool all = true;
        for (std::size_t c = 0; c < 7 && all; ++c)
            all = detail::application_value(system, row, kApplicantColumns[c], &index[c], &p[c]);
        if (!all) continue;
        for (const auto& [kind, a] : shapes()) {
            Row t;
            if (!meant(p, kind, a, t)) continue;
            Hypothesis h{kind, row, a, {}};
            bool negative = false;
            for (std::size_t c = 0; c < 7; ++c) {
                negative = negative || t[c] < 0;
                if (!detail::same_number(t[c], p[c])) h.changes.push_back({index[c], t[c]});
            }
            const int component = system.cells()[index[0]].component;
            if (negative || h.changes.size() < 2 || !system.resolves(h.changes, component)) continue;
            // Two shapes can mean the same row (a shift by one over two columns is an exchange).
            const bool seen = std::any_of(fits.begin(), fits.end(), [&](const Hypothesis& o) {
                return o.changes.size() == h.changes.size() &&
                       std::equal(o.changes.begin(), o.changes.end(), h.changes.begin(), [](const auto& x, const auto& y) {
                           return x.cell == y.cell && detail::same_number(x.value, y.value);
                       });
            });
            if (!seen) fits.push_back(std::move(h));
        }
    }
    if (fits.size() != 1) return;  // none, or more than one way: no guess
    const Hypothesis& h = fits.front();
    const std::string& label = system.cells()[h.changes.front().cell].label;
    const std::string_view a_zh = applicant_column_label(kApplicantColumns[h.column]);
    const std::string_view a_en = applicant_column_label_en(kApplicantColumns[h.column]);
    const std::string_view b_zh = applicant_column_label(kApplicantColumns[h.column + 1]);
    const std::string_view b_en = applicant_column_label_en(kApplicantColumns[h.column + 1]);
    const Kind kind = h.kind;
    detail::add_cause(sink, system, identities, h.changes, [&](std::size_t failing) {
        const std::string fz = detail::failing_zh(failing), fe = detail::failing_en(failing);
        switch (kind) {
            case Kind::exchanged:
                return detail::Wording{
                    fmt::format("表三「{}」行「{}」与「{}」两列的数像是填反了：互换后{}都成立", label, a_zh, b_zh, fz),
                    fmt::format("table 三 row \"{}\": the values of \"{}\" and \"{}\" look typed in each other's column; "
                                "exchanged, they satisfy {}",
                                label, a_en, b_en, fe)};
            case Kind::shifted_right:
                return detail::Wording{
                    fmt::format("表三「{}」行从「{}」列起的数像是错后了一列：各数移回左边一列、总计重算后{}都成立", label,
                                a_zh, fz),
                    fmt::format("table 三 row \"{}\": from column \"{}\" on, the values look typed one column to the "
                                "right; moved back, with the total recomputed, they satisfy {}",
                                label, a_en, fe)};
            case Kind::shifted_left:
                break;
        }
        return detail::Wording{
            fmt::format("表三「{}」行从「{}」列起的数像是错前了一列：各数移回右边一列后{}都成立", label, b_zh, fz),
            fmt::format("table 三 row \"{}\": from column \"{}\" on, the values look typed one column to the left; "
                        "moved back, they satisfy {}",
                        label, b_en, fe)};
    });
}

}  // namespace

extern const Rule kValueInNeighbouringColumn = {
    {.code = "XG109",
     .name = "value-in-neighbouring-column",
     .severity = Severity::note,
     .summary_zh = "表三某行的数填到了相邻一列（两列填反，或整行错开一列）：多个等式不成立的同一原因",
     .summary_en = "Values of a table 3 row typed one column off (two exchanged, or the row shifted): one cause of many failures",
     .status = RuleStatus::preview,
     .bad_example = "broken-value-in-neighbouring-column.txt",
     .good_example = "clean-2021.txt"},
    nullptr, nullptr, diagnose};

}  // namespace xxgk::rules
