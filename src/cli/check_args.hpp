#pragma once
// The options of `xxgk check`, shared by the files that parse them (check.cpp) and act on
// them after the files are checked (check_output.cpp).
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "rule_filter.hpp"
#include "xxgk/baseline.hpp"
#include "xxgk/check.hpp"
#include "xxgk/reporters.hpp"
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
    std::size_t max_size = kDefaultMaxSize;
    std::size_t max_inflate = kDefaultMaxInflate;
    int max_pages = kDefaultMaxPages;
    std::string input_format = "auto";
    std::vector<std::string> select, ignore;  // rule names or codes
    std::string baseline, write_baseline;     // files; empty: not asked for
    unsigned jobs = 0;                        // 0: all cores
    std::vector<std::string> exclude;         // globs
    std::string issuer_map;                   // CSV file; empty: none
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

// 0 when the options are usable; else one line on stderr and the exit code (3 usage, 2 a
// baseline that cannot be read).
int prepare_check(const CheckArgs& args, CheckPlan& plan);

// The output side of a run: --select/--ignore, the baselines, the reporter, --output, the exit
// code. Results come in input order and are written as they come; a run holds them only when
// it must (see `hold_`).
class CheckRun {
public:
    CheckRun(const CheckArgs& args, CheckPlan& plan);
    void add(std::size_t index, FileResult&& result);
    // The cross-report findings (index of the file each belongs to, finding), then the end.
    // Returns the exit code.
    int finish(std::vector<std::pair<std::size_t, Finding>> cross);

private:
    void emit(std::size_t index, const FileResult& result);

    const CheckArgs& args_;
    const CheckPlan& plan_;
    ReportStyle style_;
    bool step_summary_ = false;
    std::ostream* out_ = nullptr;
    std::unique_ptr<ReportWriter> writer_, annotations_;
    std::optional<BaselineMatcher> matcher_;
    SummaryBuilder summary_;
    bool unreadable_ = false, failing_ = false;
    // Held results, by index: all of them when a structured format (json, sarif, junit) must
    // put cross-report findings inside their file's entry, or for $GITHUB_STEP_SUMMARY;
    // otherwise none.
    bool hold_ = false;
    std::vector<FileResult> held_;
    std::vector<FileResult> for_baseline_;  // --write-baseline: the results with findings
    std::vector<std::string> paths_;        // --cross: each file's path, for its late findings
};

}  // namespace xxgk::cli
