#pragma once
// The options of `xxgk check`, shared by the files that parse them (check.cpp) and act on
// them after the files are checked (check_output.cpp).
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "rule_filter.hpp"
#include "xxgk/baseline.hpp"
#include "xxgk/check.hpp"
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
};

// 0 when the options are usable; else one line on stderr and the exit code (3 usage, 2 a
// baseline that cannot be read).
int prepare_check(const CheckArgs& args, CheckPlan& plan);

// Everything after the files are checked: --select/--ignore, the baselines, the reporter,
// --output, the exit code.
int finish_check(std::vector<FileResult> results, const CheckArgs& args, const CheckPlan& plan);

}  // namespace xxgk::cli
