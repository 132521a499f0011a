#pragma once
// Reporters: findings (plus rule metadata) to text. Only reporters and cli write output.
// One file per format under src/reporters/, all behind one signature and listed in one table.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "xxgk/baseline.hpp"
#include "xxgk/expected.hpp"
#include "xxgk/lang.hpp"
#include "xxgk/result.hpp"

namespace xxgk {

struct ReportStyle {
    Lang lang = Lang::zh;
    bool color = false;
    // The lowest severity that fails the run (--fail-on); nullopt = never. JUnit fails a test
    // case only at or above it, so the CI's red matches the exit code.
    std::optional<Severity> fail_on = Severity::error;
    bool baseline = false;  // a baseline hides the findings it has (SARIF marks the rest "new")
    bool quiet = false;     // --quiet: the findings and the summary line, nothing else
    bool verbose = false;   // --verbose: the text output lists the cells of a note
    // Where the rule pages (docs/rules/NAME.md) are published, ending in '/': SARIF's helpUri
    // and the step summary's links. Empty (the default): xxgk has no published home to point
    // at, so nothing links (the SARIF keeps each page's text in `help`). The CLI takes it from
    // XXGK_RULE_DOCS_URL, which the GitHub Action sets to the pages of the action's own checkout.
    std::string rule_docs_url;
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
    int skipped = 0;      // found in a directory, not reports; not in `files`
    int unsupported = 0;  // found in a directory in a format not read (unsupported-format); not in `files`
    int errors = 0, warnings = 0, notes = 0;  // every finding, shown or not
    int hidden = 0;  // findings below --severity: counted above, not shown
    int cells_not_verified = 0;  // cells_not_verified() of every file
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

// The cells of a report whose identities could not be checked because of the input: the cells
// of its findings marked not_verified (blanks read as unknown, cells run together, the rows of
// an ambiguous split, a 总计 column left blank), each counted once.
int cells_not_verified(std::span<const Finding> findings);

// A file's status as outputs name it: "ok", "findings", "error", "skipped" (JSON's contract).
std::string_view status_name(FileResult::Status s);

// The summary built as results come. A file may be added twice under one index (its own
// findings, then at the end those about it and other reports): it counts once.
class SummaryBuilder {
public:
    void add(std::size_t index, const FileResult& result);
    Summary summary() const;
    // The rule of the first finding of the highest severity: the one the text output's
    // explain hint names. Empty when there is no finding.
    const std::string& hint_rule() const { return hint_rule_; }

private:
    struct Top {
        std::size_t index;
        int errors;
        std::string path;
    };
    void count_top(std::size_t index, int errors, const std::string& path);

