#pragma once
// Reporters: findings (plus rule metadata) to text. Only reporters and cli write output.
// One file per format under src/reporters/, all behind one signature and listed in one table.
#include <optional>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "xxgk/baseline.hpp"
#include "xxgk/check.hpp"

namespace xxgk {

struct ReportStyle {
    std::string lang = "zh";  // "zh" or "en"
    bool color = false;
    // The lowest severity that fails the run (--fail-on); nullopt = never. JUnit fails a test
    // case only at or above it, so the CI's red matches the exit code.
    std::optional<Severity> fail_on = Severity::error;
};

// What a run hands every reporter: the results after --select/--ignore and the baseline.
struct Outcome {
    std::span<const FileResult> results;
    bool baseline = false;              // a baseline was applied
    int suppressed = 0;                 // findings the baseline hid
    std::vector<BaselineEntry> stale = {};  // baseline entries that no longer occur
};

struct Summary {
    int files = 0, clean = 0, with_findings = 0, unreadable = 0;
    int skipped = 0;  // found in a directory, not reports; not in `files`
    int errors = 0, warnings = 0, notes = 0;
    // For a batch: every rule that fired (most frequent first) and the files with most errors.
    struct RuleCount {
        std::string rule;
        int findings = 0, files = 0;
    };
    std::vector<RuleCount> rules;
    struct FileCount {
        std::string path;
        int errors = 0;
    };
    std::vector<FileCount> top_files;  // at most kTopFiles, errors > 0
    static constexpr std::size_t kTopFiles = 5;
};
Summary summarize(std::span<const FileResult> results);

using WriteFn = void (*)(std::ostream& out, const Outcome& outcome, const ReportStyle& style);

struct Reporter {
    std::string_view name;  // the --format value
    std::string_view description;
    WriteFn write;
};

// Every output format, in the order `--help` lists them.
std::span<const Reporter> reporter_registry();
const Reporter* find_reporter(std::string_view name);

void write_text(std::ostream& out, const Outcome& outcome, const ReportStyle& style);
void write_json(std::ostream& out, const Outcome& outcome, const ReportStyle& style);
void write_sarif(std::ostream& out, const Outcome& outcome, const ReportStyle& style);
void write_junit(std::ostream& out, const Outcome& outcome, const ReportStyle& style);
void write_github(std::ostream& out, const Outcome& outcome, const ReportStyle& style);
void write_gcc(std::ostream& out, const Outcome& outcome, const ReportStyle& style);

// Results alone (no baseline), as most callers and tests have them.
inline void write_text(std::ostream& out, const std::vector<FileResult>& results,
                       const ReportStyle& style) {
    write_text(out, Outcome{.results = results}, style);
}
inline void write_json(std::ostream& out, const std::vector<FileResult>& results,
                       const ReportStyle& style) {
    write_json(out, Outcome{.results = results}, style);
}

// The Markdown table of every finding that `--format github` appends to $GITHUB_STEP_SUMMARY
// (annotations are capped by GitHub; this is not).
void write_github_summary(std::ostream& out, const Outcome& outcome, const ReportStyle& style);

// Where a rule's documentation page is published; SARIF helpUri and summaries link to it.
inline constexpr std::string_view kRuleDocsBaseUrl = "https://github.com/xxgk/xxgk/blob/main/docs/rules/";
std::string rule_help_uri(std::string_view rule_name);

// Writes `content` to `path` whole or not at all: a temporary file in the same directory,
// flushed to disk, then renamed over `path`. On failure nothing is left behind.
std::optional<Error> write_file_atomically(const std::string& path, std::string_view content);

}  // namespace xxgk
