// The output formats: one table, the CLI picks by name (and lists the names in --help).
#include <algorithm>
#include <string>

#include "xxgk/reporters.hpp"

namespace xxgk {
namespace {

constexpr Reporter kReporters[] = {
    {"text", "compiler-style lines with the arithmetic of each identity (the default)", open_text, write_text},
    {"json", "one object, schemas/findings.schema.json", open_json, write_json, true},
    {"sarif", "SARIF 2.1.0, for GitHub code scanning and other SARIF viewers", open_sarif, write_sarif},
    {"junit", "JUnit XML: a test suite per file, a test case per rule (GitLab, Jenkins)", open_junit, write_junit},
    {"github", "GitHub Actions workflow commands (annotations), plus $GITHUB_STEP_SUMMARY", open_github,
     write_github},
    {"gcc", "one line per finding, file:line:col: severity: message [rule] (editors)", open_gcc, write_gcc},
    {"html", "one self-contained page: each report's tables drawn with the wrong cells marked, an index of the batch",
     open_html, write_html, false, true},
#ifdef XXGK_WITH_XLSX
    {"xlsx", "an Excel workbook (-o FILE.xlsx): summary, findings, tables 三 and 四, missing reports", open_xlsx,
     write_xlsx, false, true},
#endif
};

}  // namespace

std::span<const Reporter> reporter_registry() { return kReporters; }

const Reporter* find_reporter(std::string_view name) {
    const auto it = std::ranges::find(kReporters, name, &Reporter::name);
    return it == std::end(kReporters) ? nullptr : it;
}

void write_outcome(OpenFn open, std::ostream& out, const Outcome& o, const ReportStyle& style) {
    ReportStyle with_baseline = style;
    with_baseline.baseline = style.baseline || o.baseline;
    std::unique_ptr<ReportWriter> writer = open(out, with_baseline);
    SummaryBuilder summary;
    for (std::size_t i = 0; i < o.results.size(); ++i) {
        writer->file(o.results[i]);
        summary.add(i, o.results[i]);
    }
    writer->end(RunEnd{summary.summary(), o.suppressed, o.stale, summary.hint_rule()});
}

void write_text(std::ostream& out, const Outcome& o, const ReportStyle& style) { write_outcome(open_text, out, o, style); }
void write_json(std::ostream& out, const Outcome& o, const ReportStyle& style) { write_outcome(open_json, out, o, style); }
void write_sarif(std::ostream& out, const Outcome& o, const ReportStyle& style) { write_outcome(open_sarif, out, o, style); }
void write_junit(std::ostream& out, const Outcome& o, const ReportStyle& style) { write_outcome(open_junit, out, o, style); }
void write_github(std::ostream& out, const Outcome& o, const ReportStyle& style) { write_outcome(open_github, out, o, style); }
void write_gcc(std::ostream& out, const Outcome& o, const ReportStyle& style) { write_outcome(open_gcc, out, o, style); }

std::string rule_help_uri(std::string_view docs_url, std::string_view rule_name) {
    if (docs_url.empty()) return {};
    std::string uri(docs_url);
    if (uri.back() != '/') uri += '/';
    return uri + std::string(rule_name) + ".md";
}

}  // namespace xxgk