    // By index, one byte and one int per file: never the results themselves.
    std::vector<std::uint8_t> status_;  // FileResult::Status, or kUnseen
    std::vector<int> errors_;
    std::vector<Top> top_;  // the files with most errors so far, at most Summary::kTopFiles
    Summary counts_;        // severities, skipped and the rules; the rest is made by summary()
    std::optional<Severity> hint_severity_;
    std::string hint_rule_;
};

// What a reporter is told when the run ends.
struct RunEnd {
    Summary summary;
    int suppressed = 0;                     // findings the baseline hid
    std::vector<BaselineEntry> stale = {};  // baseline entries that no longer occur
    std::string hint_rule;                  // SummaryBuilder::hint_rule
    std::optional<Coverage> coverage = {};  // --expect: the list against the run
};

// A reporter as the run goes: every result in input order as soon as it is known (so a run
// over any number of files holds none of them), then the end. Cross-report findings come last,
// as one more result under the path of the file they belong to.
class ReportWriter {
public:
    virtual ~ReportWriter() = default;
    virtual void file(const FileResult& result) = 0;
    virtual void end(const RunEnd& end) = 0;
};

using OpenFn = std::unique_ptr<ReportWriter> (*)(std::ostream& out, const ReportStyle& style);
using WriteFn = void (*)(std::ostream& out, const Outcome& outcome, const ReportStyle& style);

struct Reporter {
    std::string_view name;  // the --format value
    std::string_view description;
    OpenFn open;
    WriteFn write;  // the whole Outcome at once: open, every result, end
    // One entry per file that holds the file's cross-report findings too: with --cross, the run
    // must end before the first file is written.
    bool needs_whole_run = false;
    // Draws the report's tables: each result carries its report (FileResult::report).
    bool needs_report = false;
};

std::unique_ptr<ReportWriter> open_text(std::ostream& out, const ReportStyle& style);
std::unique_ptr<ReportWriter> open_json(std::ostream& out, const ReportStyle& style);
std::unique_ptr<ReportWriter> open_sarif(std::ostream& out, const ReportStyle& style);
std::unique_ptr<ReportWriter> open_junit(std::ostream& out, const ReportStyle& style);
std::unique_ptr<ReportWriter> open_github(std::ostream& out, const ReportStyle& style);
std::unique_ptr<ReportWriter> open_gcc(std::ostream& out, const ReportStyle& style);
std::unique_ptr<ReportWriter> open_html(std::ostream& out, const ReportStyle& style);
std::unique_ptr<ReportWriter> open_xlsx(std::ostream& out, const ReportStyle& style);  // XXGK_XLSX

// An Outcome through a writer: what write_text and the others do.
void write_outcome(OpenFn open, std::ostream& out, const Outcome& outcome, const ReportStyle& style);

// Every output format, in the order `--help` lists them.
std::span<const Reporter> reporter_registry();
const Reporter* find_reporter(std::string_view name);

void write_text(std::ostream& out, const Outcome& outcome, const ReportStyle& style);
void write_json(std::ostream& out, const Outcome& outcome, const ReportStyle& style);
void write_sarif(std::ostream& out, const Outcome& outcome, const ReportStyle& style);
void write_junit(std::ostream& out, const Outcome& outcome, const ReportStyle& style);
void write_github(std::ostream& out, const Outcome& outcome, const ReportStyle& style);
void write_gcc(std::ostream& out, const Outcome& outcome, const ReportStyle& style);
void write_html(std::ostream& out, const Outcome& outcome, const ReportStyle& style);
void write_xlsx(std::ostream& out, const Outcome& outcome, const ReportStyle& style);  // XXGK_XLSX

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

// `text` safe to print on a terminal: control characters (but TAB), C1 controls, invalid UTF-8
// and bidirectional overrides from a report or a file name become visible escapes (\x1b,
// \u202e), so nothing a file holds can drive the terminal of the person who checks it.
std::string terminal_safe(std::string_view text);

// A rule's page under `docs_url` (ReportStyle::rule_docs_url); "" when that is empty.
std::string rule_help_uri(std::string_view docs_url, std::string_view rule_name);

// An output file written whole or not at all: the content streams into a temporary file in
// the same directory, and commit() flushes it to disk and renames it over the path (over the
// file a symbolic link names, keeping the link). Destroyed without a successful commit,
// nothing is left behind. A path that exists and is not a regular file (/dev/stdout, a FIFO,
// a device) has nothing to replace: it is written in place.
class OutputFile {
public:
    static Result<std::unique_ptr<OutputFile>> open(const std::string& path);
    ~OutputFile();
    OutputFile(const OutputFile&) = delete;
    OutputFile& operator=(const OutputFile&) = delete;
    std::ostream& stream() { return *stream_; }
    // The first write error, or an error putting the file in place.
    std::optional<Error> commit();

private:
    class Buffer;
    OutputFile() = default;
    int fd_ = -1;
    std::string path_, temp_;  // temp_: the temporary file, until it is renamed
    int slot_ = -1;            // temp_'s registration for removal on SIGINT/SIGTERM/SIGHUP
    std::unique_ptr<Buffer> buffer_;
    std::unique_ptr<std::ostream> stream_;
};

// From now on SIGINT, SIGTERM and SIGHUP remove the temporary files of the outputs being
// written, then end the process as the signal would have (exit status 128 + its number).
void remove_outputs_on_interrupt();

// OutputFile::open, the content, commit.
std::optional<Error> write_file_atomically(const std::string& path, std::string_view content);

}  // namespace xxgk
