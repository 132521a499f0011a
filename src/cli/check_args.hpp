#pragma once
// The options of `xxgk check`, shared by the files that parse them (check.cpp) and turn them
// into the run's outputs (check_output.cpp).
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "xxgk/baseline.hpp"
#include "xxgk/batch.hpp"
#include "xxgk/check.hpp"
#include "xxgk/reporters.hpp"
#include "xxgk/rules.hpp"
#include "xxgk/run.hpp"
#include "xxgk/source.hpp"

namespace xxgk::cli {

struct CheckArgs {
    std::vector<std::string> paths;
    std::string format;  // empty: XXGK_FORMAT, else text (plus annotations on GitHub Actions)
    std::string output;  // empty or "-": stdout
    std::string lang = "zh";
    std::string color = "auto";
    std::string blank = "zero";
    std::string fail_on = "error";
    std::string severity = "note";  // --severity: the lowest shown
    bool quiet = false;             // --quiet: errors and the summary line only
    bool verbose = false;           // --verbose: the text output lists the cells of a note
    std::size_t max_size = kDefaultMaxSize;
    std::size_t max_inflate = kDefaultMaxInflate;
    int max_pages = kDefaultMaxPages;
    std::string input_format = "auto";
    std::vector<std::string> select, ignore;  // rule names or codes
    std::string baseline, write_baseline;     // files; empty: not asked for
    unsigned jobs = 0;                        // 0: all cores
    std::vector<std::string> exclude;         // globs
    std::string issuer_map;                   // CSV file; empty: none
    std::string expect;                       // --expect: CSV of the reports expected; empty: none
    bool cross = false;  // --cross: compare the reports with each other
    std::string progress = "auto";
};

// What the options need before any report is read: a typo in --select or a baseline that
// cannot be read stops the run at once, not after a thousand files.
struct CheckPlan {
    RuleFilter filter;
    std::optional<Baseline> baseline;
    std::unique_ptr<OutputFile> output;  // --output FILE, open; none: stdout
};

// 0 when the options are usable; else one line on stderr and exit code 3.
int plan_check(const CheckArgs& args, CheckPlan& plan);
// Reads the baseline and opens the output; else one line on stderr and exit code 2.
int open_side_files(const CheckArgs& args, CheckPlan& plan);

// The reporters of a run: the chosen one, and GitHub annotations beside it when a plain
// `xxgk check` runs in a GitHub workflow.
struct CheckOutput {
    ReportStyle style;
    std::unique_ptr<ReportWriter> writer, annotations;
    bool step_summary = false;  // append a table of every finding to $GITHUB_STEP_SUMMARY
    bool needs_whole_run = false;
    bool needs_report = false;
    std::vector<RunWriter> writers() const;
};
CheckOutput open_output(const CheckArgs& args, CheckPlan& plan);

// After the run: the baseline written, the output committed, the step summary, and the exit
// code (with a line on stderr where something could not be written or nothing was checked).
int finish_check(const CheckArgs& args, CheckPlan& plan, const CheckOutput& output, Run& run,
                 BatchEnd batch);

}  // namespace xxgk::cli
