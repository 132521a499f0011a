#pragma once
// A check as a whole, after the files are read: baselines, the reporters fed in input order,
// each file's cross-report findings placed with it, and the exit status. The front end only
// parses options, opens streams and picks reporters.
#include <cstddef>
#include <optional>
#include <span>
#include <vector>

#include "xxgk/baseline.hpp"
#include "xxgk/reporters.hpp"
#include "xxgk/result.hpp"
#include "xxgk/rules.hpp"

namespace xxgk {

// Exit codes (a contract, see DESIGN.md).
inline constexpr int kExitOk = 0;
inline constexpr int kExitFindings = 1;     // a finding at or above --fail-on
inline constexpr int kExitUnreadable = 2;   // a file could not be read, or no report was found
inline constexpr int kExitUsage = 3;

// "error", "warning", "note"; nullopt for any other name.
std::optional<Severity> severity_from_name(std::string_view name);

struct RunOptions {
    std::optional<Severity> fail_on = Severity::error;  // nullopt: never
    Severity show = Severity::note;  // --severity: findings below it are counted, not shown
    const Baseline* baseline = nullptr;                  // hides the findings it has
    bool write_baseline = false;  // keep every finding (before the baseline) for a new one
    bool cross = false;           // cross-report findings come at the end (--cross, --expect)
    bool keep_results = false;    // hold every result for results() (a step summary)
};

// One reporter of the run, and whether it must see a file's cross-report findings in that
// file's entry (Reporter::needs_whole_run): then, with --cross, results wait for the end.
struct RunWriter {
    ReportWriter* writer;
    bool needs_whole_run = false;
};

class Run {
public:
    Run(const RunOptions& options, std::vector<RunWriter> writers);
    // Each file's result, in input order (index: its place in the input).
    void add(std::size_t index, FileResult&& result);
    // The cross-report findings (index of the file each belongs to), then every writer's end
    // (told, with --expect, how the run measures up to the list).
    const RunEnd& finish(CrossFindings cross, std::optional<Coverage> coverage = std::nullopt);

    // After finish(): 2 when a file could not be read or no report was checked, else 1 when a
    // finding reaches fail_on, else 0; with a baseline written, findings do not fail.
    int exit_code() const;
    // The results of the files with findings, every finding before the baseline: what
    // --write-baseline records.
    const std::vector<FileResult>& for_baseline() const { return for_baseline_; }
    // Every result, when keep_results (or when the writers needed them).
    std::span<const FileResult> results() const { return held_; }

private:
    void emit(std::size_t index, const FileResult& result);

    RunOptions options_;
    std::vector<RunWriter> writers_;
    std::optional<BaselineMatcher> matcher_;
    SummaryBuilder summary_;
    bool unreadable_ = false, failing_ = false;
    int hidden_ = 0;  // findings below options_.show
    // Held results, by index: all of them when a writer must put cross-report findings inside
    // their file's entry, or when asked to keep them; otherwise none.
    bool hold_ = false;
    std::vector<FileResult> held_;
    std::vector<FileResult> for_baseline_;
    std::vector<std::string> paths_;  // --cross: each file's path, for its late findings
    RunEnd end_;
};

}  // namespace xxgk
