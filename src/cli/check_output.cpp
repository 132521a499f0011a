// The outputs of `xxgk check`: which reporter (--format, XXGK_FORMAT, GitHub Actions), colors,
// --output, the baseline file, $GITHUB_STEP_SUMMARY, and the exit code of the library's run.
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include <fmt/format.h>

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

bool use_color(const std::string& mode, bool to_terminal) {
    if (mode == "always") return true;
    if (mode == "never") return false;
    // https://no-color.org: set and non-empty disables color.
    return to_terminal && isatty(STDOUT_FILENO) && env("NO_COLOR").empty();
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

int plan_check(const CheckArgs& args, CheckPlan& plan) {
    if (Choice c = choose(args); !c.error.empty()) {
        std::cerr << "xxgk: " << c.error << '\n';
        return kExitUsage;
    }
    // A workbook is bytes for a file, not for a terminal.
    if (choose(args).reporter->name == "xlsx" && (args.output.empty() || args.output == "-") &&
        isatty(STDOUT_FILENO)) {
        std::cerr << "xxgk: " << (args.lang == "en" ? "--format xlsx writes a workbook: name it with -o FILE.xlsx"
                                                    : "--format xlsx 生成 Excel 工作簿：请用 -o 文件.xlsx 指定输出文件")
                  << '\n';
        return kExitUsage;
    }
    Result<RuleFilter> filter = make_rule_filter(args.select, args.ignore);
    if (!filter) {
        std::cerr << "xxgk: " << filter.error().message << '\n';
        return kExitUsage;
    }
    plan.filter = filter.value();
    return kExitOk;
}

int open_side_files(const CheckArgs& args, CheckPlan& plan) {
    if (!args.baseline.empty()) {
        Result<Baseline> baseline = read_baseline(args.baseline);
        if (!baseline) {
            std::cerr << "xxgk: " << args.baseline << ": " << baseline.error().message << '\n';
            return kExitUnreadable;
        }
        plan.baseline = std::move(baseline.value());
    }
    // Opened before any file is checked: a path that cannot be written stops the run at once.
    if (!args.output.empty() && args.output != "-") {
        auto output = OutputFile::open(args.output);
        if (!output) {
            std::cerr << "xxgk: " << args.output << ": " << output.error().message << '\n';
            return kExitUnreadable;
        }
        plan.output = std::move(output.value());
    }
    return kExitOk;
}

CheckOutput open_output(const CheckArgs& args, CheckPlan& plan) {
    const Choice choice = choose(args);
    CheckOutput o;
    const bool to_stdout = !plan.output;
    o.style.lang = lang_from_name(args.lang).value_or(Lang::zh);
    o.style.fail_on = severity_from_name(args.fail_on);
    o.style.color = choice.reporter->name == "text" && use_color(args.color, to_stdout);
    o.style.baseline = plan.baseline.has_value();
    o.style.quiet = args.quiet;
    o.style.verbose = args.verbose;
    o.step_summary = choice.step_summary;
    o.needs_whole_run = choice.reporter->needs_whole_run;
    o.needs_report = choice.reporter->needs_report;
    o.writer = choice.reporter->open(to_stdout ? std::cout : plan.output->stream(), o.style);
    if (choice.annotations) {
        ReportStyle plain = o.style;
        plain.color = false;
        o.annotations = open_github(std::cout, plain);
    }
    return o;
}

std::vector<RunWriter> CheckOutput::writers() const {
    std::vector<RunWriter> out = {{writer.get(), needs_whole_run}};
    if (annotations) out.push_back({annotations.get(), false});
    return out;
}

int finish_check(const CheckArgs& args, CheckPlan& plan, const CheckOutput& output, Run& run, BatchEnd batch) {
    const RunEnd& end = run.finish(std::move(batch.cross), std::move(batch.coverage));
    if (!args.write_baseline.empty()) {
        std::string text = baseline_json(run.for_baseline(), args.write_baseline, output.style.lang);
        if (auto error = write_file_atomically(args.write_baseline, text)) {
            std::cerr << "xxgk: " << args.write_baseline << ": " << error->message << '\n';
            return kExitUnreadable;
        }
        int entries = 0;
        for (const FileResult& r : run.for_baseline()) entries += static_cast<int>(r.findings.size());
        std::cerr << "xxgk: wrote " << entries << " baseline entr" << (entries == 1 ? "y" : "ies")
                  << " to " << args.write_baseline << '\n';
    }
    if (plan.output) {
        if (auto error = plan.output->commit()) {
            std::cerr << "xxgk: " << args.output << ": " << error->message << '\n';
            return kExitUnreadable;
        }
    }
    std::cout.flush();
    if (output.step_summary) {
        Outcome outcome{.results = run.results(), .baseline = output.style.baseline, .suppressed = end.suppressed,
                        .stale = end.stale};
        append_step_summary(outcome, output.style);
    }
    if (end.summary.files == 0) {
        const int skipped = end.summary.skipped;
        if (output.style.lang == Lang::en)
            std::cerr << "xxgk: error: no report to check in the paths given"
                      << (skipped ? fmt::format(" ({} file{} skipped as not reports)", skipped, skipped == 1 ? "" : "s")
                                  : std::string())
                      << '\n';
        else
            std::cerr << "xxgk: 错误：所给路径中没有可检查的年报"
                      << (skipped ? fmt::format("（跳过 {} 个非年报文件）", skipped) : std::string()) << '\n';
    }
    return run.exit_code();
}

}  // namespace xxgk::cli
