// `extract --format csv --wide`: one row per report with the totals an office compares from
// year to year, sorted by issuer and year so that each issuer's series reads down the file.
// The rows are held until the end: a few numbers per report, never the reports.
#include <algorithm>
#include <ostream>
#include <tuple>
#include <vector>

#include "csv.hpp"
#include "key_totals.hpp"
#include "xxgk/extract.hpp"

namespace xxgk {
namespace {

struct WideRow {
    std::string issuer;
    std::optional<int> year;
    std::string path, layout;
    std::array<std::optional<double>, detail::kKeyTotals.size()> totals;
    int errors = 0, warnings = 0;
};

class WideCsvWriter final : public ExtractWriter {
public:
    explicit WideCsvWriter(std::ostream& out) : out_(out) {
        out_ << "file,issuer,year,template";
        for (const detail::KeyTotal& t : detail::kKeyTotals) out_ << ',' << t.key;
        out_ << ",errors,warnings\r\n";
    }
    void report(const Report& report, const std::string& path, std::span<const Finding> findings) override {
        WideRow row{report.issuer.value_or(""), report.year, path, std::string(template_name(report.layout)),
                    detail::key_totals(report)};
        for (const Finding& f : findings) {
            row.errors += f.severity == Severity::error;
            row.warnings += f.severity == Severity::warning;
        }
        rows_.push_back(std::move(row));
    }
    void end() override {
        // Reports naming no issuer last, in input order.
        std::stable_sort(rows_.begin(), rows_.end(), [](const WideRow& a, const WideRow& b) {
            return std::tuple(a.issuer.empty(), a.issuer, a.year) < std::tuple(b.issuer.empty(), b.issuer, b.year);
        });
        for (const WideRow& r : rows_) {
            out_ << detail::csv_field(r.path) << ',' << detail::csv_field(r.issuer) << ','
                 << (r.year ? std::to_string(*r.year) : "") << ',' << r.layout;
            for (const std::optional<double>& v : r.totals) out_ << ',' << (v ? format_number(*v) : "");
            out_ << ',' << r.errors << ',' << r.warnings << "\r\n";
        }
    }

private:
    std::ostream& out_;
    std::vector<WideRow> rows_;
};

}  // namespace

std::unique_ptr<ExtractWriter> open_wide_csv(std::ostream& out) { return std::make_unique<WideCsvWriter>(out); }

}  // namespace xxgk
