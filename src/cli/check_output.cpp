// After the files are checked: filters, baselines, the reporter, --output and the exit code.
// Filtering comes first, so every output and the exit code see the same findings.
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "check_args.hpp"
#include "commands.hpp"
#include "xxgk/reporters.hpp"

namespace xxgk::cli {
namespace {

std::string env(const char* name) {
    const char* value = std::getenv(name);
    return value ? value : "";
}

// The reporter to use, and whether GitHub annotations (and the step summary) come with it.
struct Choice {
    const Reporter* reporter = nullptr;
    bool annotations = false;  // in addition to the reporter's output, on stdout
    bool step_summary = false;
    std::string error;         // XXGK_FORMAT names no format
};

Choice choose(const CheckArgs& args) {
    Choice c;
    std::string name = args.format.empty() ? env("XXGK_FORMAT") : args.format;
    if (name.empty()) {
        // A plain `xxgk check` in a GitHub workflow: the log as usual, and the findings on
        // the pull request.
        c.annotations = c.step_summary = env("GITHUB_ACTIONS") == "true";
        name = "text";
    }
    c.reporter = find_reporter(name);
    if (c.reporter == nullptr) {
        std::string names;
        for (const Reporter& r : reporter_registry()) names += (names.empty() ? "" : ", ") + std::string(r.name);
        c.error = "XXGK_FORMAT: '" + name + "' is not a format (" + names + ")";
    }
    c.step_summary = c.step_summary || name == "github";
    return c;
}

std::optional<Severity> threshold(const std::string& fail_on) {
    if (fail_on == "never") return std::nullopt;
    if (fail_on == "note") return Severity::note;
    if (fail_on == "warning") return Severity::warning;
    return Severity::error;
}

bool use_color(const std::string& mode, bool to_terminal) {
    if (mode == "always") return true;
    if (mode == "never") return false;
    // https://no-color.org: set and non-empty disables color.
    return to_terminal && isatty(STDOUT_FILENO) && env("NO_COLOR").empty();
}

int exit_code(const std::vector<FileResult>& results, std::optional<Severity> fail_on) {
    bool unreadable = false, failing = false;
    for (const FileResult& r : results) {
        unreadable = unreadable || r.status == FileResult::Status::error;
        for (const Finding& f : r.findings) failing = failing || (fail_on && f.severity >= *fail_on);
    }
    return unreadable ? kExitUnreadable : failing ? kExitFindings : kExitOk;
}

bool any_unreadable(const std::vector<FileResult>& results) {
    for (const FileResult& r : results)
        if (r.status == FileResult::Status::error) return true;
    return false;
}

// Appends to $GITHUB_STEP_SUMMARY. A summary that cannot be written costs the summary, not
// the check: a warning, and the exit code stays what the findings say.
void append_step_summary(const Outcome& outcome, const ReportStyle& style) {
    const std::string path = env("GITHUB_STEP_SUMMARY");
    if (path.empty()) return;
    std::ofstream file(path, std::ios::app | std::ios::binary);
    if (file) write_github_summary(file, outcome, style);
    if (!file) std::cerr << "xxgk: warning: cannot append to $GITHUB_STEP_SUMMARY (" << path << ")\n";
}

}  // namespace

int prepare_check(const CheckArgs& args, CheckPlan& plan) {
    if (Choice c = choose(args); !c.error.empty()) {
        std::cerr << "xxgk: " << c.error << '\n';
        return kExitUsage;
    }
    Result<RuleFilter> filter = make_rule_filter(args.select, args.ignore);
    if (!filter) {
        std::cerr << "xxgk: " << filter.error().message << '\n';
        return kExitUsage;
    }
    plan.filter = filter.value();
    if (!args.baseline.empty()) {
        Result<Baseline> baseline = read_baseline(args.baseline);
        if (!baseline) {
            std::cerr << "xxgk: " << args.baseline << ": " << baseline.error().message << '\n';
            return kExitUnreadable;
        }
        plan.baseline = std::move(baseline.value());
    }
    return kExitOk;
}

int finish_check(std::vector<FileResult> results, const CheckArgs& args, const CheckPlan& plan) {
    const Choice choice = choose(args);
    apply_rule_filter(results, plan.filter);

    if (!args.write_baseline.empty()) {
        // Every current finding, before an old baseline hides any: writing with --baseline
        // given too refreshes the baseline (and drops the entries that no longer occur).
        std::string text = baseline_json(results, args.write_baseline, args.lang);
        if (auto error = write_file_atomically(args.write_baseline, text)) {
            std::cerr << "xxgk: " << args.write_baseline << ": " << error->message << '\n';
            return kExitUnreadable;
        }
        int entries = 0;
        for (const FileResult& r : results) entries += static_cast<int>(r.findings.size());
        std::cerr << "xxgk: wrote " << entries << " baseline entr" << (entries == 1 ? "y" : "ies")
                  << " to " << args.write_baseline << '\n';
    }
    Outcome outcome{.results = results};
    if (plan.baseline) {
        BaselineMatch match = apply_baseline(results, *plan.baseline);
        outcome = Outcome{results, true, match.suppressed, std::move(match.stale)};
    }

    const bool to_stdout = args.output.empty() || args.output == "-";
    ReportStyle style;
    style.lang = args.lang;
    style.fail_on = threshold(args.fail_on);
    style.color = choice.reporter->name == "text" && use_color(args.color, to_stdout);
    if (to_stdout) {
        choice.reporter->write(std::cout, outcome, style);
    } else {
        std::ostringstream text;
        choice.reporter->write(text, outcome, style);
        if (auto error = write_file_atomically(args.output, text.str())) {
            std::cerr << "xxgk: " << args.output << ": " << error->message << '\n';
            return kExitUnreadable;
        }
    }
    if (choice.annotations) {
        ReportStyle plain = style;
        plain.color = false;
        write_github(std::cout, outcome, plain);
    }
    std::cout.flush();
    if (choice.step_summary) append_step_summary(outcome, style);

    // A baseline just written accepts what was found: only unreadable files still fail.
    if (!args.write_baseline.empty()) return any_unreadable(results) ? kExitUnreadable : kExitOk;
    return exit_code(results, style.fail_on);
}

}  // namespace xxgk::cli
